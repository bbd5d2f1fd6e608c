package org.scriptorium.core.sync;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.scriptorium.core.InvalidInput;
import org.scriptorium.core.drafts.DraftSyncPort;
import org.scriptorium.core.drafts.SyncedDraft;
import org.scriptorium.core.store.Ids;

import java.io.IOException;
import java.time.Clock;
import java.util.List;
import java.util.UUID;

/** The conflicts sync kept for the user, listed and settled (keep mine, theirs, or both). */
final class ConflictResolution {
    private static final ObjectMapper JSON = new ObjectMapper();

    private final SyncLedger ledger;
    private final DraftSyncPort drafts;
    private final RowExchange rows;
    private final Clock clock;

    ConflictResolution(SyncLedger ledger, DraftSyncPort drafts, RowExchange rows, Clock clock) {
        this.ledger = ledger;
        this.drafts = drafts;
        this.rows = rows;
        this.clock = clock;
    }

    List<SyncService.Conflict> open() {
        return ledger.openConflicts().stream()
                .map(c -> new SyncService.Conflict(c.id(), c.entity(), c.recordId(), c.copyId(), theirText(c), c.otherDevice(), c.kind(),
                        c.detectedAt()))
                .toList();
    }

    void resolve(UUID conflictId, SyncService.Keep keep) {
        SyncLedger.Conflict conflict = ledger.openConflicts().stream().filter(c -> c.id().equals(conflictId)).findFirst()
                .orElseThrow(() -> new InvalidInput("No open sync conflict " + conflictId));
        if (conflict.otherPayload() != null) {
            resolvePost(conflict, keep);
        } else if (conflict.copyId() != null && keep != SyncService.Keep.BOTH) {
            SyncedDraft copy = drafts.find(conflict.copyId()).map(DraftSyncPort.LocalDraft::state).orElse(null);
            SyncedDraft draft = drafts.find(conflict.recordId()).map(DraftSyncPort.LocalDraft::state).orElse(null);
            if (keep == SyncService.Keep.THEIRS && copy != null && draft != null) {
                drafts.apply(new SyncedDraft(draft.id(), draft.title(), copy.body(), draft.status(), draft.tags(), draft.trashedAt(),
                        draft.plannedOn(), draft.createdAt(), null));
            }
            if (copy != null) {
                drafts.apply(new SyncedDraft(copy.id(), copy.title(), copy.body(), copy.status(), copy.tags(), clock.instant(),
                        copy.plannedOn(), copy.createdAt(), null));
            }
        }
        ledger.resolve(conflictId, clock.instant());
    }

    /** Theirs replaces this post's text; both keeps this post and adds theirs as a new unscheduled post beside it. */
    private void resolvePost(SyncLedger.Conflict conflict, SyncService.Keep keep) {
        if (keep == SyncService.Keep.MINE) {
            return;
        }
        SyncedTable.LocalRow post = rows.find(SyncedTable.POSTS, conflict.recordId())
                .orElseThrow(() -> new InvalidInput("The post of this conflict is gone"));
        ObjectNode values = post.values().deepCopy();
        try {
            values.setAll((ObjectNode) JSON.readTree(conflict.otherPayload()));
        } catch (IOException e) {
            throw new InvalidInput("The other device's text of this post could not be read: " + e.getMessage());
        }
        if (keep == SyncService.Keep.THEIRS) {
            rows.write(SyncedTable.POSTS, conflict.recordId(), values);
            return;
        }
        // A new post of its own: unscheduled, never sent, with its own idempotency key.
        values.put("status", "DRAFT");
        for (String cleared : List.of("scheduled_at", "next_attempt_at", "platform_post_id", "url", "failure", SyncedTable.DELETED)) {
            values.putNull(cleared);
        }
        values.put("hand_off", false);
        values.put("idempotency_key", UUID.randomUUID().toString());
        values.put("job_created_at", clock.instant().toString());
        values.put("created_at", clock.instant().toString());
        rows.write(SyncedTable.POSTS, Ids.newId(), values);
    }

    private static String theirText(SyncLedger.Conflict conflict) {
        if (conflict.otherPayload() == null) {
            return null;
        }
        try {
            return JSON.readTree(conflict.otherPayload()).path("body").asText(null);
        } catch (IOException e) {
            return null;
        }
    }
}
