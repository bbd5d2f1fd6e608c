package org.scriptorium.core.research.text;

import java.util.Arrays;
import java.util.List;

/** Short texts kept in one column, a line each: what research stores of keywords, names, headings and questions. */
public final class JoinedLines {
    private JoinedLines() {
    }

    /** Each part on a line of its own (its line breaks made spaces), blank ones left out, as many as fit in {@code max} characters. */
    public static String join(List<String> parts, int max) {
        StringBuilder out = new StringBuilder();
        for (String part : parts) {
            String clean = part.replace('\n', ' ').strip();
            if (clean.isEmpty() || out.length() + clean.length() + 1 > max) {
                continue;
            }
            if (!out.isEmpty()) {
                out.append('\n');
            }
            out.append(clean);
        }
        return out.toString();
    }

    public static List<String> split(String joined) {
        return joined == null || joined.isBlank() ? List.of() : Arrays.asList(joined.split("\n"));
    }
}
