package org.scriptorium.core.research.text;

import java.util.List;

/**
 * What the sources say about a topic: the most central sentences in reading order, further key points by rank,
 * and the questions and uncertainties the sources leave open.
 */
public record Summary(List<CitedSentence> summary, List<CitedSentence> keyPoints, List<CitedSentence> openQuestions) {
    public Summary {
        summary = List.copyOf(summary);
        keyPoints = List.copyOf(keyPoints);
        openQuestions = List.copyOf(openQuestions);
    }
}
