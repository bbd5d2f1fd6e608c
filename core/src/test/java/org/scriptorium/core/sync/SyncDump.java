package org.scriptorium.core.sync;

import org.scriptorium.core.Studio;
import org.scriptorium.core.drafts.DraftSyncPort;
import org.scriptorium.core.drafts.SyncedRevision;

import java.time.Instant;
import java.util.Comparator;
import java.util.UUID;
import java.util.stream.Collectors;

/** A canonical text of everything sync carries on one device: equal texts, equal state. */
final class SyncDump {
    private SyncDump() {
    }

    static String of(Studio studio) {
        DraftSyncPort port = studio.drafts().syncPort();
        String drafts = port.changedSince(Instant.EPOCH).stream()
                .sorted(Comparator.comparing(UUID::toString))
                .map(id -> port.find(id).orElseThrow().state())
                .map(draft -> draft.deletedAt() != null ? draft.id() + " deleted" : draft.toString())
                .collect(Collectors.joining("\n"));
        String revisions = port.revisionsSince(Instant.EPOCH).stream()
                .sorted(Comparator.comparing(r -> r.id().toString()))
                .map(SyncedRevision::toString)
                .collect(Collectors.joining("\n"));
        return drafts + "\n--\n" + revisions + "\n--\n" + studio.sync().rowsForTest();
    }
}
