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
    static final List<SyncedTable> TABLES = List.of(SyncedTable.PROVIDERS, SyncedTable.SOURCES, SyncedTable.DOCUMENTS, SyncedTable.TOPICS, SyncedTable.REPORTS,
            SyncedTable.IMAGES, SyncedTable.POSTS, SyncedTable.ATTEMPTS, SyncedTable.METRICS, SyncedTable.PRICES, SyncedTable.USAGE, SyncedTable.SEO,
            SyncedTable.DRAFT_TOPICS, SyncedTable.COMPETITORS, SyncedTable.TOPIC_KEYWORDS,
            SyncedTable.NOTION_TOPIC_PAGES);
    private static final String MEDIA = "media";
    private static final String IMAGE_HASH = "content_hash";

    private final SessionFactory sessions;
    private final SyncLedger ledger;
    private final Clock clock;
    private final UUID device;
    private final Supplier<HybridClock> clocks;
    private final Function<UUID, String> deviceLabels;
    private final Blobs blobs;
    private final Supplier<org.scriptorium.core.secrets.SecretStore> secrets;
    private final Supplier<SyncKey> keys;
    private static final String SECRET_DIGEST = "secret_digest";

    RowExchange(SessionFactory sessions, SyncLedger ledger, Clock clock, UUID device, Supplier<HybridClock> clocks,
                Function<UUID, String> deviceLabels, Blobs blobs, Supplier<org.scriptorium.core.secrets.SecretStore> secrets,
                Supplier<SyncKey> keys) {
        this.blobs = blobs;
        this.secrets = secrets;
        this.keys = keys;
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
        applyRow(table, row, counts);
        if (table.naturalKey() != null) {
            keepOnePer(table, row.id());
        }
    }

    /**
     * Two devices that each made a row for one natural key (a price for one model prefix) keep the one with the
     * smaller id, whichever device sees both: the other is deleted here, and the deletion syncs like any change.
     */
    private void keepOnePer(SyncedTable table, UUID arrived) {
        SyncedTable.LocalRow row = find(table, arrived).orElse(null);
        if (row == null || row.deleted() || !row.values().hasNonNull(table.naturalKey())) {
            return;
        }
        String key = row.values().get(table.naturalKey()).asText();
        List<UUID> live = sessions.fromTransaction(session -> session.doReturningWork(connection -> {
            List<UUID> ids = new java.util.ArrayList<>();
            try (var query = connection.prepareStatement("SELECT id FROM " + table.table() + " WHERE " + table.naturalKey()
                    + " = ? AND " + SyncedTable.DELETED + " IS NULL")) {
                query.setObject(1, naturalKeyValue(key)); // a UUID column (a draft's id) is compared as one
                try (var rows = query.executeQuery()) {
                    while (rows.next()) {
                        ids.add(rows.getObject(1, UUID.class));
                    }
                }
            }
            return ids;
        }));
        UUID keeper = live.stream().min(java.util.Comparator.comparing(UUID::toString)).orElse(arrived);
        for (UUID other : live) {
            if (!other.equals(keeper)) {
                find(table, other).ifPresent(found -> {
                    com.fasterxml.jackson.databind.node.ObjectNode values = found.values().deepCopy();
                    values.put(SyncedTable.DELETED, clock.instant().toString());
                    write(table, other, values);
                });
            }
        }
    }

    private static Object naturalKeyValue(String key) {
        return key.matches("[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}") ? UUID.fromString(key) : key;
    }

    private void applyRow(SyncedTable table, HubRow row, RecordExchange.Counts counts) {
        RowRecord theirs = RowRecord.parse(row.payload());
        theirs.clocks().values().forEach(clocks.get()::observe);
        Optional<SyncedTable.LocalRow> local = find(table, row.id());
        Optional<SyncLedger.Entry> synced = ledger.get(row.entity(), row.id());
        if (local.isEmpty()) {
            long revision = write(table, row.id(), theirs.values(), theirs.sealed());
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
            long revision = write(table, row.id(), theirs.values(), theirs.sealed());
            ledger.put(row.entity(), row.id(), new SyncLedger.Entry(row.hubRevision(), revision, row.payload()));
            return;
        }
        RowRecord base = synced.map(entry -> RowRecord.parse(entry.basePayload())).orElse(null);
        RowRecord mineRecord = RowRecord.local(table, row.id(), mine.values(), mine.updatedAt(), base, device);
        RowMerge.Result merged = RowMerge.merge(table, base, mineRecord, theirs);
        long revision = write(table, row.id(), merged.merged(), theirs.sealed());
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
            if (table.secretPrefix() != null) {
                record = record.withSealed(secrets.get().get(table.secretPrefix() + id)
                        .map(secret -> java.util.Base64.getEncoder().encodeToString(keys.get().seal(secret.getBytes(java.nio.charset.StandardCharsets.UTF_8))))
                        .orElse(null));
            }
            imagesOf(table, mine.values()).forEach(blobs::upload); // the bytes before the record that names them
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

    /** A row as it syncs: a post's media as image hashes rather than this device's files. */
    Optional<SyncedTable.LocalRow> find(SyncedTable table, UUID id) {
        Optional<SyncedTable.LocalRow> row = sessions.fromTransaction(session -> session.doReturningWork(connection -> table.find(connection, id)));
        if (table.secretPrefix() != null) {
            row.ifPresent(found -> found.values().put(SECRET_DIGEST,
                    secrets.get().get(table.secretPrefix() + id).map(this::digest).orElse(null)));
        }
        if (table == SyncedTable.POSTS) {
            row.ifPresent(found -> {
                if (found.values().hasNonNull(MEDIA)) {
                    found.values().put(MEDIA, blobs.synced(found.values().get(MEDIA).asText()));
                }
            });
        }
        return row;
    }

    /** Writes a row as it synced: its images fetched into this device's library first, a post's media as their files here. */
    long write(SyncedTable table, UUID id, com.fasterxml.jackson.databind.node.ObjectNode synced) {
        return write(table, id, synced, null);
    }

    /** {@code sealed}: the row's secret as another device sent it, stored here when the values say it is the one to keep. */
    long write(SyncedTable table, UUID id, com.fasterxml.jackson.databind.node.ObjectNode synced, String sealed) {
        if (table.secretPrefix() != null) {
            keepSecret(table.secretPrefix() + id, synced.path(SECRET_DIGEST).asText(null), sealed);
        }
        com.fasterxml.jackson.databind.node.ObjectNode values = synced.deepCopy();
        if (table == SyncedTable.IMAGES && values.hasNonNull(IMAGE_HASH)) {
            blobs.ensureLocal(values.get(IMAGE_HASH).asText());
        }
        if (table == SyncedTable.POSTS && values.hasNonNull(MEDIA)) {
            values.put(MEDIA, blobs.local(values.get(MEDIA).asText()));
        }
        return sessions.fromTransaction(session -> session.doReturningWork(connection -> table.write(connection, id, values, clock.instant(), device)));
    }

    private void keepSecret(String name, String wanted, String sealed) {
        String current = secrets.get().get(name).map(this::digest).orElse(null);
        if (wanted == null) {
            if (current != null) {
                secrets.get().delete(name);
            }
        } else if (!wanted.equals(current) && sealed != null) {
            String plain = new String(keys.get().open(java.util.Base64.getDecoder().decode(sealed)), java.nio.charset.StandardCharsets.UTF_8);
            if (digest(plain).equals(wanted)) {
                secrets.get().put(name, plain);
            }
        }
    }

    /** A secret's digest under the sync key: equal secrets compare equal, and the hub learns nothing from it. */
    private String digest(String secret) {
        try {
            javax.crypto.Mac mac = javax.crypto.Mac.getInstance("HmacSHA256");
            mac.init(new javax.crypto.spec.SecretKeySpec(keys.get().bytes(), "HmacSHA256"));
            return java.util.Base64.getEncoder().encodeToString(mac.doFinal(secret.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        } catch (java.security.GeneralSecurityException e) {
            throw new IllegalStateException("Every Java runtime has HMAC-SHA256", e);
        }
    }

    private List<String> imagesOf(SyncedTable table, com.fasterxml.jackson.databind.node.ObjectNode values) {
        if (table == SyncedTable.IMAGES && values.hasNonNull(IMAGE_HASH)) {
            return List.of(values.get(IMAGE_HASH).asText());
        }
        if (table == SyncedTable.POSTS && values.hasNonNull(MEDIA)) {
            return blobs.hashes(values.get(MEDIA).asText());
        }
        return List.of();
    }
}
