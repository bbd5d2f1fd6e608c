package org.scriptorium.benchmarks;

import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Hyperlink;
import javafx.scene.image.WritableImage;
import javafx.stage.Stage;
import org.scriptorium.app.common.FxTaskRunner;
import org.scriptorium.app.posts.CalendarMode;
import org.scriptorium.app.posts.CalendarPane;
import org.scriptorium.app.posts.CalendarViewModel;
import org.scriptorium.app.posts.PostsViewModel;
import org.scriptorium.core.Studio;
import org.scriptorium.core.scheduling.PostStatus;
import org.scriptorium.core.scheduling.ScheduledPost;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * The calendar's month view with 5,000 posts in the month, in a real 1280x800 window: the time from the posts being
 * handed to the view model (the data loaded) to the month drawn, styled, laid out and rendered (a snapshot of the
 * scene, which runs CSS, layout and the renderer on the FX thread). Each run swaps between two different sets of
 * 5,000 so every run draws a changed month. The same for the week view, for comparison. Needs a display (bench/run
 * uses Xvfb). Prints one line per view, once every run has been checked to draw what it was given: each post of the
 * days shown is a chip or counted in a "+N more", and the snapshot has the window's size.
 *
 * <pre>CalendarMonthBenchmark [posts (5000)] [runs (30)] [--snapshot FILE]</pre>
 */
public final class CalendarMonthBenchmark {
    private static final YearMonth MONTH = YearMonth.of(2027, 3); // with a daylight-saving change in it
    private static final ZoneId ZONE = ZoneId.of("Europe/Berlin");
    private static final String[] ACCOUNTS = {"Bluesky · Ana Lima", "LinkedIn · Ana Lima", "Mastodon · Ana", "Facebook · Grid Weekly"};
    /** The accounts behind those names: each chip draws its network's mark (and the account's picture in a day). */
    private static final List<org.scriptorium.core.accounts.Account> OWNERS = java.util.stream.IntStream.range(0, ACCOUNTS.length)
            .mapToObj(i -> new org.scriptorium.core.accounts.Account(new UUID(7, i),
                    org.scriptorium.core.accounts.Network.valueOf(ACCOUNTS[i].substring(0, ACCOUNTS[i].indexOf(' ')).toUpperCase(java.util.Locale.ROOT)),
                    ACCOUNTS[i].substring(ACCOUNTS[i].indexOf('·') + 2), "@ana", "ext-" + i, null, null, List.of(), null,
                    org.scriptorium.core.accounts.AccountStatus.CONNECTED, null, null)).toList();
    private static final int WARM_UP = 10;

    private CalendarMonthBenchmark() {
    }

    public static void main(String[] args) {
        BenchmarkFailed.runMain("Calendar", () -> run(args));
    }

