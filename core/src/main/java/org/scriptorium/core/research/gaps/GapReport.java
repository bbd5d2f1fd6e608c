package org.scriptorium.core.research.gaps;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A topic against what competitors published: who covered it, when and how deeply; the subtopics and questions they
 * cover that the user's drafts do not (gaps); and what only the user covers.
 *
 * @param drafts the user's drafts compared (the topic's own drafts)
 */
public record GapReport(UUID topicId, String topic, List<CoveredBy> coveredBy, List<Gap> gaps, List<String> onlyYours, List<String> drafts,
                        int competitorArticlesRead) {

    /** One competitor article about the topic: whose, when, and how deep (words, headings). */
    public record CoveredBy(String competitor, String title, String url, Instant publishedAt, int words, int headings) {
    }

    /**
     * A subtopic or question the user's drafts leave out.
     *
     * @param kind        "heading" (a section competitors wrote), "question" (one they ask or answer), or "search" (a
     *                    question people search for, from the topic's keyword research)
     * @param competitors who covers it (empty for a search question nobody covers)
     * @param demand      for a search question, its demand (else null)
     */
    public record Gap(String subtopic, String kind, List<String> competitors, String example, Integer demand) {
    }
}
