package org.scriptorium.core.notion;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import okhttp3.HttpUrl;
import org.commonmark.ext.gfm.strikethrough.Strikethrough;
import org.commonmark.node.Code;
import org.commonmark.node.Emphasis;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.Image;
import org.commonmark.node.Link;
import org.commonmark.node.Node;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.StrongEmphasis;
import org.commonmark.node.Text;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Inline Markdown as Notion rich text: runs of text with their bold, italic, strikethrough, code and link, cut into
 * items of at most 2000 characters as Notion requires. Links keep their address only when it is http(s); anything
 * else (javascript:, relative paths) keeps its text and loses the link.
 */
final class RichText {
    static final int MAX_CHARACTERS = 2000;
    static final int MAX_ITEMS = 100;
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    /** How a run of text looks; {@code link} is null when it links nowhere. */
    record Style(boolean bold, boolean italic, boolean strikethrough, boolean code, String link) {
        static final Style PLAIN = new Style(false, false, false, false, null);

        Style bolder() {
            return new Style(true, italic, strikethrough, code, link);
        }

        Style italics() {
            return new Style(bold, true, strikethrough, code, link);
        }

        Style struck() {
            return new Style(bold, italic, true, code, link);
        }

        Style asCode() {
            return new Style(bold, italic, strikethrough, true, link);
        }

        Style linking(String url) {
            return new Style(bold, italic, strikethrough, code, url);
        }
    }

    private record Run(StringBuilder text, Style style) {
    }

    private final List<Run> runs = new ArrayList<>();

    static RichText plain(String text) {
        RichText richText = new RichText();
        richText.add(text, Style.PLAIN);
        return richText;
    }

    /** Adds text, joining it to the previous run when it looks the same. */
    void add(String text, Style style) {
        if (text == null || text.isEmpty()) {
            return;
        }
        if (!runs.isEmpty() && runs.getLast().style().equals(style)) {
            runs.getLast().text().append(text);
        } else {
            runs.add(new Run(new StringBuilder(text), style));
        }
    }

    /** Adds an inline node and everything inside it; an image inside text contributes its alt text. */
    void add(Node inline, Style style) {
        switch (inline) {
            case Text text -> add(text.getLiteral(), style);
            case Code code -> add(code.getLiteral(), style.asCode());
            case SoftLineBreak ignored -> add(" ", style);
            case HardLineBreak ignored -> add("\n", style);
            case HtmlInline html -> add(html.getLiteral(), style);
            case Emphasis emphasis -> addChildren(emphasis, style.italics());
            case StrongEmphasis strong -> addChildren(strong, style.bolder());
            case Strikethrough strike -> addChildren(strike, style.struck());
            case Link link -> {
                String url = webAddress(link.getDestination());
                addChildren(link, url == null ? style : style.linking(url));
            }
            case Image image -> addChildren(image, style);
            default -> addChildren(inline, style);
        }
    }

    void addChildren(Node parent, Style style) {
        for (Node child = parent.getFirstChild(); child != null; child = child.getNext()) {
            add(child, style);
        }
    }

    boolean isBlank() {
        return runs.stream().allMatch(run -> run.text().toString().isBlank());
    }

    String text() {
        StringBuilder text = new StringBuilder();
        runs.forEach(run -> text.append(run.text()));
        return text.toString();
    }

    /** Notion's rich text items, none longer than {@link #MAX_CHARACTERS}. */
    List<ObjectNode> items() {
        List<ObjectNode> items = new ArrayList<>();
        for (Run run : runs) {
            String text = run.text().toString();
            for (int start = 0; start < text.length(); ) {
                int end = Math.min(start + MAX_CHARACTERS, text.length());
                if (end < text.length() && Character.isHighSurrogate(text.charAt(end - 1))) {
                    end--; // a character outside the BMP stays whole
                }
                items.add(item(text.substring(start, end), run.style()));
                start = end;
            }
        }
        return items;
    }

    /** The items in groups of at most {@link #MAX_ITEMS}, one group per block; never empty (an empty block has an empty group). */
    List<List<ObjectNode>> groups() {
        List<ObjectNode> items = items();
        List<List<ObjectNode>> groups = new ArrayList<>();
        for (int start = 0; start < items.size(); start += MAX_ITEMS) {
            groups.add(items.subList(start, Math.min(start + MAX_ITEMS, items.size())));
        }
        if (groups.isEmpty()) {
            groups.add(List.of());
        }
        return groups;
    }

    private static ObjectNode item(String content, Style style) {
        ObjectNode item = NODES.objectNode().put("type", "text");
        ObjectNode text = item.putObject("text").put("content", content);
        if (style.link() != null) {
            text.putObject("link").put("url", style.link());
        }
        if (style.bold() || style.italic() || style.strikethrough() || style.code()) {
            ObjectNode annotations = item.putObject("annotations");
            if (style.bold()) {
                annotations.put("bold", true);
            }
            if (style.italic()) {
                annotations.put("italic", true);
            }
            if (style.strikethrough()) {
                annotations.put("strikethrough", true);
            }
            if (style.code()) {
                annotations.put("code", true);
            }
        }
        return item;
    }

    /** The address when it is a well-formed http(s) one Notion accepts (at most 2000 characters), else null. */
    static String webAddress(String destination) {
        if (destination == null) {
            return null;
        }
        String trimmed = destination.strip();
        String lower = trimmed.toLowerCase(Locale.ROOT);
        if (!lower.startsWith("http://") && !lower.startsWith("https://")) {
            return null;
        }
        HttpUrl url = HttpUrl.parse(trimmed);
        if (url == null) {
            return null;
        }
        String address = url.toString();
        return address.length() <= MAX_CHARACTERS ? address : null;
    }
}
