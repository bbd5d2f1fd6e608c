package org.scriptorium.benchmarks;

import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.chart.LineChart;
import javafx.stage.Stage;
import org.scriptorium.app.analytics.AnalyticsView;
import org.scriptorium.app.analytics.AnalyticsViewModel;
import org.scriptorium.app.common.FxTaskRunner;
import org.scriptorium.core.Studio;
import org.scriptorium.core.accounts.Account;
import org.scriptorium.core.accounts.AccountStatus;
import org.scriptorium.core.accounts.Network;
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
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * Opening the Analytics area with 10,000 published posts (from 1,000 drafts started on 100 topics) and 300,000
 * snapshots stored: from the area being built (its data read in the background, the by-draft and by-topic lists too)
 * to the first frame that shows the day-by-day chart with its data, rendered (a snapshot of the window). Checks every
 * post was counted, the engagement total is the one seeded and every draft and topic is listed, then prints.
 *
 * <pre>AnalyticsBenchmark [posts (10000)] [snapshots per post (30)] [runs (20)]</pre>
 */
public final class AnalyticsBenchmark {
    private static final int WARM_UP = 5;

    private AnalyticsBenchmark() {
    }

    public static void main(String[] args) {
        BenchmarkFailed.runMain("Analytics", () -> run(args.length > 0 ? Integer.parseInt(args[0]) : 10_000,
                args.length > 1 ? Integer.parseInt(args[1]) : 30, args.length > 2 ? Integer.parseInt(args[2]) : 20));
    }

    private static void run(int posts, int perPost, int runs) throws Exception {
        Path dataDir = Files.createTempDirectory("scriptorium-analytics-bench");
        Clock clock = Clock.systemUTC();
        Platform.startup(() -> { });
        javafx.application.Application.setUserAgentStylesheet(new atlantafx.base.theme.PrimerLight().getUserAgentStylesheet());
        UUID accountId;
        // Ten posts a draft, and each draft started from one of a hundred topics: what the by-draft and by-topic lists add up.
        List<UUID> draftIds = new java.util.ArrayList<>();
        int topics = Math.max(1, Math.min(100, posts / 100));
        long started = System.nanoTime();
        try (Studio studio = Studio.open(dataDir, clock)) {
            accountId = studio.publishing().accounts().save(new Account(null, Network.MASTODON, "Bench", "@bench", "1",
                    URI.create("https://social.example"), null, List.of(), null, AccountStatus.CONNECTED, null, null)).id();
            List<UUID> topicIds = new java.util.ArrayList<>();
            for (int t = 0; t < topics; t++) {
                topicIds.add(studio.research().topics().create("Topic " + t + " of the harbour", null).id());
            }
            for (int d = 0; d < Math.max(1, posts / 10); d++) {
                UUID draft = studio.drafts().create(new org.scriptorium.core.drafts.NewDraft("Draft " + d, "Notes.",
                        org.scriptorium.core.drafts.DraftStatus.DRAFT, List.of())).id();
                studio.research().topics().linkDraft(topicIds.get(d % topics), draft);
                draftIds.add(draft);
            }
        }
        long engagement;
        try (Database database = Database.openH2(dataDir, Studio.ENTITIES)) {
            engagement = seed(database, accountId, posts, perPost, clock.instant(), draftIds);
        }
        System.err.printf(Locale.ROOT, "stored %,d drafts, %d topics, %,d posts and %,d snapshots in %.1f s%n", draftIds.size(), topics, posts,
                (long) posts * perPost,
                (System.nanoTime() - started) / 1e9);
        try (Studio studio = Studio.open(dataDir, clock); FxTaskRunner tasks = new FxTaskRunner()) {

            double[] millis = new double[runs];
            Scene[] window = new Scene[1];
            onFx(() -> {
                Stage stage = new Stage();
                window[0] = new Scene(new javafx.scene.layout.StackPane(), 1280, 800);
                window[0].getStylesheets().add(AnalyticsBenchmark.class.getResource("/org/scriptorium/resources/css/app.css").toExternalForm());
                stage.setScene(window[0]);
                stage.show();
                return null;
            });
            AnalyticsViewModel[] models = new AnalyticsViewModel[1];
            for (int run = -WARM_UP; run < runs; run++) {
                CompletableFuture<double[]> drawn = new CompletableFuture<>();
                onFx(() -> {
                    long start = System.nanoTime();
                    AnalyticsViewModel model = new AnalyticsViewModel(studio.analytics(), studio.publishing(), studio.scheduling(), tasks, clock);
                    model.setWork(studio.drafts(), studio.research().topics()); // as the window does: by draft and by topic too
                    models[0] = model;
                    model.periodDaysProperty().set(90);
                    model.overviewProperty().addListener((o, was, shown) -> Platform.runLater(() -> {
                        window[0].snapshot(null); // the frame with the chart drawn: laid out, styled, rendered
                        drawn.complete(new double[] {(System.nanoTime() - start) / 1e6, shown.posts(), shown.engagement()});
                    }));
                    window[0].setRoot(new AnalyticsView(model)); // builds the area; its data is read in the background
                    return null;
                });
                double[] result = drawn.get(60, TimeUnit.SECONDS);
                BenchmarkFailed.check(result[1] == posts, "the area counted %.0f posts of %d", result[1], posts);
                BenchmarkFailed.check(result[2] == engagement, "the area showed engagement %.0f; the seeded total is %d", result[2], engagement);
                int points = onFx(() -> ((LineChart<?, ?>) window[0].getRoot().lookup("#analyticsDaily")).getData().getFirst().getData().size());
                BenchmarkFailed.check(points >= 80, "the day-by-day chart drew %d days of 90", points);
                // The by-draft and by-topic lists come after the chart: every draft and topic must be there before the next opening.
                long listsBy = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
                int byTopic = 0;
                int byDraft = 0;
                while (System.nanoTime() < listsBy && (byTopic != topics || byDraft != draftIds.size())) {
                    Thread.sleep(5);
                    byTopic = onFx(() -> models[0].byTopic().size());
                    byDraft = onFx(() -> models[0].byDraft().size());
                }
                BenchmarkFailed.check(byTopic == topics && byDraft == draftIds.size(), "the lists had %d topics of %d and %d drafts of %d",
                        byTopic, topics, byDraft, draftIds.size());
                if (run >= 0) {
                    millis[run] = result[0];
                }
            }
            Arrays.sort(millis);
            System.out.printf(Locale.ROOT, "Analytics with %,d posts and %,d snapshots: first chart drawn and rendered %.0f ms median, "
                    + "%.0f ms p95, %.0f ms worst over %d openings (target < 200 ms)%n", posts, (long) posts * perPost, millis[runs / 2],
                    millis[(int) Math.ceil(runs * 0.95) - 1], millis[runs - 1], runs);
        } finally {
            Platform.exit();
        }
    }

