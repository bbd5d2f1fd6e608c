package org.scriptorium.app.drafts;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Find and replace over plain text, ignoring case unless told otherwise; positions are in the original text. */
public final class TextFinder {
    private TextFinder() {
    }

    private static Pattern pattern(String needle, boolean matchCase) {
        int flags = matchCase ? 0 : Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;
        return Pattern.compile(Pattern.quote(needle), flags);
    }

    /** Start of the next match at or after {@code from}, wrapping around; -1 when there is none. */
    public static int next(String text, String needle, int from, boolean matchCase) {
        if (needle.isEmpty()) {
            return -1;
        }
        Matcher matcher = pattern(needle, matchCase).matcher(text);
        if (matcher.find(Math.min(Math.max(from, 0), text.length()))) {
            return matcher.start();
        }
        return matcher.find(0) ? matcher.start() : -1;
    }

    /** Start of the previous match before {@code before}, wrapping around; -1 when there is none. */
    public static int previous(String text, String needle, int before, boolean matchCase) {
        if (needle.isEmpty()) {
            return -1;
        }
        Matcher matcher = pattern(needle, matchCase).matcher(text);
        int last = -1;
        int lastBefore = -1;
        while (matcher.find()) {
            last = matcher.start();
            if (matcher.start() < before) {
                lastBefore = matcher.start();
            }
        }
        return lastBefore >= 0 ? lastBefore : last;
    }

    public static int count(String text, String needle, boolean matchCase) {
        if (needle.isEmpty()) {
            return 0;
        }
        return (int) pattern(needle, matchCase).matcher(text).results().count();
    }

    public static String replaceAll(String text, String needle, String replacement, boolean matchCase) {
        if (needle.isEmpty()) {
            return text;
        }
        return pattern(needle, matchCase).matcher(text).replaceAll(Matcher.quoteReplacement(replacement));
    }
}
