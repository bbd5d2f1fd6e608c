package org.scriptorium.core.research.feeds;

import org.jdom2.Element;
import org.jdom2.Namespace;

import java.net.URI;
import java.util.ArrayDeque;
import java.util.Deque;

/**
 * The base URI in force at an element: the document's base, then each {@code xml:base} from the root down
 * to the element itself (so a {@code <link xml:base="…">} counts), each relative to the one above it.
 * ROME hands back hrefs as written, so relative ones are resolved here, the way RFC 4287 and XML Base say.
 */
final class XmlBase {
    private XmlBase() {
    }

    static URI of(Element element, URI documentBase) {
        Deque<String> bases = new ArrayDeque<>();
        for (Element at = element; at != null; at = at.getParentElement()) {
            String base = at.getAttributeValue("base", Namespace.XML_NAMESPACE);
            if (base != null && !base.isBlank()) {
                bases.push(base);
            }
        }
        URI resolved = documentBase;
        for (String base : bases) {
            URI next = Links.resolve(resolved, base);
            resolved = next == null ? resolved : next;
        }
        return resolved;
    }
}
