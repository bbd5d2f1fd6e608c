package org.scriptorium.core.research.feeds;

import org.jdom2.Document;
import org.jdom2.JDOMException;
import org.jdom2.input.JDOMParseException;
import org.jdom2.input.SAXBuilder;
import org.jdom2.input.sax.XMLReaders;
import org.scriptorium.core.research.fetch.FailureKind;

import java.io.IOException;
import java.io.StringReader;

/**
 * Feed text to an XML tree. Strict first; a feed that fails only by the mistakes {@link XmlRepairs} mends is
 * read again mended, as the best readers do. No DTD is ever read: a DOCTYPE is refused by the parser itself
 * (and by {@link FeedParser} before it gets here), so no entity is expanded and no external file opened.
 */
final class FeedXml {
    private FeedXml() {
    }

    static Document read(String text, String host) throws FeedFormatException {
        try {
            return parse(text);
        } catch (JDOMException first) {
            String mended = XmlRepairs.mend(text);
            if (!mended.equals(text)) {
                try {
                    return parse(mended);
                } catch (JDOMException stillBroken) {
                    // reported below with the line of the first error, which is in the text as the server sent it
                }
            }
            throw broken(first, host);
        }
    }

    private static Document parse(String text) throws JDOMException {
        SAXBuilder builder = new SAXBuilder(XMLReaders.NONVALIDATING);
        builder.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        builder.setFeature("http://xml.org/sax/features/external-general-entities", false);
        builder.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
        builder.setExpandEntities(false);
        try {
            return builder.build(new StringReader(text));
        } catch (IOException e) {
            throw new JDOMException("unreadable", e); // a StringReader does not fail; kept typed all the same
        }
    }

    private static FeedFormatException broken(JDOMException e, String host) {
        int line = e instanceof JDOMParseException parse ? parse.getLineNumber() : -1;
        String where = line > 0 ? " (line " + line + ")" : "";
        if (String.valueOf(e.getMessage()).contains("DOCTYPE")) {
            return new FeedFormatException(FailureKind.UNSAFE, "The feed from " + host + " declares a DOCTYPE, which "
                    + "Scriptorium refuses because it can be used to attack the reader.", e);
        }
        return new FeedFormatException(FailureKind.MALFORMED,
                "The feed from " + host + " is broken XML" + where + " and cannot be read.", e);
    }
}
