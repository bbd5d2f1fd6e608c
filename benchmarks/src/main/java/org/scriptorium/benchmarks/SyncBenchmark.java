package org.scriptorium.benchmarks;

import org.postgresql.ds.PGSimpleDataSource;
import org.scriptorium.core.Progress;
import org.scriptorium.core.Studio;
import org.scriptorium.core.drafts.DraftDocument;
import org.scriptorium.core.drafts.DraftFilter;
import org.scriptorium.core.drafts.RevisionReason;
import org.scriptorium.core.sync.SyncService;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * Sync through a real PostgreSQL, timed on the product's own path ({@code SyncService.syncNow}):
 * {@code SyncBenchmark JDBC_URL USER [DRAFTS]}. A device with DRAFTS drafts, each with a saved revision, uploads them;
 * a second, empty device downloads everything (checked: every draft and revision arrived); a sync with nothing to do
 * is timed with 1,000 drafts and with DRAFTS; then one draft edited on the first device must reach the second, which
 * hears the push (LISTEN/NOTIFY) and syncs, timed from the edit's sync to the text on the second device.
 */
public final class SyncBenchmark {
    private static final String PASSPHRASE = "benchmark passphrase";

    private SyncBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length < 2) {
            System.err.println("usage: SyncBenchmark JDBC_URL USER [DRAFTS [NO_OP_DRAFTS]]");
            System.exit(2);
        }
        String url = args[0];
        String user = args[1];
        int drafts = args.length > 2 ? Integer.parseInt(args[2]) : 10_000;
        // A draft and its revision are two hub rows: 50,000 drafts make the 100,000 rows a no-op sync is measured at.
        int noOpDrafts = args.length > 3 ? Integer.parseInt(args[3]) : 50_000;
        Path work = Files.createTempDirectory("scriptorium-sync-bench");
        try {
            double small = noOpSync(url, user, work.resolve("small"), 500, false);
            double transfers = noOpSync(url, user, work.resolve("transfers"), drafts, true);
            double large = noOpSync(url, user, work.resolve("large"), noOpDrafts, false);
            System.out.printf(Locale.ROOT, "Sync with nothing to do (median of 9): %.1f ms with 1,000 hub rows, %.1f ms with %,d, %.1f ms with %,d%n",
                    small, transfers, drafts * 2, large, noOpDrafts * 2);
        } finally {
            SeedDrafts.deleteRecursively(work);
        }
    }

    /** Seeds, uploads, downloads, then times syncs with nothing to do; with {@code full}, prints the transfers and the propagation. */
    private static double noOpSync(String url, String user, Path folder, int count, boolean full) throws Exception {
        String schema = "scriptorium_bench_" + UUID.randomUUID().toString().replace("-", "");
        execute(url, user, "CREATE SCHEMA " + schema);
        String address = url.replaceFirst("^jdbc:", "") + (url.contains("?") ? "&" : "?") + "currentSchema=" + schema;
        try (Studio first = Studio.open(folder.resolve("first")); Studio second = Studio.open(folder.resolve("second"))) {
            long seeding = System.nanoTime();
            SampleDrafts samples = new SampleDrafts(7);
            List<UUID> ids = new ArrayList<>(count);
            for (int i = 0; i < count; i++) {
                DraftDocument draft = first.drafts().create(samples.next());
                first.drafts().snapshot(draft.id(), RevisionReason.SAVED);
                ids.add(draft.id());
            }
            double seeded = seconds(seeding);

            first.sync().setup(address, false, user, "", PASSPHRASE.toCharArray(), "first");
            long uploading = System.nanoTime();
            SyncService.Report up = first.sync().syncNow(Progress.NONE);
            double uploaded = seconds(uploading);
            BenchmarkFailed.check(up.pushed() == 2 * count, "upload sent %d records, expected %d", up.pushed(), 2 * count);

            second.sync().setup(address, false, user, "", PASSPHRASE.toCharArray(), "second");
            long downloading = System.nanoTime();
            SyncService.Report down = second.sync().syncNow(Progress.NONE);
            double downloaded = seconds(downloading);
            BenchmarkFailed.check(second.drafts().list(DraftFilter.ALL).size() == count, "the second device has %d drafts, expected %d",
                    second.drafts().list(DraftFilter.ALL).size(), count);
            BenchmarkFailed.check(!second.drafts().revisions(ids.getLast()).isEmpty(), "the last draft's revision did not arrive");

            List<Double> noOps = new ArrayList<>();
            second.sync().syncNow(Progress.NONE);
            for (int i = 0; i < 9; i++) {
                long started = System.nanoTime();
                SyncService.Report nothing = second.sync().syncNow(Progress.NONE);
                noOps.add((System.nanoTime() - started) / 1e6);
                BenchmarkFailed.check(nothing.pulled() == 0 && nothing.pushed() == 0, "a sync with nothing to do moved %d records",
                        nothing.pulled() + nothing.pushed());
            }
            noOps.sort(null);

            if (full) {
                System.out.printf(Locale.ROOT, "Seeded %,d drafts with a revision each in %.1f s%n", count, seeded);
                System.out.printf(Locale.ROOT, "First sync, uploading %,d drafts and %,d revisions: %.1f s%n", count, count, uploaded);
                System.out.printf(Locale.ROOT, "First sync of an empty second device, downloading them (%,d records): %.1f s%n", down.pulled(), downloaded);
                System.out.printf(Locale.ROOT, "One draft edited on the first device, on the second (heard, synced, checked): %.0f ms%n",
                        propagation(first, second, ids.get(count / 2)));
            }
            return noOps.get(noOps.size() / 2);
        } finally {
            execute(url, user, "DROP SCHEMA " + schema + " CASCADE");
        }
    }

    /** From the start of the first device's sync of an edit to the edit being in the second device's draft. */
    private static double propagation(Studio first, Studio second, UUID id) throws Exception {
        String text = first.drafts().get(id).body() + "\nEdited for the propagation benchmark.\n";
        CountDownLatch arrived = new CountDownLatch(1);
        try (AutoCloseable listening = second.sync().listen(() -> {
            second.sync().syncNow(Progress.NONE);
            if (second.drafts().get(id).body().equals(text)) {
                arrived.countDown();
            }
        })) {
            Thread.sleep(1_500); // the listener connects
            first.drafts().saveBody(id, text);
            long started = System.nanoTime();
            first.sync().syncNow(Progress.NONE);
            BenchmarkFailed.check(arrived.await(30, TimeUnit.SECONDS), "the edit did not reach the second device in 30 s");
            return (System.nanoTime() - started) / 1e6;
        }
    }

    private static double seconds(long started) {
        return (System.nanoTime() - started) / 1e9;
    }

    private static void execute(String url, String user, String sql) throws SQLException {
        PGSimpleDataSource admin = new PGSimpleDataSource();
        admin.setURL(url);
        admin.setUser(user);
        try (Connection connection = admin.getConnection(); Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }
}
