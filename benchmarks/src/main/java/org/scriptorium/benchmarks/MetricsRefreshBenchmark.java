package org.scriptorium.benchmarks;

import org.scriptorium.core.Studio;
import org.scriptorium.core.TestStudios;
import org.scriptorium.core.accounts.Account;
import org.scriptorium.core.analytics.Analytics;
import org.scriptorium.publishers.bluesky.FakePds;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;

/**
 * Reading the numbers of 1,000 published Bluesky posts, through the real client against a loopback server that speaks
 * {@code app.bsky.feed.getPosts}: the posts are published through the studio first (a second apart), then the
 * recurring job's round an hour later measures them all. Counts the calls the server saw and checks every post was
 * measured with the numbers it holds, then prints.
 *
 * <pre>MetricsRefreshBenchmark [posts (1000)]</pre>
 */
public final class MetricsRefreshBenchmark {
    private MetricsRefreshBenchmark() {
    }

    public static void main(String[] args) {
        BenchmarkFailed.runMain("Metrics refresh", () -> run(args.length > 0 ? Integer.parseInt(args[0]) : 1_000));
    }

    private static void run(int posts) throws Exception {
        Path dataDir = Files.createTempDirectory("scriptorium-metrics-bench");
        var clock = new TestStudios.ManualClock(Instant.parse("2027-03-01T09:00:00Z"));
        try (FakePds pds = new FakePds(); Studio studio = Studio.open(dataDir, clock)) {
            Account account = pds.connect(studio.publishing());
            long seeding = System.nanoTime();
            for (int i = 0; i < posts; i++) {
                clock.advance(Duration.ofSeconds(1)); // one record key a second, as real posting gives
                var post = studio.scheduling().publishNow(account, "Post " + i + " from the harbour log", List.of());
                String uri = studio.scheduling().posts().get(post.id()).platformPostId();
                BenchmarkFailed.check(uri != null, "post %d was not published", i);
                pds.counts.put(uri.substring(uri.lastIndexOf('/') + 1), new long[] {i % 50, i % 7, i % 3, 0});
            }
            System.err.printf(Locale.ROOT, "published %,d posts in %.1f s%n", posts, (System.nanoTime() - seeding) / 1e9);
            clock.advance(Duration.ofHours(1));

            long started = System.nanoTime();
            Analytics.Refresh round = studio.analytics().refreshDue(() -> false);
            double seconds = (System.nanoTime() - started) / 1e9;

            BenchmarkFailed.check(round.measured() == posts, "measured %d of %d posts (%s)", round.measured(), posts, round.problems());
            long reactions = studio.analytics().results(Instant.EPOCH, clock.instant(), null).stream()
                    .mapToLong(r -> r.latest().counts().reactions()).sum();
            long expected = 0;
            for (int i = 0; i < posts; i++) {
                expected += i % 50;
            }
            BenchmarkFailed.check(reactions == expected, "the snapshots hold %d reactions, the server %d", reactions, expected);
            int calls = pds.getPostsCalls.size();
            System.out.printf(Locale.ROOT, "Metrics refresh: %,d Bluesky posts measured in %d getPosts calls (%d posts a call at most), %.2f s%n",
                    posts, calls, pds.getPostsCalls.stream().mapToInt(List::size).max().orElse(0), seconds);
        }
    }
}
