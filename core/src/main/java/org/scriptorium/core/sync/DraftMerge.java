package org.scriptorium.core.sync;

import org.scriptorium.core.drafts.DraftStatus;
import org.scriptorium.core.drafts.SyncedDraft;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.UUID;

/**
 * Merges a draft changed on this device with the version another device pushed, against the version both last
 * synced (decision 18). Fields one side changed take that side's value; fields both changed go to the later stamp;
 * the body is merged as text, and when the same lines were changed both ways this device's text stays and the other
 * becomes a conflict copy. An edit on one side and a deletion or trashing on the other brings the draft back.
 */
final class DraftMerge {
    private DraftMerge() {
    }

    /** {@code copy}: the other device's version, to keep beside the draft when the texts conflicted; null otherwise. */
    record Result(SyncedDraft merged, Map<String, String> clocks, SyncedDraft copy, boolean restored) {
    }

    /** The stamp of a field this device changed at {@code changedAt}: after the version it was changed from. */
    static String localStamp(String baseStamp, Instant changedAt, UUID device) {
        String physical = HybridClock.at(changedAt.toEpochMilli(), device);
        return baseStamp == null || physical.compareTo(baseStamp) > 0 ? physical : HybridClock.after(baseStamp, device);
    }

    /** This device's record of a draft: unchanged fields keep the base's stamps, changed ones get this device's. */
    static DraftRecord record(SyncedDraft local, Instant changedAt, DraftRecord base, UUID device) {
        Map<String, String> clocks = new TreeMap<>();
        DraftRecord probe = new DraftRecord(local, Map.of());
        for (String field : DraftRecord.FIELDS) {
            String baseStamp = base == null ? null : base.clock(field);
            boolean changed = base == null || !Objects.equals(probe.field(field), base.field(field));
            clocks.put(field, changed ? localStamp(baseStamp, changedAt, device) : baseStamp);
        }
        return new DraftRecord(local, clocks);
    }

    static Result merge(DraftRecord base, DraftRecord mine, DraftRecord theirs) {
        Map<String, Object> values = new TreeMap<>();
        Map<String, String> clocks = new TreeMap<>();
        for (String field : DraftRecord.FIELDS) {
            if (field.equals("body")) {
                continue;
            }
            boolean mineChanged = base == null || !Objects.equals(mine.field(field), base.field(field));
            boolean theirsChanged = base == null || !Objects.equals(theirs.field(field), base.field(field));
            DraftRecord winner;
            if (!mineChanged) {
                winner = theirs;
            } else if (!theirsChanged) {
                winner = mine;
            } else {
                winner = mine.clock(field).compareTo(theirs.clock(field)) >= 0 ? mine : theirs;
            }
            values.put(field, raw(winner.draft(), field));
            clocks.put(field, winner.clock(field));
        }
        String baseBody = base == null ? "" : base.draft().body();
        String body = TextMerge.merge(baseBody, mine.draft().body(), theirs.draft().body());
        SyncedDraft copy = null;
        if (body == null) {
            body = mine.draft().body();
            copy = theirs.draft();
        }
        boolean mineBodyWon = body.equals(mine.draft().body());
        clocks.put("body", mineBodyWon && !body.equals(theirs.draft().body()) ? mine.clock("body") : maxStamp(mine.clock("body"), theirs.clock("body")));

        // A deletion (or trashing) on one side and an edit on the other: nothing written is lost, so the draft comes back.
        boolean restored = false;
        boolean mineEdited = base != null && edited(base, mine);
        boolean theirsEdited = base != null && edited(base, theirs);
        if (values.get("deletedAt") != null && (mineEdited && mine.draft().deletedAt() == null || theirsEdited && theirs.draft().deletedAt() == null)) {
            values.put("deletedAt", null);
            restored = true;
            if (mine.draft().deletedAt() != null) {
                body = theirs.draft().body(); // a deletion here emptied the body; the other side's text is the draft
                copy = null;
            }
        }
        if (values.get("trashedAt") != null && base != null && base.draft().trashedAt() == null
                && (mineEdited && mine.draft().trashedAt() == null || theirsEdited && theirs.draft().trashedAt() == null)) {
            values.put("trashedAt", null);
            restored = true;
        }
        @SuppressWarnings("unchecked")
        SyncedDraft merged = new SyncedDraft(mine.draft().id(), (String) values.get("title"), body, (DraftStatus) values.get("status"),
                (List<String>) values.get("tags"), (Instant) values.get("trashedAt"), (LocalDate) values.get("plannedOn"),
                mine.draft().createdAt(), (Instant) values.get("deletedAt"));
        return new Result(merged, clocks, copy, restored);
    }

    /** Whether the content (not its place in the trash) changed since the base. */
    private static boolean edited(DraftRecord base, DraftRecord side) {
        for (String field : List.of("title", "body", "status", "tags", "plannedOn")) {
            if (side.draft().deletedAt() == null && !Objects.equals(side.field(field), base.field(field))) {
                return true;
            }
        }
        return false;
    }

    private static Object raw(SyncedDraft draft, String field) {
        return switch (field) {
            case "title" -> draft.title();
            case "status" -> draft.status();
            case "tags" -> draft.tags();
            case "trashedAt" -> draft.trashedAt();
            case "plannedOn" -> draft.plannedOn();
            case "deletedAt" -> draft.deletedAt();
            default -> throw new IllegalArgumentException(field);
        };
    }

    private static String maxStamp(String a, String b) {
        return a.compareTo(b) >= 0 ? a : b;
    }
}
