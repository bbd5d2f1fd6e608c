package org.scriptorium.core.research.feeds;

import java.net.URI;
import java.time.Instant;

/**
 * One item of a source. {@code title} and {@code summary} are plain text; {@code contentHtml} is the
 * publisher's HTML as sent (unsanitised, null if none); {@code link} is absolute; {@code published} is null
 * when the source gives no date; {@code points}/{@code comments} only for Hacker News and Reddit.
 */
public record FeedEntry(String guid, String title, URI link, String author, Instant published, String summary,
                        String contentHtml, Integer points, Integer comments) {
}
