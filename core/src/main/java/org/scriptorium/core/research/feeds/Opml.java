package org.scriptorium.core.research.feeds;

import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Import and export of subscription lists as OPML 2.0, the format every feed reader speaks.
 * Nested folders are flattened into a category path on read and rebuilt on write.
 */
public final class Opml {
    private Opml() {
    }

    /** Every outline with an {@code xmlUrl}, in document order; outlines with an unusable URL are skipped. */
    public static List<OpmlOutline> read(InputStream in) throws OpmlException {
        Document document;
        try {
            document = secureBuilder().parse(in);
        } catch (SAXParseException e) {
            String reason = String.valueOf(e.getMessage()).contains("DOCTYPE") ? "declares a DOCTYPE, which is refused"
                    : "is not well-formed XML (line " + e.getLineNumber() + ")";
            throw new OpmlException("The OPML file " + reason + ".", e);
        } catch (SAXException | IOException e) {
            throw new OpmlException("The OPML file could not be read: " + e.getMessage() + ".", e);
        }
        Element root = document.getDocumentElement();
        if (!"opml".equalsIgnoreCase(root.getTagName())) {
            throw new OpmlException("The file is XML but not OPML.", null);
        }
        List<OpmlOutline> outlines = new ArrayList<>();
        for (Element body : children(root, "body")) {
            collect(body, null, outlines);
        }
        return outlines;
    }

    private static void collect(Element parent, String category, List<OpmlOutline> into) {
        for (Element outline : children(parent, "outline")) {
            String title = outline.getAttribute("title").isBlank() ? outline.getAttribute("text").strip()
                    : outline.getAttribute("title").strip();
            String xmlUrl = outline.getAttribute("xmlUrl");
            if (!xmlUrl.isBlank()) {
                URI feed = Links.resolve(null, xmlUrl);
                if (feed != null) {
                    into.add(new OpmlOutline(title.isEmpty() ? feed.getHost() : title, feed,
                            Links.resolve(null, outline.getAttribute("htmlUrl")), category));
                }
            } else {
                String folder = title.replace("/", "-");
                collect(outline, folder.isEmpty() ? category : category == null ? folder : category + "/" + folder, into);
            }
        }
    }

    public static void write(List<OpmlOutline> outlines, String title, OutputStream out) throws OpmlException {
        Folder root = new Folder();
        for (OpmlOutline outline : outlines) {
            Folder folder = root;
            if (outline.category() != null && !outline.category().isBlank()) {
                for (String name : outline.category().split("/")) {
                    folder = folder.folders.computeIfAbsent(name, n -> new Folder());
                }
            }
            folder.feeds.add(outline);
        }
        try {
            XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(out, StandardCharsets.UTF_8.name());
            xml.writeStartDocument(StandardCharsets.UTF_8.name(), "1.0");
            xml.writeStartElement("opml");
            xml.writeAttribute("version", "2.0");
            xml.writeStartElement("head");
            xml.writeStartElement("title");
            xml.writeCharacters(title == null ? "Scriptorium sources" : title);
            xml.writeEndElement();
            xml.writeEndElement();
            xml.writeStartElement("body");
            writeFolder(xml, root);
            xml.writeEndElement();
            xml.writeEndElement();
            xml.writeEndDocument();
            xml.flush();
            xml.close();
        } catch (XMLStreamException e) {
            throw new OpmlException("The OPML file could not be written: " + e.getMessage() + ".", e);
        }
    }

    /** Feeds and subfolders of one category, in the order they were first seen. */
    private static final class Folder {
        private final List<OpmlOutline> feeds = new ArrayList<>();
        private final Map<String, Folder> folders = new LinkedHashMap<>();
    }

    private static void writeFolder(XMLStreamWriter xml, Folder folder) throws XMLStreamException {
        for (OpmlOutline feed : folder.feeds) {
            xml.writeEmptyElement("outline");
            xml.writeAttribute("type", "rss");
            xml.writeAttribute("text", feed.title());
            xml.writeAttribute("title", feed.title());
            xml.writeAttribute("xmlUrl", feed.xmlUrl().toString());
            if (feed.htmlUrl() != null) {
                xml.writeAttribute("htmlUrl", feed.htmlUrl().toString());
            }
        }
        for (Map.Entry<String, Folder> sub : folder.folders.entrySet()) {
            xml.writeStartElement("outline");
            xml.writeAttribute("text", sub.getKey());
            xml.writeAttribute("title", sub.getKey());
            writeFolder(xml, sub.getValue());
            xml.writeEndElement();
        }
    }

    private static List<Element> children(Element parent, String tag) {
        List<Element> found = new ArrayList<>();
        for (Node node = parent.getFirstChild(); node != null; node = node.getNextSibling()) {
            if (node instanceof Element element && tag.equalsIgnoreCase(element.getTagName())) {
                found.add(element);
            }
        }
        return found;
    }

    /** No DOCTYPE, no external entities, no XInclude: an imported file must not reach beyond itself. */
    private static DocumentBuilder secureBuilder() throws OpmlException {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            factory.setFeature("http://xml.org/sax/features/external-general-entities", false);
            factory.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
            factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
            factory.setXIncludeAware(false);
            factory.setExpandEntityReferences(false);
            factory.setNamespaceAware(false);
            DocumentBuilder builder = factory.newDocumentBuilder();
            builder.setErrorHandler(new org.xml.sax.helpers.DefaultHandler() {
                @Override
                public void fatalError(SAXParseException e) throws SAXException {
                    throw e; // reported to the user as an OpmlException, not printed to the console
                }

                @Override
                public void error(SAXParseException e) throws SAXException {
                    throw e;
                }
            });
            return builder;
        } catch (ParserConfigurationException e) {
            throw new OpmlException("This Java runtime cannot read OPML safely.", e);
        }
    }
}
