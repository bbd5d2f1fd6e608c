package org.scriptorium.core.drafts;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Word count and reading time of Markdown text, counting what a reader reads rather than markup. */
public final class TextStatistics {
    /** Typical silent reading speed for web prose, in words per minute. */
    public static final int WORDS_PER_MINUTE = 230;

    private static final Pattern FRONT_MATTER = Pattern.compile("\\A---\\R.*?\\R---\\R", Pattern.DOTALL);
    private static final Pattern HTML_TAG = Pattern.compile("</?[a-zA-Z][^>\\n]*>");
    private static final Pattern LINK_TARGET = Pattern.compile("\\]\\([^)]*\\)");
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+(?:['’\\-][\\p{L}\\p{N}]+)*");

    private TextStatistics() {
    }

    public static int wordCount(String markdown) {
        if (markdown == null || markdown.isEmpty()) {
            return 0;
        }
        String text = FRONT_MATTER.matcher(markdown).replaceFirst("");
        text = LINK_TARGET.matcher(text).replaceAll("]");
        text = HTML_TAG.matcher(text).replaceAll(" ");
        Matcher words = WORD.matcher(text);
        int count = 0;
        while (words.find()) {
            count++;
        }
        return count;
    }

    /** Whole minutes, rounded up; any text at all takes at least a minute. */
    public static int readingMinutes(int wordCount) {
        return wordCount == 0 ? 0 : (wordCount + WORDS_PER_MINUTE - 1) / WORDS_PER_MINUTE;
    }
}
