package org.scriptorium.core.drafts;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** A draft as sync carries it between devices: what the user sees of it, and whether it was deleted for good. */
public record SyncedDraft(UUID id, String title, String body, DraftStatus status, List<String> tags, Instant trashedAt,
                          LocalDate plannedOn, Instant createdAt, Instant deletedAt) {
    public SyncedDraft {
        tags = tags.stream().sorted(String.CASE_INSENSITIVE_ORDER).toList();
    }
}
