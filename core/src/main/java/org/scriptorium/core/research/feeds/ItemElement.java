package org.scriptorium.core.research.feeds;

import org.jdom2.Content;
import org.jdom2.Element;
import org.jdom2.Namespace;
import org.jdom2.output.Format;
import org.jdom2.output.XMLOutputter;

import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Set;

/**
 * The XML of one item, channel or entry, read for what ROME leaves out: dates as written (ROME rolls
 * impossible ones over and reads no {@code dcterms}), titles, summaries and authors from Dublin Core, Media
 * RSS and iTunes, an XHTML body, and Atom links with their own {@code xml:base} or written as element text.
 */
final class ItemElement {
    /** Elements in the item's own vocabulary (RSS or Atom 0.3/1.0) that say when it was first published. */
    private static final Set<String> PUBLISHED = Set.of("pubDate", "published", "issued", "created");
    private static final Set<String> UPDATED = Set.of("updated", "modified");

    private final Element element;

    ItemElement(Element element) {
        this.element = element;
    }

    /**
     * When the item was published, else last updated; of repeated elements the last readable one counts.
     * Null when no date can be read: never a guess.
     */
    Instant published() {
        Instant published = null;
        Instant updated = null;
        for (Element child : element.getChildren()) {
            DateRole role = roleOf(child);
            Instant date = role == DateRole.NONE ? null : FeedDates.parse(child.getText());
            if (date != null && role == DateRole.PUBLISHED) {
                published = date;
            } else if (date != null) {
                updated = date;
            }
        }
        return published != null ? published : updated;
    }

    private enum DateRole { PUBLISHED, UPDATED, NONE }

    /** RSS and Atom name their dates in their own vocabulary; Dublin Core and its terms work in either. */
    private DateRole roleOf(Element child) {
        String name = child.getName();
        if (child.getNamespace().equals(element.getNamespace())) {
            return PUBLISHED.contains(name) ? DateRole.PUBLISHED : UPDATED.contains(name) ? DateRole.UPDATED : DateRole.NONE;
        }
        if (FeedNamespaces.DC.contains(child) && name.equals("date")) {
            return DateRole.PUBLISHED;
        }
        if (FeedNamespaces.DC_TERMS.contains(child)) {
            return name.equals("issued") || name.equals("created") ? DateRole.PUBLISHED
                    : name.equals("modified") ? DateRole.UPDATED : DateRole.NONE;
        }
        return DateRole.NONE;
    }

    /** A title from Dublin Core or Media RSS, for items whose own title is missing. */
    String title() {
        return PlainText.ofType(textOf(firstPresent(of(FeedNamespaces.DC, "title"), of(FeedNamespaces.MEDIA, "title"),
                grouped("title"))), null);
    }

    /** A summary from iTunes, Media RSS (YouTube puts it in a media:group) or Dublin Core. */
    String summary() {
        String itunes = PlainText.literal(textOf(of(FeedNamespaces.ITUNES, "summary")));
        if (itunes != null) {
            return itunes;
        }
        Element media = firstPresent(of(FeedNamespaces.MEDIA, "description"), grouped("description"));
        if (media != null) {
            return PlainText.ofType(media.getText(), "html".equals(media.getAttributeValue("type")) ? "html" : "text");
        }
        return PlainText.ofType(textOf(of(FeedNamespaces.DC, "description")), null);
    }

    /** An author from iTunes or Dublin Core, as written. */
    String author() {
        return PlainText.literal(textOf(firstPresent(of(FeedNamespaces.ITUNES, "author"), of(FeedNamespaces.DC, "author"),
                of(FeedNamespaces.DC, "creator"))));
    }

    /**
     * An Atom 0.3 text construct ({@code title}, {@code summary}) as a reader sees it. ROME hands back the
     * default "xml" mode re-serialised, CDATA markers and escaped ampersands included; here child elements
     * are markup, and plain content is text unless its type says HTML.
     */
    String atom03Text(String name) {
        Element construct = element.getChild(name, element.getNamespace());
        if (construct == null) {
            return null;
        }
        if (!construct.getChildren().isEmpty()) {
            return PlainText.of(new XMLOutputter(Format.getRawFormat()).outputString(construct.getContent()));
        }
        return PlainText.ofType(construct.getText(), construct.getAttributeValue("type", "text/plain"));
    }

    /** The HTML of an XHTML {@code <body>} inside an RSS item, which some feeds use for the full article. */
    String xhtmlBody() {
        Element body = element.getChildren().stream()
                .filter(child -> child.getName().equals("body") && FeedNamespaces.XHTML.contains(child))
                .findFirst().orElse(null);
        if (body == null || body.getChildren().isEmpty() && body.getTextTrim().isEmpty()) {
            return null;
        }
        List<Content> content = body.cloneContent();
        content.forEach(ItemElement::asPlainHtml);
        return new XMLOutputter(Format.getRawFormat()).outputString(content).strip();
    }

    /** XHTML elements renamed to their HTML names ({@code xhtml:p} to {@code p}), so the result reads as HTML. */
    private static void asPlainHtml(Content node) {
        if (node instanceof Element e) {
            if (FeedNamespaces.XHTML.contains(e)) {
                e.setNamespace(Namespace.NO_NAMESPACE);
            }
            e.getChildren().forEach(ItemElement::asPlainHtml);
        }
    }

    /**
     * An Atom entry's alternate link (or its first link without a rel), from {@code href} or, as Atom 0.3
     * feeds sometimes write it, the element's text, resolved against the base in force at the link itself.
     */
    URI atomLink(URI documentBase) {
        for (Element link : element.getChildren("link", element.getNamespace())) {
            String rel = link.getAttributeValue("rel");
            if (rel != null && !rel.isBlank() && !rel.strip().equals("alternate")) {
                continue;
            }
            String href = link.getAttributeValue("href");
            URI resolved = Links.resolve(XmlBase.of(link, documentBase),
                    href != null && !href.isBlank() ? href : link.getTextTrim());
            if (resolved != null) {
                return resolved;
            }
        }
        return null;
    }

    /** The base in force at this element, starting from {@code documentBase}. */
    URI base(URI documentBase) {
        return XmlBase.of(element, documentBase);
    }

    private Element of(FeedNamespaces namespace, String name) {
        return childOf(element, namespace, name);
    }

    /** Text of a Media RSS element inside any of the item's {@code media:group}s. */
    private Element grouped(String name) {
        for (Element group : element.getChildren()) {
            if (group.getName().equals("group") && FeedNamespaces.MEDIA.contains(group)) {
                Element found = childOf(group, FeedNamespaces.MEDIA, name);
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }

    /** The first such child that has some text. */
    private static Element childOf(Element parent, FeedNamespaces namespace, String name) {
        for (Element child : parent.getChildren()) {
            if (child.getName().equals(name) && namespace.contains(child) && !child.getTextTrim().isEmpty()) {
                return child;
            }
        }
        return null;
    }

    private static Element firstPresent(Element... candidates) {
        for (Element candidate : candidates) {
            if (candidate != null) {
                return candidate;
            }
        }
        return null;
    }

    private static String textOf(Element element) {
        return element == null ? null : element.getText();
    }
}
