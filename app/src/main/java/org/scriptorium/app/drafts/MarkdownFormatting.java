package org.scriptorium.app.drafts;

/** The text edits behind Bold, Italic and Link: pure functions of text and selection. */
public final class MarkdownFormatting {
    private MarkdownFormatting() {
    }

    /** The replacement for the selection and where the selection should be afterwards. */
    public record Edit(int start, int end, String replacement, int selectFrom, int selectTo) {
    }

    /** Wraps the selection in {@code marker} (or removes the marker when it is already wrapped). */
    public static Edit toggleWrap(String text, int start, int end, String marker) {
        String selected = text.substring(start, end);
        int m = marker.length();
        if (selected.length() >= 2 * m && selected.startsWith(marker) && selected.endsWith(marker)) {
            String inner = selected.substring(m, selected.length() - m);
            return new Edit(start, end, inner, start, start + inner.length());
        }
        if (start >= m && end + m <= text.length()
                && text.startsWith(marker, start - m) && text.startsWith(marker, end)) {
            return new Edit(start - m, end + m, selected, start - m, start - m + selected.length());
        }
        return new Edit(start, end, marker + selected + marker, start + m, start + m + selected.length());
    }

    /** Makes the selection a link and selects the placeholder URL so typing replaces it. */
    public static Edit link(String text, int start, int end) {
        String label = start == end ? "link text" : text.substring(start, end);
        String url = "https://";
        String replacement = "[" + label + "](" + url + ")";
        int urlStart = start + label.length() + 3;
        return new Edit(start, end, replacement, urlStart, urlStart + url.length());
    }
}
