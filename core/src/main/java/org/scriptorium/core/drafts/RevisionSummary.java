package org.scriptorium.core.drafts;

import java.time.Instant;
import java.util.UUID;

/** One entry of a draft's history. */
public record RevisionSummary(UUID id, UUID draftId, String title, int wordCount, RevisionReason reason, Instant createdAt) {
}
