package org.scriptorium.core.sync;

import org.scriptorium.core.accounts.AccountSyncPort;
import org.scriptorium.core.drafts.DraftSyncPort;
import org.scriptorium.core.drafts.SyncedRevision;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * How each kind of record crosses between this device and the hub (decision 18): applied from a pulled change
 * (merged when it changed here too), and offered to a push when it changed here since it was last synced.
 */
final class RecordExchange {
    private static final Logger LOG = LoggerFactory.getLogger(RecordExchange.class);

    private final DraftSyncPort drafts;
    private final AccountSyncPort accounts;
    private final SyncLedger ledger;
    private final Clock clock;
    private final UUID device;
    private final Supplier<SyncKey> keys;
    private final Supplier<HybridClock> clocks;
    private final Function<UUID, String> deviceLabels;
    private final RowExchange rows;
    private final SettingsExchange settings;

    RecordExchange(DraftSyncPort drafts, AccountSyncPort accounts, SyncLedger ledger, Clock clock, UUID device, Supplier<SyncKey> keys,
                   Supplier<HybridClock> clocks, Function<UUID, String> deviceLabels, RowExchange rows, SettingsExchange settings) {
        this.rows = rows;
        this.settings = settings;
        this.drafts = drafts;
        this.accounts = accounts;
        this.ledger = ledger;
        this.clock = clock;
        this.device = device;
        this.keys = keys;
        this.clocks = clocks;
        this.deviceLabels = deviceLabels;
    }

    static final class Counts {
        int pulled;
        int pushed;
        int conflicts;
        int restored;
    }

    void apply(HubRow row, Counts counts) {
        switch (row.entity()) {
            case DraftRecord.ENTITY -> applyDraft(row, counts);
            case AccountSyncRecord.ENTITY -> applyAccount(row);
            case SettingsExchange.ENTITY -> settings.apply(row);
            case RevisionRecord.ENTITY -> {
                SyncedRevision revision = RevisionRecord.parse(row.payload());
                drafts.addRevision(revision);
                ledger.put(row.entity(), row.id(), new SyncLedger.Entry(row.hubRevision(), 0, "{}"));
            }
            default -> RowExchange.table(row.entity()).ifPresentOrElse(table -> rows.apply(table, row, counts),
                    () -> LOG.warn("A change of kind {} from a newer version of Scriptorium is left alone", row.entity()));
        }
    }

    /** An account goes whole to the later change; its secrets arrive sealed and go to this device's keychain. */
    private void applyAccount(HubRow row) {
        AccountSyncRecord theirs = AccountSyncRecord.parse(row.payload(), key());
        clock().observe(theirs.stamp());
        Optional<AccountSyncPort.LocalAccount> local = accounts.find(row.id());
        Optional<SyncLedger.Entry> synced = ledger.get(row.entity(), row.id());
        if (local.isEmpty()) {
            // Deleted ones too: posts synced later may name them.
            long revision = accounts.apply(theirs.account(), theirs.deletedAt(), theirs.secrets()).revision();
            ledger.put(row.entity(), row.id(), new SyncLedger.Entry(row.hubRevision(), revision, row.payload()));
            return;
        }
        AccountSyncPort.LocalAccount mine = local.get();
        String baseStamp = synced.map(entry -> AccountSyncRecord.parse(entry.basePayload(), key()).stamp()).orElse(null);
        AccountSyncRecord mineRecord = new AccountSyncRecord(mine.account(), mine.deletedAt(), mine.secrets(),
                DraftMerge.localStamp(baseStamp, mine.updatedAt(), device));
        boolean unchangedHere = synced.isPresent() && synced.get().localRevision() == mine.revision();
        if (mineRecord.sameAs(theirs)) {
            ledger.put(row.entity(), row.id(), new SyncLedger.Entry(row.hubRevision(), mine.revision(), row.payload()));
        } else if (unchangedHere || theirs.stamp().compareTo(mineRecord.stamp()) > 0) {
            AccountSyncPort.LocalAccount stored = accounts.apply(theirs.account(), theirs.deletedAt(), theirs.secrets());
            ledger.put(row.entity(), row.id(), new SyncLedger.Entry(row.hubRevision(), stored.revision(), row.payload()));
        } else {
            ledger.put(row.entity(), row.id(), new SyncLedger.Entry(row.hubRevision(), -1, row.payload()));
        }
    }

