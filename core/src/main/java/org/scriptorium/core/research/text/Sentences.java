package org.scriptorium.core.research.text;

import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Sentences of English text: BreakIterator's rules, with every line break a boundary too (headlines have no full stop). */
final class Sentences {
    private Sentences() {
    }

    /** The trimmed sentences of the text, verbatim, in order. */
    static List<String> of(String text) {
        List<String> sentences = new ArrayList<>();
        BreakIterator breaks = BreakIterator.getSentenceInstance(Locale.ENGLISH);
        for (String line : text.split("\\R")) {
            if (line.isBlank()) {
                continue;
            }
            breaks.setText(line);
            int start = breaks.first();
            for (int end = breaks.next(); end != BreakIterator.DONE; start = end, end = breaks.next()) {
                String sentence = line.substring(start, end).strip();
                if (!sentence.isEmpty()) {
                    sentences.add(sentence);
                }
            }
        }
        return sentences;
    }

    /** How many words a sentence has, counting runs of letters or digits. */
    static int wordCount(String sentence) {
        return Shingles.words(sentence).size();
    }
}
