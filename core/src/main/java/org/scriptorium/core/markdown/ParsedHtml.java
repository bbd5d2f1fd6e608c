package org.scriptorium.core.markdown;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.DataNode;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;
import org.owasp.html.HtmlStreamEventReceiver;

/**
 * An HTML fragment read by an HTML5 parser (jsoup), replayed as the tag and text events the sanitizer
 * policy consumes. The policy then judges the tree a browser would build, not its own reading of the text.
 */
final class ParsedHtml {

    // The HTML5 parser drops one newline right after these start tags; a text that starts with one needs another.
    private static final Set<String> LEADING_NEWLINE_DROPPED = Set.of("pre", "listing", "textarea");

    private ParsedHtml() {
    }

    /** Parses the fragment as the body of an HTML5 document and replays it into the receiver, whole. */
    static void replay(String html, HtmlStreamEventReceiver receiver) {
        Element body = Jsoup.parseBodyFragment(html).body();
        receiver.openDocument();
        // Walked without recursion: a pasted page may nest deeper than a thread's stack.
        NodeVisitor events = new NodeVisitor() {
            @Override
            public void head(Node node, int depth) {
                switch (node) {
                    case TextNode text -> receiver.text(text.getWholeText());
                    // Script and style bodies: the policy drops their elements and, with them, this text.
                    case DataNode data -> receiver.text(data.getWholeData());
                    case Element element -> open(element, receiver);
                    default -> { } // comments and doctypes carry nothing to show
                }
            }

            @Override
            public void tail(Node node, int depth) {
                if (node instanceof Element element) {
                    receiver.closeTag(element.normalName());
                }
            }
        };
        for (Node child : body.childNodes()) {
            NodeTraversor.traverse(events, child);
        }
        receiver.closeDocument();
    }

    /** The text of the fragment as a browser shows it, whitespace collapsed. */
    static String text(String html) {
        return Jsoup.parseBodyFragment(html).body().text();
    }

    private static void open(Element element, HtmlStreamEventReceiver receiver) {
        String name = element.normalName();
        receiver.openTag(name, attributes(element));
        if (LEADING_NEWLINE_DROPPED.contains(name) && element.childNodeSize() > 0
                && element.childNode(0) instanceof TextNode first && first.getWholeText().startsWith("\n")) {
            receiver.text("\n");
        }
    }

    /** Name, value, name, value... as the policy expects them, values already decoded. */
    private static List<String> attributes(Element element) {
        List<String> attributes = new ArrayList<>(element.attributesSize() * 2);
        for (Attribute attribute : element.attributes()) {
            attributes.add(attribute.getKey());
            attributes.add(withoutRendererSpace(attribute.getValue()));
        }
        return attributes;
    }

    /**
     * The sanitizer's renderer appends a space to every value holding a backtick (a defence against an old
     * browser's quoting); it is taken off again here, or each pass would add one more and never settle.
     */
    private static String withoutRendererSpace(String value) {
        return value.indexOf('`') >= 0 && value.endsWith(" ") ? value.substring(0, value.length() - 1) : value;
    }
}
