package org.scriptorium.core.research.feeds;

import java.net.URI;
import java.time.Instant;

/**
 * The readable part of a web page. {@code text} is plain text with a blank line between paragraphs;
 * {@code byline}, {@code published}, {@code language} and {@code canonicalUrl} are null when the page does
 * not say.
 */
public record ExtractedArticle(String title, String text, String byline, Instant published, String language,
                               URI canonicalUrl) {
}
