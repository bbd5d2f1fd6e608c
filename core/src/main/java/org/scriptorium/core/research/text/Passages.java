package org.scriptorium.core.research.text;

import java.util.ArrayList;
import java.util.List;

/** Cuts a document into passages of whole sentences, the unit that retrieval ranks and summaries cite. Thread-safe. */
public final class Passages {
    private Passages() {
    }

    /**
     * Passages of about {@code targetWords} words: sentences are added while the passage stays within the target,
     * so a passage is cut only between sentences. A sentence longer than the target is a passage of its own.
     */
    public static List<String> split(String text, int targetWords) {
        if (targetWords < 1) {
            throw new IllegalArgumentException("targetWords must be at least 1, was " + targetWords);
        }
        List<String> passages = new ArrayList<>();
        StringBuilder passage = new StringBuilder();
        int words = 0;
        for (String sentence : Sentences.of(text)) {
            int sentenceWords = Sentences.wordCount(sentence);
            if (words > 0 && words + sentenceWords > targetWords) {
                passages.add(passage.toString());
                passage.setLength(0);
                words = 0;
            }
            passage.append(passage.isEmpty() ? "" : " ").append(sentence);
            words += sentenceWords;
        }
        if (!passage.isEmpty()) {
            passages.add(passage.toString());
        }
        return passages;
    }
}
