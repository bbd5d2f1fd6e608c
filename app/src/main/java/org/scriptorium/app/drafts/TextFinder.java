package org.scriptorium.app.drafts;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Find and replace over plain text, ignoring case unless told otherwise; positions are in the original text. */
public final class TextFinder {
    private TextFinder() {
    }

    /** A whole word is not part of a longer word: no letter, digit or underscore just before or after it. */
    private static Pattern pattern(String needle, boolean matchCase, boolean wholeWord) {
        int flags = matchCase ? 0 : Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;
        String quoted = Pattern.quote(needle);
        return Pattern.compile(wholeWord ? "(?<![\\p{L}\\p{N}_])" + quoted + "(?![\\p{L}\\p{N}_])" : quoted, flags);
    }

    /** Every match as {start, end}, in order: what the editor highlights while find is open. */
    public static java.util.List<int[]> ranges(String text, String needle, boolean matchCase, boolean wholeWord) {
        if (needle.isEmpty()) {
            return java.util.List.of();
        }
        return pattern(needle, matchCase, wholeWord).matcher(text).results().map(r -> new int[] {r.start(), r.end()}).toList();
    }

    /** Which match starts at {@code at}, counting from 1 ("2 of 4"); 0 when none does. */
    public static int ordinal(String text, String needle, int at, boolean matchCase, boolean wholeWord) {
        if (needle.isEmpty()) {
            return 0;
        }
        Matcher matcher = pattern(needle, matchCase, wholeWord).matcher(text);
        int n = 0;
        while (matcher.find()) {
            n++;
            if (matcher.start() == at) {
                return n;
            }
            if (matcher.start() > at) {
                return 0;
            }
        }
        return 0;
    }

    /** Start of the next match at or after {@code from}, wrapping around; -1 when there is none. */
    public static int next(String text, String needle, int from, boolean matchCase) {
        return next(text, needle, from, matchCase, false);
    }

    public static int next(String text, String needle, int from, boolean matchCase, boolean wholeWord) {
        if (needle.isEmpty()) {
            return -1;
        }
        Matcher matcher = pattern(needle, matchCase, wholeWord).matcher(text);
        if (matcher.find(Math.min(Math.max(from, 0), text.length()))) {
            return matcher.start();
        }
        return matcher.find(0) ? matcher.start() : -1;
    }

    /** Start of the previous match before {@code before}, wrapping around; -1 when there is none. */
    public static int previous(String text, String needle, int before, boolean matchCase) {
        return previous(text, needle, before, matchCase, false);
    }

    public static int previous(String text, String needle, int before, boolean matchCase, boolean wholeWord) {
        if (needle.isEmpty()) {
            return -1;
        }
        Matcher matcher = pattern(needle, matchCase, wholeWord).matcher(text);
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
        return count(text, needle, matchCase, false);
    }

    public static int count(String text, String needle, boolean matchCase, boolean wholeWord) {
        if (needle.isEmpty()) {
            return 0;
        }
        return (int) pattern(needle, matchCase, wholeWord).matcher(text).results().count();
    }

    public static String replaceAll(String text, String needle, String replacement, boolean matchCase) {
        return replaceAll(text, needle, replacement, matchCase, false);
    }

    public static String replaceAll(String text, String needle, String replacement, boolean matchCase, boolean wholeWord) {
        if (needle.isEmpty()) {
            return text;
        }
        return pattern(needle, matchCase, wholeWord).matcher(text).replaceAll(Matcher.quoteReplacement(replacement));
    }
}
