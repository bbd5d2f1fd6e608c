package org.scriptorium.core.writing.offline;

import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Sentences and words of English prose, verbatim: what the offline engine quotes, ranks and counts. Thread-safe. */
public final class Sentences {
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+(?:['’][\\p{L}]+)*");
    // BreakIterator cuts after "e.g." and before a citation that follows a full stop; these glue the pieces back.
    private static final Pattern ABBREVIATION = Pattern.compile("(?i)(?:\\b(?:e\\.g|i\\.e|etc|vs|mr|mrs|ms|dr|prof|inc|no)\\.)$");
    private static final Pattern LEADING_CITATION = Pattern.compile("^(?:\\[\\d{1,4}(?:\\s*,\\s*\\d{1,4})*])+[.!?]?");

    private Sentences() {
    }

    /** The trimmed sentences of the text, in order; every line break ends a sentence too (headings have no stop). */
    public static List<String> of(String text) {
        List<String> sentences = new ArrayList<>();
        if (text == null) {
            return sentences;
        }
        BreakIterator breaks = BreakIterator.getSentenceInstance(Locale.ENGLISH);
        for (String line : text.split("\\R")) {
            if (line.isBlank()) {
                continue;
            }
            breaks.setText(line);
            int start = breaks.first();
            for (int end = breaks.next(); end != BreakIterator.DONE; start = end, end = breaks.next()) {
                String piece = line.substring(start, end).strip();
                if (piece.isEmpty()) {
                    continue;
                }
                int last = sentences.size() - 1;
                boolean sameLineBefore = last >= 0 && start > 0;
                Matcher citation = LEADING_CITATION.matcher(piece);
                if (sameLineBefore && (ABBREVIATION.matcher(sentences.get(last)).find() || citation.find())) {
                    sentences.set(last, sentences.get(last) + " " + piece);
                } else {
                    sentences.add(piece);
                }
            }
        }
        return sentences;
    }

    /** Runs of letters or digits, apostrophes inside a word kept ("don't" is one word). */
    public static List<String> words(String text) {
        List<String> words = new ArrayList<>();
        Matcher m = WORD.matcher(text);
        while (m.find()) {
            words.add(m.group());
        }
        return words;
    }

    public static int wordCount(String text) {
        return words(text).size();
    }
}
