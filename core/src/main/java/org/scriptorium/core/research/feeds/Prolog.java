package org.scriptorium.core.research.feeds;

/**
 * The top of an XML/HTML document: whether it has a DOCTYPE, and the name of its first element (the name
 * the DOCTYPE declares when the element itself lies beyond what is scanned).
 */
record Prolog(boolean hasDoctype, String root) {
    private static final int SCAN_CHARS = 64 * 1024;

    static Prolog scan(String text) {
        boolean doctype = false;
        String declaredRoot = "";
        int limit = Math.min(text.length(), SCAN_CHARS);
        int i = 0;
        while (i < limit) {
            int open = text.indexOf('<', i);
            if (open < 0 || open + 1 >= text.length()) {
                break;
            }
            char next = text.charAt(open + 1);
            if (text.startsWith("<!--", open)) {
                i = after(text, "-->", open + 4, limit);
            } else if (next == '?') {
                i = after(text, "?>", open + 2, limit);
            } else if (text.regionMatches(true, open, "<!DOCTYPE", 0, 9)) {
                doctype = true;
                declaredRoot = declaredName(text, open);
                i = endOfDoctype(text, open, limit);
            } else if (next == '!') {
                break;
            } else {
                int end = open + 1;
                while (end < text.length() && !Character.isWhitespace(text.charAt(end))
                        && text.charAt(end) != '>' && text.charAt(end) != '/') {
                    end++;
                }
                return new Prolog(doctype, text.substring(open + 1, end));
            }
        }
        return new Prolog(doctype, declaredRoot);
    }

    private static int after(String text, String marker, int from, int limit) {
        int end = text.indexOf(marker, from);
        return end < 0 ? limit : end + marker.length();
    }

    /** After {@code <!DOCTYPE name ... [internal subset]>}. */
    private static int endOfDoctype(String text, int open, int limit) {
        int bracket = text.indexOf('[', open);
        int close = text.indexOf('>', open);
        if (bracket >= 0 && (close < 0 || bracket < close)) {
            int subsetEnd = text.indexOf("]", bracket);
            close = subsetEnd < 0 ? -1 : text.indexOf('>', subsetEnd);
        }
        return close < 0 ? limit : close + 1;
    }

    private static String declaredName(String text, int open) {
        String rest = text.substring(open + 2, Math.min(text.length(), open + 200)).strip();
        String[] words = rest.split("[\\s>\\[]+");
        return words.length > 1 ? words[1] : "";
    }
}
