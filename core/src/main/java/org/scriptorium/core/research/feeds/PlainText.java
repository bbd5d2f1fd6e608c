package org.scriptorium.core.research.feeds;

import org.jsoup.Jsoup;

/** HTML or entity-laden text to one clean line of plain text, as titles and summaries are shown. */
final class PlainText {
    private PlainText() {
    }

    static String of(String html) {
        if (html == null) {
            return null;
        }
        String text = html.indexOf('<') >= 0 || html.indexOf('&') >= 0 ? Jsoup.parseBodyFragment(html).text() : html;
        String collapsed = text.replace('\u00A0', ' ').replaceAll("\\s+", " ").strip();
        return collapsed.isEmpty() ? null : collapsed;
    }

    /** Plain text cut at a word boundary, for summaries derived from a full article. */
    static String abbreviated(String html, int maxChars) {
        String text = of(html);
        if (text == null || text.length() <= maxChars) {
            return text;
        }
        int cut = text.lastIndexOf(' ', maxChars);
        return text.substring(0, cut > maxChars / 2 ? cut : maxChars) + "…";
    }
}
