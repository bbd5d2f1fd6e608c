package org.scriptorium.core.research.documents;

import java.time.Instant;

/** A document as a source or a fetched page offers it, before dedup decides whether to keep it. */
public record IncomingDocument(String guid, String url, String title, String author, Instant publishedAt, String summary,
                               String articleText, String language, Integer points, Integer comments) {
    /** The text that identifies the content: the article when there is one, else title and summary. */
    public String contentText() {
        String body = articleText != null && !articleText.isBlank() ? articleText : (summary == null ? "" : summary);
        return (title == null ? "" : title) + "\n" + body;
    }
}
