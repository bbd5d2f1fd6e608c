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

/**
 * How long a scheduler round takes to find what is due with 100,000 posts stored (a year of posts already out, a
 * year planned ahead, some cancelled), when nothing is due: the question every round asks. Prints one line.
 *
 * <pre>DuePostsBenchmark [posts (100000)] [rounds (300)]</pre>
 */
public final class DuePostsBenchmark {
    private DuePostsBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int count = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 300;
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
            PublishEngine engine = new PublishEngine(new SocialPosts(database.sessions(), clock, device), clock, accounts, a -> {
                throw new IllegalStateException("nothing is due in this benchmark");
            }, PublishEngine.Policy.DEFAULT, PublishEngine.CrashPoints.NONE);
            for (int i = 0; i < 50; i++) {
                engine.tick(); // warm-up: JIT and the store's caches
            }
            double[] millis = new double[rounds];
            for (int i = 0; i < rounds; i++) {
                long t = System.nanoTime();
                engine.tick();
                millis[i] = (System.nanoTime() - t) / 1e6;
            }
            Arrays.sort(millis);
            System.out.printf(Locale.ROOT, "Due posts with %,d stored: a scheduler round takes %.2f ms median, %.2f ms p95, %.2f ms worst "
                    + "over %d rounds (target < 10 ms)%n", count, millis[rounds / 2], millis[(int) (rounds * 0.95)], millis[rounds - 1], rounds);
        }
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
