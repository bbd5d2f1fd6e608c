package org.scriptorium.core.research.documents;

import java.time.Instant;
import java.util.UUID;

/** A stored document as lists and reports show it. */
public record DocumentSummary(UUID id, UUID sourceId, String title, String url, String author, Instant publishedAt,
                              Instant fetchedAt, String summary, boolean hasArticle, String language, Integer points,
                              Integer comments, UUID nearDuplicateOf) {
    static DocumentSummary of(ResearchDocument d) {
        return new DocumentSummary(d.getId(), d.getSourceId(), d.getTitle(), d.getUrl(), d.getAuthor(), d.getPublishedAt(),
                d.getFetchedAt(), d.getSummary(), d.getArticleText() != null && !d.getArticleText().isBlank(), d.getLanguage(),
                d.getPoints(), d.getComments(), d.getNearDuplicateOf());
    }

    /** When it happened as far as we know: published, else first seen. */
    public Instant when() {
        return publishedAt != null ? publishedAt : fetchedAt;
    }

    public int engagement() {
        return (points == null ? 0 : points) + (comments == null ? 0 : comments);
    }
}