    private void applyDraft(HubRow row, Counts counts) {
        DraftRecord theirs = DraftRecord.parse(row.payload());
        theirs.clocks().values().forEach(clock()::observe);
        Optional<DraftSyncPort.LocalDraft> local = drafts.find(row.id());
        Optional<SyncLedger.Entry> synced = ledger.get(row.entity(), row.id());
        if (local.isEmpty()) {
            // Deleted ones too, as tombstones: posts synced later may name them.
            long revision = drafts.apply(theirs.draft()).revision();
            ledger.put(row.entity(), row.id(), new SyncLedger.Entry(row.hubRevision(), revision, row.payload()));
            return;
        }
        DraftSyncPort.LocalDraft mine = local.get();
        if (mine.state().equals(theirs.draft())) {
            ledger.put(row.entity(), row.id(), new SyncLedger.Entry(row.hubRevision(), mine.revision(), row.payload()));
            return;
        }
        boolean unchangedHere = synced.isPresent() && synced.get().localRevision() == mine.revision();
        if (unchangedHere) {
            DraftSyncPort.LocalDraft stored = drafts.apply(theirs.draft());
            ledger.put(row.entity(), row.id(), new SyncLedger.Entry(row.hubRevision(), stored.revision(), row.payload()));
            return;
        }
        // Changed on both sides since they last agreed.
        DraftRecord base = synced.map(entry -> DraftRecord.parse(entry.basePayload()))
                .orElse(row.deviceId().equals(device) ? theirs : null);
        DraftRecord mineRecord = DraftMerge.record(mine.state(), mine.updatedAt(), base, device);
        DraftMerge.Result merged = DraftMerge.merge(base, mineRecord, theirs);
        long keepDirty = -1; // what was merged here differs from the hub: the next push sends it, based on theirs
        if (merged.merged().equals(theirs.draft())) {
            DraftSyncPort.LocalDraft stored = drafts.apply(theirs.draft());
            keepDirty = stored.revision();
        } else {
            drafts.apply(merged.merged());
        }
        ledger.put(row.entity(), row.id(), new SyncLedger.Entry(row.hubRevision(), keepDirty, row.payload()));
        String other = deviceLabel(row.deviceId());
        if (merged.copy() != null) {
            String when = java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm", java.util.Locale.ROOT)
                    .withZone(clock.getZone()).format(row.changedAt());
            String title = truncate(merged.copy().title() + " (conflict from " + other + ", " + when + ")");
            UUID copy = drafts.copy(merged.copy(), title);
            ledger.addConflict(new SyncLedger.Conflict(org.scriptorium.core.store.Ids.newId(), row.id(), copy, other, "TEXT", clock.instant()));
            counts.conflicts++;
            LOG.info("Draft {} was edited here and on {}: their text is kept as the copy {}", row.id(), other, copy);
        }
        if (merged.restored()) {
            ledger.addConflict(new SyncLedger.Conflict(org.scriptorium.core.store.Ids.newId(), row.id(), null, other, "RESTORED", clock.instant()));
            counts.restored++;
            LOG.info("Draft {} was deleted on one device and edited on another: it is back", row.id());
        }
    }

    private static String truncate(String title) {
        return title.length() <= 500 ? title : title.substring(0, 500);
    }

    /** What a push offers: the records, and for each the local revision it was made from (0 for revisions). */
    record Outbox(List<Hub.Outgoing> records, List<Long> localRevisions) {
    }

    /** Every record changed here at or after {@code since} and not synced as it is: drafts, accounts, then revisions. */
    Outbox outgoing(Instant since) {
        List<Hub.Outgoing> outgoing = new ArrayList<>();
        List<Long> localRevisions = new ArrayList<>();
        for (UUID id : ledger.dirtyDrafts(since)) {
            DraftSyncPort.LocalDraft mine = drafts.find(id).orElse(null);
            if (mine == null) {
                continue;
            }
            Optional<SyncLedger.Entry> synced = ledger.get(DraftRecord.ENTITY, id);
            if (synced.isPresent() && synced.get().localRevision() == mine.revision()) {
                continue;
            }
            DraftRecord base = synced.map(entry -> DraftRecord.parse(entry.basePayload())).orElse(null);
            DraftRecord record = DraftMerge.record(mine.state(), mine.updatedAt(), base, device);
            outgoing.add(new Hub.Outgoing(DraftRecord.ENTITY, id, synced.map(SyncLedger.Entry::hubRevision).orElse(0L), record.json()));
            localRevisions.add(mine.revision());
        }
        for (UUID id : ledger.dirtyAccounts(since)) {
            AccountSyncPort.LocalAccount mine = accounts.find(id).orElse(null);
            if (mine == null) {
                continue;
            }
            Optional<SyncLedger.Entry> synced = ledger.get(AccountSyncRecord.ENTITY, id);
            String baseStamp = synced.map(entry -> AccountSyncRecord.parse(entry.basePayload(), key()).stamp()).orElse(null);
            AccountSyncRecord record = new AccountSyncRecord(mine.account(), mine.deletedAt(), mine.secrets(),
                    DraftMerge.localStamp(baseStamp, mine.updatedAt(), device));
            outgoing.add(new Hub.Outgoing(AccountSyncRecord.ENTITY, id, synced.map(SyncLedger.Entry::hubRevision).orElse(0L), record.json(key())));
            localRevisions.add(mine.revision());
        }
        Outbox outbox = new Outbox(outgoing, localRevisions);
        RowExchange.TABLES.forEach(table -> rows.outgoing(table, since, outbox));
        settings.outgoing(outbox);
        // Revisions after drafts: a device applying them in order always has the draft first.
        for (UUID id : ledger.unsentRevisions(since)) {
            drafts.revision(id).ifPresent(revision -> {
                outgoing.add(new Hub.Outgoing(RevisionRecord.ENTITY, revision.id(), 0, RevisionRecord.json(revision)));
                localRevisions.add(0L);
            });
        }
        return outbox;
    }

    private SyncKey key() {
        return keys.get();
    }

    private HybridClock clock() {
        return clocks.get();
    }

    private String deviceLabel(UUID other) {
        return deviceLabels.apply(other);
    }
}
