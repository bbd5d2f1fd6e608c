package org.scriptorium.core.writing.offline;

import java.util.Locale;
import java.util.Set;

/** Title and sentence case for headings the offline engine makes up from keywords. */
final class Titles {
    private static final Set<String> MINOR = Set.of("a", "an", "and", "as", "at", "but", "by", "for", "in", "nor", "of",
            "on", "or", "the", "to", "vs", "with", "from", "into");

    private Titles() {
    }

    /** "solid-state batteries and the EU" → "Solid-State Batteries and the EU"; words with capitals stay as written. */
    static String titleCase(String text) {
        String[] words = text.strip().split("\\s+");
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < words.length; i++) {
            String word = words[i];
            boolean minor = i > 0 && i < words.length - 1 && !words[i - 1].endsWith(":") && MINOR.contains(word.toLowerCase(Locale.ROOT));
            if (i > 0) {
                out.append(' ');
            }
            out.append(minor ? word.toLowerCase(Locale.ROOT) : capitalizeParts(word));
        }
        return out.toString();
    }

    /** The first letter upper case, the rest as written. */
    static String capitalize(String text) {
        if (text.isEmpty()) {
            return text;
        }
        int first = text.codePointAt(0);
        return new StringBuilder().appendCodePoint(Character.toTitleCase(first))
                .append(text, Character.charCount(first), text.length()).toString();
    }

    private static String capitalizeParts(String word) {
        if (!word.equals(word.toLowerCase(Locale.ROOT))) {
            return word; // "iPhone", "NASA", "OpenJDK" are written that way on purpose
        }
        StringBuilder out = new StringBuilder();
        for (String part : word.split("(?<=-)")) {
            out.append(capitalize(part));
        }
        return out.toString();
    }
}
