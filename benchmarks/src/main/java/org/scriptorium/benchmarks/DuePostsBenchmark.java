package org.scriptorium.benchmarks;

import org.scriptorium.core.Studio;
import org.scriptorium.core.accounts.Account;
import org.scriptorium.core.accounts.AccountSecrets;
import org.scriptorium.core.accounts.AccountStatus;
import org.scriptorium.core.accounts.AccountStore;
import org.scriptorium.core.accounts.Network;
import org.scriptorium.core.scheduling.PublishEngine;
import org.scriptorium.core.scheduling.SocialPosts;
import org.scriptorium.core.secrets.EncryptedFileSecretStore;
import org.scriptorium.core.store.Database;
import org.scriptorium.core.store.Ids;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * How long a scheduler round takes to find what is due with 100,000 posts stored (a year of posts already out, a
 * year planned ahead, some cancelled), when nothing is due: the question every round asks. Prints one line, and
 * only if the work was right: every post stored, no measured round sending anything, and a post made due afterwards
 * found by the next round among all the others.
 *
 * <pre>DuePostsBenchmark [posts (100000)] [rounds (300)]</pre>
 */
public final class DuePostsBenchmark {
    private DuePostsBenchmark() {
    }

    public static void main(String[] args) {
        BenchmarkFailed.runMain("Due posts", () -> run(args.length > 0 ? Integer.parseInt(args[0]) : 100_000,
                args.length > 1 ? Integer.parseInt(args[1]) : 300));
    }

    private static void run(int count, int rounds) throws Exception {
        Path dir = Files.createTempDirectory("scriptorium-due-bench");
        Clock clock = Clock.systemUTC();
        try (Database database = Database.openH2(dir, Studio.ENTITIES)) {
            UUID device = UUID.randomUUID();
            AccountStore accounts = new AccountStore(database.sessions(), clock, device,
                    new AccountSecrets(() -> new EncryptedFileSecretStore(dir.resolve("secrets"))));
            Account account = accounts.save(new Account(null, Network.MASTODON, "Bench", "@bench", "1", URI.create("https://social.example"),
                    null, List.of(), null, AccountStatus.CONNECTED, null, null));
            long started = System.nanoTime();
            insert(database, account.id(), count, clock.instant(), device);
            System.err.printf(Locale.ROOT, "stored %,d posts in %.1f s%n", count, (System.nanoTime() - started) / 1e9);
            long stored = countPosts(database, null);
            BenchmarkFailed.check(stored == count, "%,d posts written, %,d stored", count, stored);
            BenchmarkFailed.check(countPosts(database, "SCHEDULED") > 0, "no post is planned ahead");
            // A round asks for a publisher only for a post it found due: counting the asks counts what was found.
            AtomicInteger found = new AtomicInteger();
            PublishEngine engine = new PublishEngine(new SocialPosts(database.sessions(), clock, device), clock, accounts, a -> {
                found.incrementAndGet();
                throw new IllegalStateException("this benchmark sends nothing");
            }, PublishEngine.Policy.DEFAULT, PublishEngine.CrashPoints.NONE);
            for (int i = 0; i < 50; i++) {
                engine.tick(); // warm-up: JIT and the store's caches
            }
            double[] millis = new double[rounds];
            for (int i = 0; i < rounds; i++) {
                long t = System.nanoTime();
                PublishEngine.TickReport report = engine.tick();
                millis[i] = (System.nanoTime() - t) / 1e6;
                BenchmarkFailed.check(report.equals(NOTHING), "a round with nothing due reported %s", report.describe());
            }
            BenchmarkFailed.check(found.get() == 0, "rounds found %d posts due; none was", found.get());
            UUID due = insertDue(database, account.id(), clock.instant().minus(Duration.ofMinutes(1)), device);
            engine.tick();
            BenchmarkFailed.check(found.get() == 1, "a post due a minute ago (%s) was found %d times by the next round", due, found.get());
            Arrays.sort(millis);
            System.out.printf(Locale.ROOT, "Due posts with %,d stored: a scheduler round takes %.2f ms median, %.2f ms p95, %.2f ms worst "
                    + "over %d rounds (target < 10 ms)%n", count, millis[rounds / 2], millis[(int) (rounds * 0.95)], millis[rounds - 1], rounds);
        }
    }