    /**
     * Published posts over the last 89 days, each with {@code perPost} snapshots whose counts grow; straight through JDBC,
     * in batches. Returns the engagement of the latest snapshots, which the area must show.
     */
    private static long seed(Database database, UUID account, int posts, int perPost, Instant now, List<UUID> drafts) {
        SplittableRandom random = new SplittableRandom(11);
        long[] total = {0};
        UUID device = UUID.randomUUID();
        database.sessions().inTransaction(session -> session.doWork(connection -> {
            try (PreparedStatement post = connection.prepareStatement("insert into social_posts (id, account_id, body, status, scheduled_at, "
                    + "planned_zone, idempotency_key, job_created_at, platform_post_id, url, created_at, updated_at, revision, device_id, draft_id) "
                    + "values (?, ?, ?, 'PUBLISHED', ?, 'Europe/Berlin', ?, ?, ?, ?, ?, ?, 0, ?, ?)");
                 PreparedStatement snapshot = connection.prepareStatement("insert into post_metrics (id, post_id, account_id, taken_at, state, "
                         + "reactions, comments, shares, quotes, created_at, updated_at, revision, device_id) "
                         + "values (?, ?, ?, ?, 'MEASURED', ?, ?, ?, NULL, ?, ?, 0, ?)")) {
                for (int i = 0; i < posts; i++) {
                    UUID id = Ids.newId();
                    Instant out = now.minus(Duration.ofMinutes(random.nextLong(60, 89L * 24 * 60)));
                    post.setObject(1, id);
                    post.setObject(2, account);
                    post.setString(3, "Post number " + i + " about the harbour");
                    post.setTimestamp(4, Timestamp.from(out));
                    post.setString(5, UUID.randomUUID().toString());
                    post.setTimestamp(6, Timestamp.from(out));
                    post.setString(7, String.valueOf(i));
                    post.setString(8, "https://social.example/@bench/" + i);
                    post.setTimestamp(9, Timestamp.from(out));
                    post.setTimestamp(10, Timestamp.from(out));
                    post.setObject(11, device);
                    post.setObject(12, drafts.get(i % drafts.size()));
                    post.addBatch();
                    long reactions = 0;
                    long comments = 0;
                    long shares = 0;
                    for (int k = 1; k <= perPost; k++) {
                        reactions += random.nextInt(5);
                        comments += random.nextInt(2);
                        shares += random.nextInt(2);
                        Instant taken = out.plus(Duration.ofMinutes(30L * k));
                        snapshot.setObject(1, Ids.newId());
                        snapshot.setObject(2, id);
                        snapshot.setObject(3, account);
                        snapshot.setTimestamp(4, Timestamp.from(taken));
                        snapshot.setLong(5, reactions);
                        snapshot.setLong(6, comments);
                        snapshot.setLong(7, shares);
                        snapshot.setTimestamp(8, Timestamp.from(taken));
                        snapshot.setTimestamp(9, Timestamp.from(taken));
                        snapshot.setObject(10, device);
                        snapshot.addBatch();
                    }
                    total[0] += reactions + comments + shares;
                    if (i % 200 == 199) {
                        post.executeBatch();
                        snapshot.executeBatch();
                    }
                }
                post.executeBatch();
                snapshot.executeBatch();
            }
        }));
        return total[0];
    }

    private static <T> T onFx(Callable<T> work) throws Exception {
        CompletableFuture<T> result = new CompletableFuture<>();
        Platform.runLater(() -> {
            try {
                result.complete(work.call());
            } catch (Throwable e) {
                result.completeExceptionally(e);
            }
        });
        return result.get(60, TimeUnit.SECONDS);
    }
}
