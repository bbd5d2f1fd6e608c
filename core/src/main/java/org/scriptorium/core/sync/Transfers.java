package org.scriptorium.core.sync;

import org.scriptorium.core.Progress;
import org.scriptorium.core.settings.SettingsRepository;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;

/**
 * One sync's transfers (decision 18): pulls in pages from the cursor, each page applied before the cursor moves past
 * it; pushes of what changed here since the last push, each record marked synced only once the hub has taken it.
 */
final class Transfers {
    static final int PAGE = 500;
    /**
     * Local writes this close before the last push are looked at again (a clock corrected by a few seconds loses
     * nothing). A clock set back further is caught by a look at everything: at the first sync of each run, when the
     * clock reads earlier than the last push, and every {@link #FULL_SCAN_EVERY}th sync.
     */
    private static final Duration REWIND = Duration.ofSeconds(10);
    private static final int FULL_SCAN_EVERY = 60;

    private final SettingsRepository settings;
    private final RecordExchange exchange;
    private final SyncLedger ledger;
    private final Clock clock;
    private final UUID device;
    private boolean scannedEverything;
    private int syncsSinceFullScan;
    int pageSize = PAGE;
    /** Told, after each page pulled, which kinds of record arrived. */
    volatile Consumer<Set<String>> received = kinds -> { };
    /** Test seam: runs once the hub has taken a push and before this device records it (a crash there loses the answer). */
    volatile Runnable afterPushTaken = () -> { };

    Transfers(SettingsRepository settings, RecordExchange exchange, SyncLedger ledger, Clock clock, UUID device) {
        this.settings = settings;
        this.exchange = exchange;
        this.ledger = ledger;
        this.clock = clock;
        this.device = device;
    }

    void pull(Hub hub, Progress progress, RecordExchange.Counts counts) {
        long cursor = settings.get(SyncService.CURSOR).map(Long::parseLong).orElse(0L);
        long from = cursor;
        long head = -1; // asked only when there is more than a page: a sync with little to do costs no extra query
        while (true) {
            progress.checkCancelled();
            List<HubRow> page = hub.pull(cursor, pageSize);
            if (page.size() == pageSize && head < 0) {
                head = hub.head();
            }
            Set<String> kinds = new java.util.TreeSet<>();
            for (HubRow row : page) {
                exchange.apply(row, counts);
                cursor = row.seq();
                kinds.add(row.entity());
            }
            if (!kinds.isEmpty()) {
                received.accept(kinds);
            }
            settings.put(SyncService.CURSOR, Long.toString(cursor));
            // This device's own pushes come back too (and are only recorded): received counts the others' changes.
            counts.pulled += (int) page.stream().filter(row -> !row.deviceId().equals(device)).count();
            progress.update(head > from ? Math.min(1, (double) (cursor - from) / (head - from)) : -1,
                    "Received " + String.format(java.util.Locale.ROOT, "%,d", counts.pulled) + " change" + (counts.pulled == 1 ? "" : "s"));
            if (page.size() < pageSize) {
                return;
            }
        }
    }

    int push(Hub hub, Progress progress, RecordExchange.Counts counts) {
        Instant started = clock.instant();
        Instant pushedThrough = settings.get(SyncService.PUSHED_THROUGH).map(Instant::parse).orElse(null);
        boolean lookAtEverything = !scannedEverything || pushedThrough == null || started.isBefore(pushedThrough)
                || ++syncsSinceFullScan >= FULL_SCAN_EVERY;
        Instant since = lookAtEverything ? Instant.EPOCH : pushedThrough.minus(REWIND);
        if (lookAtEverything) {
            syncsSinceFullScan = 0;
        }
        RecordExchange.Outbox outbox = exchange.outgoing(since);
        List<Hub.Outgoing> outgoing = outbox.records();
        List<Long> localRevisions = outbox.localRevisions();
        int rejected = 0;
        for (int from = 0; from < outgoing.size(); from += pageSize) {
            progress.checkCancelled();
            List<Hub.Outgoing> batch = outgoing.subList(from, Math.min(outgoing.size(), from + pageSize));
            Hub.PushResult result = hub.push(device, clock.instant(), batch);
            afterPushTaken.run();
            for (HubRow accepted : result.accepted()) {
                int index = from + indexOf(batch, accepted);
                ledger.put(accepted.entity(), accepted.id(), new SyncLedger.Entry(accepted.hubRevision(), localRevisions.get(index),
                        accepted.entity().equals(RevisionRecord.ENTITY) ? "{}" : accepted.payload()));
            }
            rejected += result.rejected().size();
            counts.pushed += result.accepted().size();
            progress.update(outgoing.isEmpty() ? 1 : (double) Math.min(outgoing.size(), from + pageSize) / outgoing.size(),
                    "Sent " + counts.pushed + " of " + outgoing.size());
        }
        settings.put(SyncService.PUSHED_THROUGH, started.toString());
        scannedEverything = true;
        return rejected;
    }

    private static int indexOf(List<Hub.Outgoing> batch, HubRow accepted) {
        for (int i = 0; i < batch.size(); i++) {
            if (batch.get(i).id().equals(accepted.id()) && batch.get(i).entity().equals(accepted.entity())) {
                return i;
            }
        }
        throw new IllegalStateException("The hub took a record that was not sent: " + accepted.id());
    }
}
