package org.scriptorium.core.drafts;

import java.time.Instant;
import java.util.UUID;

/** A saved revision as sync carries it: written once, never changed, so it only ever needs to arrive. */
public record SyncedRevision(UUID id, UUID draftId, String title, String body, RevisionReason reason, Instant createdAt) {
}
