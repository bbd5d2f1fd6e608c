package org.scriptorium.core.drafts;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** A draft as a list shows it: everything but the text. */
public record DraftSummary(UUID id, String title, DraftStatus status, List<String> tags, int wordCount,
                           Instant createdAt, Instant updatedAt, Instant trashedAt, LocalDate plannedOn) {
    public boolean trashed() {
        return trashedAt != null;
    }

    public int readingMinutes() {
        return TextStatistics.readingMinutes(wordCount);
    }
}
