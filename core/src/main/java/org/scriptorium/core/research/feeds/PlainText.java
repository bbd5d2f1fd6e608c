package org.scriptorium.core.research.feeds;

import org.jsoup.Jsoup;
import org.jsoup.parser.Tag;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** HTML or entity-laden text to one clean line of plain text, as titles and summaries are shown. */
final class PlainText {
    private static final Pattern CLOSING_TAG = Pattern.compile("</[A-Za-z][A-Za-z0-9]*\\s*>");
    private static final Pattern ENTITY = Pattern.compile("&(?:#[0-9]+|#[xX][0-9a-fA-F]+|[A-Za-z][A-Za-z0-9]*);");
    private static final Pattern TAG_NAME = Pattern.compile("</?([A-Za-z][A-Za-z0-9]*)");

    private PlainText() {
    }

    /** {@code html} as the words a reader sees. */
    static String of(String html) {
        if (html == null) {
            return null;
        }
        String text = html.indexOf('<') >= 0 || html.indexOf('&') >= 0 ? Jsoup.parseBodyFragment(html).text() : html;
        return literal(text);
    }

    /** Text that is already text: only the white space is tidied, so {@code <blink>} stays a word. */
    static String literal(String text) {
        if (text == null) {
            return null;
        }
        String collapsed = text.replace('\u00A0', ' ').replaceAll("\\s+", " ").strip();
        return collapsed.isEmpty() ? null : collapsed;
    }

    /**
     * A value whose feed says what it is: Atom's {@code text} (or a MIME type such as {@code text/plain}) is
     * text, {@code html} and {@code xhtml} are markup; without a type it is markup only if it looks like it.
     */
    static String ofType(String value, String type) {
        if (type == null || type.isBlank()) {
            return looksLikeHtml(value) ? of(value) : literal(value);
        }
        return type.toLowerCase(Locale.ROOT).contains("html") ? of(value) : literal(value);
    }

    /**
     * Whether untyped text is markup: it closes a tag or writes an entity, and every tag it names is an HTML
     * one. So {@code Vector<T> and the <blink> tag}, already unescaped by the XML parser, stays text.
     */
    static boolean looksLikeHtml(String value) {
        if (value == null || !(CLOSING_TAG.matcher(value).find() || ENTITY.matcher(value).find())) {
            return false;
        }
        Matcher tag = TAG_NAME.matcher(value);
        while (tag.find()) {
            if (!Tag.isKnownTag(tag.group(1).toLowerCase(Locale.ROOT))) {
                return false;
            }
        }
        return true;
    }

    /** Plain text cut at a word boundary, for summaries derived from a full article. */
    static String abbreviated(String html, int maxChars) {
        return cut(of(html), maxChars);
    }

    /** {@code text} cut at a word boundary near {@code maxChars}, marked with an ellipsis when cut. */
    static String cut(String text, int maxChars) {
        if (text == null || text.length() <= maxChars) {
            return text;
        }
        int cut = text.lastIndexOf(' ', maxChars);
        return text.substring(0, cut > maxChars / 2 ? cut : maxChars) + "…";
    }
}
