package org.scriptorium.core.research.feeds;

import javax.xml.XMLConstants;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import java.io.StringReader;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;

/**
 * The base URI of each Atom entry, from the xml:base chain (document URL, then feed, then entry).
 * ROME hands back link hrefs as written, so relative ones are resolved here, the way RFC 4287 says.
 */
final class AtomBases {
    private static final String ATOM = "http://www.w3.org/2005/Atom";

    private AtomBases() {
    }

    /** One base per {@code <entry>} in document order; empty if the document cannot be read this way. */
    static List<URI> of(String xml, URI documentUrl) {
        XMLInputFactory factory = XMLInputFactory.newFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        List<URI> bases = new ArrayList<>();
        URI feedBase = documentUrl;
        try {
            XMLStreamReader reader = factory.createXMLStreamReader(new StringReader(xml));
            try {
                int depth = 0;
                while (reader.hasNext()) {
                    int event = reader.next();
                    if (event == XMLStreamConstants.START_ELEMENT) {
                        depth++;
                        if (depth == 1) {
                            feedBase = withBase(documentUrl, reader);
                        } else if (depth == 2 && ATOM.equals(reader.getNamespaceURI())
                                && "entry".equals(reader.getLocalName())) {
                            bases.add(withBase(feedBase, reader));
                        }
                    } else if (event == XMLStreamConstants.END_ELEMENT) {
                        depth--;
                    }
                }
            } finally {
                reader.close();
            }
            return bases;
        } catch (XMLStreamException | RuntimeException e) {
            return List.of(); // ROME read it leniently; links then fall back to the document URL
        }
    }

    private static URI withBase(URI parent, XMLStreamReader element) {
        String base = element.getAttributeValue(XMLConstants.XML_NS_URI, "base");
        URI resolved = Links.resolve(parent, base);
        return resolved == null ? parent : resolved;
    }
}
