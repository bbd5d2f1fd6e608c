package org.scriptorium.core.research.competitors;

import java.time.Instant;
import java.util.List;

/**
 * What an article covers and how deeply: its headings (h2–h3), the questions it asks or answers, the names it
 * mentions, its length in words, and its plain text.
 */
public record ArticleOutline(String url, String title, Instant publishedAt, int wordCount, List<String> headings,
                             List<String> questions, List<String> entities, String text) {
}