    private static void run(String[] args) throws Exception {
        List<String> plain = new ArrayList<>(List.of(args));
        Path snapshot = null;
        int flag = plain.indexOf("--snapshot");
        if (flag >= 0) {
            snapshot = Path.of(plain.get(flag + 1));
            plain.subList(flag, flag + 2).clear();
        }
        int count = plain.isEmpty() ? 5_000 : Integer.parseInt(plain.get(0));
        int runs = plain.size() > 1 ? Integer.parseInt(plain.get(1)) : 30;
        Platform.startup(() -> { });
        // The window's own styles: the theme and the app's stylesheet, as the Posts area is drawn with them.
        javafx.application.Application.setUserAgentStylesheet(new atlantafx.base.theme.PrimerLight().getUserAgentStylesheet());
        Path dataDir = Files.createTempDirectory("scriptorium-calendar-bench");
        try (Studio studio = Studio.open(dataDir); FxTaskRunner tasks = new FxTaskRunner()) {
            List<List<PostsViewModel.Row>> sets = List.of(rows(count, 7), rows(count, 11));
            PostsViewModel posts = new PostsViewModel(studio.scheduling(), studio.publishing(), tasks, Clock.systemUTC(), org.scriptorium.app.common.Confirmations.ALWAYS);
            Scene[] window = new Scene[1];
            CalendarViewModel calendar = onFx(() -> {
                CalendarViewModel model = new CalendarViewModel(posts, studio.drafts(), tasks, Clock.systemUTC(), id -> { });
                model.showIn(ZONE.getId());
                model.focusProperty().set(MONTH.atDay(15));
                Stage stage = new Stage();
                window[0] = new Scene(new CalendarPane(model), 1280, 800);
                window[0].getStylesheets().add(CalendarMonthBenchmark.class.getResource("/org/scriptorium/resources/css/app.css").toExternalForm());
                stage.setScene(window[0]);
                stage.show();
                return model;
            });
            Thread.sleep(1000); // the window settles
            for (CalendarMode mode : List.of(CalendarMode.MONTH, CalendarMode.WEEK)) {
                onFx(() -> {
                    calendar.modeProperty().set(mode);
                    return null;
                });
                double[] millis = new double[runs];
                for (int run = -WARM_UP; run < runs; run++) {
                    List<PostsViewModel.Row> next = sets.get(Math.floorMod(run, 2));
                    WritableImage[] frame = new WritableImage[1];
                    double taken = onFx(() -> {
                        long start = System.nanoTime();
                        posts.posts().setAll(next); // the data loaded: the view draws from here
                        frame[0] = window[0].snapshot(null);
                        return (System.nanoTime() - start) / 1e6;
                    });
                    if (run >= 0) {
                        millis[run] = taken;
                    }
                    BenchmarkFailed.check(frame[0].getWidth() == 1280 && frame[0].getHeight() == 800,
                            "the %s rendered %.0fx%.0f, not the window's 1280x800", mode, frame[0].getWidth(), frame[0].getHeight());
                    int expected = postsOnDays(next, calendar.shownDays());
                    int[] drawn = onFx(() -> drawnPosts(window[0]));
                    BenchmarkFailed.check(drawn[0] > 0 && drawn[0] + drawn[1] == expected,
                            "the %s view drew %d chips and %d more in \"+N\" links for the %d posts of the days it shows",
                            mode, drawn[0], drawn[1], expected);
                    Thread.sleep(150); // the drafts' reload that follows a change, and the window's own pulse
                }
                Arrays.sort(millis);
                System.out.printf(Locale.ROOT, "Calendar %s view, %,d posts in the month: drawn and rendered %.1f ms median, %.1f ms p95, "
                                + "%.1f ms worst over %d runs%s%n", mode.label().toLowerCase(Locale.ROOT), count,
                        millis[runs / 2], millis[(int) Math.ceil(runs * 0.95) - 1], millis[runs - 1], runs,
                        mode == CalendarMode.MONTH ? " (target < 100 ms)" : " (no target; for comparison)");
                if (snapshot != null) {
                    Path file = snapshot.resolveSibling(mode.label().toLowerCase(Locale.ROOT) + "-" + snapshot.getFileName());
                    save(onFx(() -> window[0].snapshot(null)), file);
                }
            }
        } finally {
            Platform.exit();
        }
    }

    /** How many of the posts fall on the days shown, counted apart from the view model. */
    private static int postsOnDays(List<PostsViewModel.Row> rows, List<LocalDate> days) {
        Set<LocalDate> shown = new HashSet<>(days);
        return (int) rows.stream().filter(r -> shown.contains(r.post().scheduledAt().atZone(ZONE).toLocalDate())).count();
    }

    /** The post chips in the window, and the posts its "+N more" links stand for. */
    private static int[] drawnPosts(Scene scene) {
        int chips = 0;
        for (Node chip : scene.getRoot().lookupAll(".post-chip")) {
            chips += chip.getStyleClass().contains("draft-chip") ? 0 : 1;
        }
        int more = 0;
        for (Node link : scene.getRoot().lookupAll(".calendar-more")) {
            more += Integer.parseInt(((Hyperlink) link).getText().replaceAll("[^0-9]", ""));
        }
        return new int[] {chips, more};
    }

    /** Posts spread over the month's days and working hours, on four accounts, most scheduled, some out or failed. */
    private static List<PostsViewModel.Row> rows(int count, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        List<PostsViewModel.Row> rows = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            LocalDate day = MONTH.atDay(1 + random.nextInt(MONTH.lengthOfMonth()));
            var at = day.atTime(7 + random.nextInt(14), random.nextInt(4) * 15).atZone(ZONE);
            int kind = random.nextInt(20);
            PostStatus status = kind == 0 ? PostStatus.FAILED : kind < 4 ? PostStatus.PUBLISHED : PostStatus.SCHEDULED;
            ScheduledPost post = new ScheduledPost(new UUID(seed, i), UUID.randomUUID(), null, "Post " + i + " about the grid upgrade and why it is late",
                    List.of(), null, status, at.toInstant(), ZONE, null, null, null, status == PostStatus.FAILED ? "Rejected" : null);
            List<String> warnings = random.nextInt(25) == 0 ? List.of("Bluesky allows 300 characters; this post has 305.") : List.of();
            int account = random.nextInt(ACCOUNTS.length);
            rows.add(new PostsViewModel.Row(post, ACCOUNTS[account], warnings, OWNERS.get(account)));
        }
        return rows;
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

    private static void save(WritableImage image, Path file) throws Exception {
        org.scriptorium.app.common.Snapshots.savePng(image, file);
        System.err.println("snapshot: " + file);
    }
}