    private static final PublishEngine.TickReport NOTHING = new PublishEngine.TickReport(0, 0, 0, 0, 0);

    private static long countPosts(Database database, String status) {
        return database.sessions().fromTransaction(session -> session.createNativeQuery(
                        "select count(*) from social_posts" + (status == null ? "" : " where status = '" + status + "'"), Long.class)
                .getSingleResult());
    }

    /** One post planned for a minute ago and not yet sent: the next round must find it among all the others. */
    private static UUID insertDue(Database database, UUID account, Instant at, UUID device) {
        UUID id = Ids.newId();
        database.sessions().inTransaction(session -> session.doWork(connection -> {
            try (PreparedStatement insert = connection.prepareStatement("insert into social_posts (id, account_id, body, status, scheduled_at, "
                    + "planned_zone, next_attempt_at, idempotency_key, job_created_at, created_at, updated_at, revision, device_id) "
                    + "values (?, ?, 'The post that is due', 'SCHEDULED', ?, 'Europe/Berlin', ?, ?, ?, ?, ?, 0, ?)")) {
                insert.setObject(1, id);
                insert.setObject(2, account);
                insert.setTimestamp(3, Timestamp.from(at));
                insert.setTimestamp(4, Timestamp.from(at));
                insert.setString(5, UUID.randomUUID().toString());
                insert.setTimestamp(6, Timestamp.from(at));
                insert.setTimestamp(7, Timestamp.from(at));
                insert.setTimestamp(8, Timestamp.from(at));
                insert.setObject(9, device);
                insert.executeUpdate();
            }
        }));
        return id;
    }

    /** Past posts published, future ones scheduled, a few cancelled: written in batches, straight through JDBC. */
    private static void insert(Database database, UUID account, int count, Instant now, UUID device) {
        SplittableRandom random = new SplittableRandom(7);
        database.sessions().inTransaction(session -> session.doWork(connection -> {
            try (PreparedStatement insert = connection.prepareStatement("insert into social_posts (id, account_id, body, status, scheduled_at, "
                    + "planned_zone, next_attempt_at, idempotency_key, job_created_at, created_at, updated_at, revision, device_id) "
                    + "values (?, ?, ?, ?, ?, 'Europe/Berlin', ?, ?, ?, ?, ?, 0, ?)")) {
                for (int i = 0; i < count; i++) {
                    Instant at = now.plus(Duration.ofMinutes(random.nextLong(-525_600, 525_600)));
                    boolean past = at.isBefore(now);
                    String status = random.nextInt(50) == 0 ? "CANCELLED" : past ? "PUBLISHED" : "SCHEDULED";
                    Timestamp when = Timestamp.from(at);
                    insert.setObject(1, Ids.newId());
                    insert.setObject(2, account);
                    insert.setString(3, "Post number " + i + " about the grid upgrade");
                    insert.setString(4, status);
                    insert.setTimestamp(5, when);
                    insert.setTimestamp(6, status.equals("SCHEDULED") ? when : null);
                    insert.setString(7, UUID.randomUUID().toString());
                    insert.setTimestamp(8, Timestamp.from(now));
                    insert.setTimestamp(9, Timestamp.from(now));
                    insert.setTimestamp(10, Timestamp.from(now));
                    insert.setObject(11, device);
                    insert.addBatch();
                    if (i % 5_000 == 4_999) {
                        insert.executeBatch();
                    }
                }
                insert.executeBatch();
            }
        }));
    }
}
