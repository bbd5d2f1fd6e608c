package org.scriptorium.core.sync;

import org.hibernate.SessionFactory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.Supplier;

/** How the rows of the {@link SyncedTable}s cross between this device and the hub, as {@link RecordExchange} does for drafts. */
final class RowExchange {
    private static final Logger LOG = LoggerFactory.getLogger(RowExchange.class);
    /**
     * In the order a push offers them: what a row names before the row (a source before its documents, documents
     * before the topics that list them, a topic before its reports, a post before its log), so a device applying
     * them in order has it first.
     */
    static final List<SyncedTable> TABLES = List.of(SyncedTable.SOURCES, SyncedTable.DOCUMENTS, SyncedTable.TOPICS, SyncedTable.REPORTS,
            SyncedTable.POSTS, SyncedTable.ATTEMPTS);

    private final SessionFactory sessions;
    private final SyncLedger ledger;
    private final Clock clock;
    private final UUID device;
    private final Supplier<HybridClock> clocks;
    private final Function<UUID, String> deviceLabels;

    RowExchange(SessionFactory sessions, SyncLedger ledger, Clock clock, UUID device, Supplier<HybridClock> clocks,
                Function<UUID, String> deviceLabels) {
        this.sessions = sessions;
        this.ledger = ledger;
        this.clock = clock;
        this.device = device;
        this.clocks = clocks;
        this.deviceLabels = deviceLabels;
    }

    static Optional<SyncedTable> table(String entity) {
        return TABLES.stream().filter(table -> table.entity().equals(entity)).findFirst();
    }

    void apply(SyncedTable table, HubRow row, RecordExchange.Counts counts) {
        RowRecord theirs = RowRecord.parse(row.payload());
        theirs.clocks().values().forEach(clocks.get()::observe);
        Optional<SyncedTable.LocalRow> local = find(table, row.id());
        Optional<SyncLedger.Entry> synced = ledger.get(row.entity(), row.id());
        if (local.isEmpty()) {
            long revision = write(table, row.id(), theirs.values());
            ledger.put(row.entity(), row.id(), new SyncLedger.Entry(row.hubRevision(), revision, row.payload()));
            return;
        }
        SyncedTable.LocalRow mine = local.get();
        boolean unchangedHere = synced.isPresent() && synced.get().localRevision() == mine.revision();
        if (mine.values().equals(theirs.values())) {
            ledger.put(row.entity(), row.id(), new SyncLedger.Entry(row.hubRevision(), mine.revision(), row.payload()));
            return;
        }
        if (unchangedHere) {
            long revision = write(table, row.id(), theirs.values());
            ledger.put(row.entity(), row.id(), new SyncLedger.Entry(row.hubRevision(), revision, row.payload()));
            return;
        }
        RowRecord base = synced.map(entry -> RowRecord.parse(entry.basePayload())).orElse(null);
        RowRecord mineRecord = RowRecord.local(table, row.id(), mine.values(), mine.updatedAt(), base, device);
        RowMerge.Result merged = RowMerge.merge(table, base, mineRecord, theirs);
        long revision = write(table, row.id(), merged.merged());
        // Merged like theirs: synced as it is. Otherwise the next push sends the merge, based on theirs.
        ledger.put(row.entity(), row.id(), new SyncLedger.Entry(row.hubRevision(), merged.merged().equals(theirs.values()) ? revision : -1,
                row.payload()));
        String other = deviceLabels.apply(row.deviceId());
        if (merged.otherText() != null) {
            ledger.addConflict(new SyncLedger.Conflict(org.scriptorium.core.store.Ids.newId(), row.id(), null, other, "TEXT", clock.instant(),
                    row.entity(), merged.otherText().toString()));
            counts.conflicts++;
            LOG.info("The {} {} was edited here and on {}: both texts are kept until one is chosen", table.entity(), row.id(), other);
        }
        if (merged.restored()) {
            ledger.addConflict(new SyncLedger.Conflict(org.scriptorium.core.store.Ids.newId(), row.id(), null, other, "RESTORED", clock.instant(),
                    row.entity(), null));
            counts.restored++;
        }
    }

    /** Every row of {@code table} changed here at or after {@code since} and not synced as it is. */
    void outgoing(SyncedTable table, Instant since, RecordExchange.Outbox outbox) {
        for (UUID id : ledger.dirtyRows(table.table(), table.entity(), since)) {
            SyncedTable.LocalRow mine = find(table, id).orElse(null);
            Optional<SyncLedger.Entry> synced = ledger.get(table.entity(), id);
            if (mine == null || synced.isPresent() && synced.get().localRevision() == mine.revision()) {
                continue;
            }
            RowRecord base = synced.map(entry -> RowRecord.parse(entry.basePayload())).orElse(null);
            RowRecord record = RowRecord.local(table, id, mine.values(), mine.updatedAt(), base, device);
            outbox.records().add(new Hub.Outgoing(table.entity(), id, synced.map(SyncLedger.Entry::hubRevision).orElse(0L), record.json()));
            outbox.localRevisions().add(mine.revision());
        }
    }

    /** Every row of every synced table, canonically: equal texts on two devices, equal synced state. */
    String dump() {
        StringBuilder text = new StringBuilder();
        for (SyncedTable table : TABLES) {
            List<UUID> ids = sessions.fromTransaction(session -> session.doReturningWork(connection -> {
                List<UUID> found = new java.util.ArrayList<>();
                try (var query = connection.prepareStatement("SELECT id FROM " + table.table() + " ORDER BY id"); var rows = query.executeQuery()) {
                    while (rows.next()) {
                        found.add(rows.getObject(1, UUID.class));
                    }
                }
                return found;
            }));
            ids.stream().sorted(java.util.Comparator.comparing(UUID::toString)).forEach(id -> {
                java.util.TreeMap<String, Object> sorted = new java.util.TreeMap<>();
                find(table, id).orElseThrow().values().properties().forEach(entry -> sorted.put(entry.getKey(), entry.getValue()));
                text.append(table.entity()).append(' ').append(id).append(' ').append(sorted).append('\n');
            });
        }
        return text.toString();
    }

    Optional<SyncedTable.LocalRow> find(SyncedTable table, UUID id) {
        return sessions.fromTransaction(session -> session.doReturningWork(connection -> table.find(connection, id)));
    }

    long write(SyncedTable table, UUID id, com.fasterxml.jackson.databind.node.ObjectNode values) {
        return sessions.fromTransaction(session -> session.doReturningWork(connection -> table.write(connection, id, values, clock.instant(), device)));
    }
}
