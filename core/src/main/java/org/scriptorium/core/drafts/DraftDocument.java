package org.scriptorium.core.drafts;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** A whole draft, text included, as read in one transaction. */
public record DraftDocument(UUID id, String title, String body, DraftStatus status, List<String> tags,
                            int wordCount, Instant createdAt, Instant updatedAt, Instant trashedAt, long revision) {
    static DraftDocument of(Draft draft) {
        return new DraftDocument(draft.getId(), draft.getTitle(), draft.getBody(), draft.getStatus(), draft.tagNames(),
                draft.getWordCount(), draft.getCreatedAt(), draft.getUpdatedAt(), draft.getTrashedAt(), draft.getRevision());
    }

    public DraftSummary summary() {
        return new DraftSummary(id, title, status, tags, wordCount, createdAt, updatedAt, trashedAt);
    }

    public int readingMinutes() {
        return TextStatistics.readingMinutes(wordCount);
    }
}
