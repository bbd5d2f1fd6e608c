package org.scriptorium.core.writing.social;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Where the links in a post are: http(s) URLs and bare "www." addresses, trailing punctuation left out. */
final class Urls {
    private static final Pattern URL = Pattern.compile("(?i)\\b(?:https?://|www\\.)[^\\s<>\"“”]+");
    private static final String TRAILING = ".,;:!?)'’]";

    record Span(int start, int end) {
        boolean contains(int index) {
            return index > start && index < end;
        }
    }

    private Urls() {
    }

    static List<Span> find(String text) {
        List<Span> spans = new ArrayList<>();
        Matcher m = URL.matcher(text);
        while (m.find()) {
            int end = m.end();
            // "see https://example.com/a." ends the sentence, not the address; a ")" closes only an opened "(".
            while (end > m.start() && TRAILING.indexOf(text.charAt(end - 1)) >= 0
                    && !(text.charAt(end - 1) == ')' && text.substring(m.start(), end).contains("("))) {
                end--;
            }
            spans.add(new Span(m.start(), end));
        }
        return spans;
    }

    /** Whether cutting the text at {@code index} would split a link. */
    static boolean inside(List<Span> spans, int index) {
        return spans.stream().anyMatch(s -> s.contains(index));
    }
}
