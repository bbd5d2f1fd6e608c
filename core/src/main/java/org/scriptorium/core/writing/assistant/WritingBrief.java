package org.scriptorium.core.writing.assistant;

import java.util.List;

/**
 * What a piece is to be written from: the topic, its keywords, and the research report's summary, key points,
 * open questions and numbered sources ({@code [n]} in the texts refers to {@code sources.get(n - 1)}).
 */
public record WritingBrief(String topic, List<String> keywords, String summary, List<String> keyPoints,
                           List<String> openQuestions, List<Reference> sources) {
    public record Reference(int number, String title, String url) {
    }

    public WritingBrief {
        keywords = List.copyOf(keywords);
        keyPoints = List.copyOf(keyPoints);
        openQuestions = List.copyOf(openQuestions);
        sources = List.copyOf(sources);
    }
}
