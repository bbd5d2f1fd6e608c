package org.scriptorium.core.markdown;

import java.util.Map;
import java.util.TreeMap;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.parser.Parser;

/**
 * Two readings of an HTML fragment, printed as indented trees: the one an HTML5 parser (a browser) builds,
 * and the one its tags spell when read literally, each element holding what lies between its start and end
 * tag. Markup is well-formed when the two agree: no browser repair moves anything.
 */
final class HtmlReading {

    private HtmlReading() {
    }

    static String asBrowserBuildsIt(String html) {
        return tree(Jsoup.parseBodyFragment(html).body());
    }

    static String asTagsSpellIt(String html) {
        Element body = Jsoup.parse("<body>" + html + "</body>", "", Parser.xmlParser()).selectFirst("body");
        // The one thing HTML5 drops by rule rather than by repair: a newline right after <pre>.
        for (Element pre : body.select("pre")) {
            if (pre.childNodeSize() > 0 && pre.childNode(0) instanceof TextNode first && first.getWholeText().startsWith("\n")) {
                first.text(first.getWholeText().substring(1));
            }
        }
        return tree(body);
    }

    private static String tree(Element root) {
        StringBuilder out = new StringBuilder();
        printChildren(root, 0, out);
        return out.toString();
    }

    /** Adjacent text nodes print as one: parsers differ in where they split text, browsers show it whole. */
    private static void printChildren(Element parent, int depth, StringBuilder out) {
        StringBuilder text = new StringBuilder();
        for (Node child : parent.childNodes()) {
            if (child instanceof TextNode node) {
                text.append(node.getWholeText());
            } else if (child instanceof Element element) {
                printText(text, depth, out);
                printElement(element, depth, out);
            }
        }
        printText(text, depth, out);
    }

    private static void printText(StringBuilder text, int depth, StringBuilder out) {
        if (!text.isEmpty()) {
            out.repeat("  ", depth).append('"').append(text.toString().replace("\n", "\\n")).append("\"\n");
            text.setLength(0);
        }
    }

    private static void printElement(Element element, int depth, StringBuilder out) {
        Map<String, String> attributes = new TreeMap<>();
        for (Attribute attribute : element.attributes()) {
            attributes.put(attribute.getKey(), attribute.getValue());
        }
        out.repeat("  ", depth).append(element.normalName());
        attributes.forEach((name, value) -> out.append(' ').append(name).append("=\"").append(value).append('"'));
        out.append('\n');
        printChildren(element, depth + 1, out);
    }
}
