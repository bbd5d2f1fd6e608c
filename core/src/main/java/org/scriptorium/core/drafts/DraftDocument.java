package org.scriptorium.core.drafts;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** A whole draft, text included, as read in one transaction. {@code plannedOn} is the day it is to be published, or null. */
public record DraftDocument(UUID id, String title, String body, DraftStatus status, List<String> tags,
                            int wordCount, Instant createdAt, Instant updatedAt, Instant trashedAt, long revision,
                            LocalDate plannedOn) {
    static DraftDocument of(Draft draft) {
        return new DraftDocument(draft.getId(), draft.getTitle(), draft.getBody(), draft.getStatus(), draft.tagNames(),
                draft.getWordCount(), draft.getCreatedAt(), draft.getUpdatedAt(), draft.getTrashedAt(), draft.getRevision(),
                draft.getPlannedOn());
    }

    public DraftSummary summary() {
        return new DraftSummary(id, title, status, tags, wordCount, createdAt, updatedAt, trashedAt, plannedOn);
    }

    public int readingMinutes() {
        return TextStatistics.readingMinutes(wordCount);
    }
}
