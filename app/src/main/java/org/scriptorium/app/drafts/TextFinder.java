package org.scriptorium.app.drafts;

import java.util.Locale;

/** Find and replace over plain text, ignoring case unless told otherwise. */
public final class TextFinder {
    private TextFinder() {
    }

    /** Start of the next match at or after {@code from}, wrapping around; -1 when there is none. */
    public static int next(String text, String needle, int from, boolean matchCase) {
        if (needle.isEmpty()) {
            return -1;
        }
        String haystack = matchCase ? text : text.toLowerCase(Locale.ROOT);
        String wanted = matchCase ? needle : needle.toLowerCase(Locale.ROOT);
        int found = haystack.indexOf(wanted, Math.min(Math.max(from, 0), haystack.length()));
        return found >= 0 ? found : haystack.indexOf(wanted);
    }

    /** Start of the previous match before {@code before}, wrapping around; -1 when there is none. */
    public static int previous(String text, String needle, int before, boolean matchCase) {
        if (needle.isEmpty()) {
            return -1;
        }
        String haystack = matchCase ? text : text.toLowerCase(Locale.ROOT);
        String wanted = matchCase ? needle : needle.toLowerCase(Locale.ROOT);
        int found = before > 0 ? haystack.lastIndexOf(wanted, before - 1) : -1;
        return found >= 0 ? found : haystack.lastIndexOf(wanted);
    }

    public static int count(String text, String needle, boolean matchCase) {
        int count = 0;
        if (needle.isEmpty()) {
            return 0;
        }
        String haystack = matchCase ? text : text.toLowerCase(Locale.ROOT);
        String wanted = matchCase ? needle : needle.toLowerCase(Locale.ROOT);
        for (int i = haystack.indexOf(wanted); i >= 0; i = haystack.indexOf(wanted, i + wanted.length())) {
            count++;
        }
        return count;
    }

    public static String replaceAll(String text, String needle, String replacement, boolean matchCase) {
        if (needle.isEmpty()) {
            return text;
        }
        StringBuilder out = new StringBuilder();
        String haystack = matchCase ? text : text.toLowerCase(Locale.ROOT);
        String wanted = matchCase ? needle : needle.toLowerCase(Locale.ROOT);
        int last = 0;
        for (int i = haystack.indexOf(wanted); i >= 0; i = haystack.indexOf(wanted, last)) {
            out.append(text, last, i).append(replacement);
            last = i + needle.length();
        }
        return out.append(text.substring(last)).toString();
    }
}
