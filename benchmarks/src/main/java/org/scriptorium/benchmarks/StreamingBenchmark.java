package org.scriptorium.benchmarks;

import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.scriptorium.app.common.FxTaskRunner;
import org.scriptorium.app.drafts.EditorView;
import org.scriptorium.app.drafts.EditorViewModel;
import org.scriptorium.app.writing.StreamingViewModel;
import org.scriptorium.core.Studio;
import org.scriptorium.core.drafts.DraftStatus;
import org.scriptorium.core.drafts.NewDraft;
import org.scriptorium.core.markdown.PreviewOptions;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Streams a 5,000-word draft into the real editor (highlighting, autosave and the live preview all on) the way a
 * model's answer arrives, and measures (1) the time from a token leaving the provider client to the editor's text
 * containing it, for the first token, and (2) how long the FX thread was ever busy without a break: a probe posts a
 * tiny task every millisecond and records how late each one runs. Needs a display (bench/run uses Xvfb). One run per
 * process, as a user's first draft of a session would stream; bench/run starts it several times. A run counts only if
 * the stream finished and the editor then holds the whole draft, as it was sent.
 */
public final class StreamingBenchmark {
    private static final int WORDS = 5_000;
    private static final int TOKENS_PER_SECOND = 400;
    private static final int RUNS = 1;

    private StreamingBenchmark() {
    }

    public static void main(String[] args) {
        BenchmarkFailed.runMain("Streaming", StreamingBenchmark::run);
    }

    private static void run() throws Exception {
        Platform.startup(() -> { });
        Path dataDir = Files.createTempDirectory("scriptorium-stream-bench");
        String text = draft(WORDS);
        List<String> tokens = tokens(text);
        List<Double> firstToken = new ArrayList<>();
        List<Double> worstStall = new ArrayList<>();
        List<Integer> stallsOver16 = new ArrayList<>();
        try (Studio studio = Studio.open(dataDir); FxTaskRunner tasks = new FxTaskRunner()) {
            for (int run = 1; run <= RUNS; run++) {
                var draft = studio.drafts().create(new NewDraft("Streaming run " + run, "", DraftStatus.DRAFT, List.of()));
                CountDownLatch shown = new CountDownLatch(1);
                AtomicReference<String> failure = new AtomicReference<>();
                CountDownLatch done = new CountDownLatch(1);
                EditorViewModel[] model = new EditorViewModel[1];
                StreamingViewModel[] streaming = new StreamingViewModel[1];
                Stage[] stage = new Stage[1];
                Platform.runLater(() -> {
                    model[0] = new EditorViewModel(studio.drafts(), tasks, (markdown, dark, remote) ->
                            studio.previewPage().page(markdown, new PreviewOptions(org.scriptorium.core.markdown.PreviewTheme.LIGHT, org.scriptorium.core.markdown.RemoteImages.BLOCK)));
                    EditorView view = new EditorView(model[0], CompletableFuture.completedFuture(null), () -> { }, () -> { }, url -> { }, () -> { });
                    streaming[0] = new StreamingViewModel(tasks, message -> {
                        failure.set(message); // the stream failed or stopped: what the window would tell the user
                        done.countDown();
                    });
                    view.attach(streaming[0]);
                    stage[0] = new Stage();
                    stage[0].setScene(new Scene(view, 1280, 800));
                    stage[0].show();
                    model[0].documentsLoadedProperty().addListener((o, a, b) -> shown.countDown());
                    model[0].open(draft.id());
                });
                BenchmarkFailed.check(shown.await(30, TimeUnit.SECONDS), "the editor did not open the draft within 30 s");
                Thread.sleep(1500); // let the window and the preview settle
                Probe idle = new Probe();
                idle.start();
                Thread.sleep(2000);
                idle.stop();
                System.out.printf(Locale.ROOT, "Idle editor for 2 s, for comparison: FX thread longest busy spell %.1f ms, %d spells over 16 ms%n",
                        idle.worst() / 1e6, idle.over(16_000_000L));

                AtomicLong firstSent = new AtomicLong();
                AtomicLong firstShown = new AtomicLong();
                AtomicReference<String> streamed = new AtomicReference<>();
                Platform.runLater(() -> model[0].textProperty().addListener((o, a, b) -> {
                    if (!b.isEmpty() && firstShown.get() == 0) {
                        firstShown.set(System.nanoTime());
                    }
                }));
                Probe probe = new Probe();
                probe.start();
                Platform.runLater(() -> streaming[0].start(() -> "benchmark", (sink, progress) -> {
                    StringBuilder all = new StringBuilder();
                    long started = System.nanoTime();
                    for (int i = 0; i < tokens.size(); i++) {
                        long due = started + i * 1_000_000_000L / TOKENS_PER_SECOND;
                        long wait = due - System.nanoTime();
                        if (wait > 0) {
                            java.util.concurrent.locks.LockSupport.parkNanos(wait);
                        }
                        if (i == 0) {
                            firstSent.set(System.nanoTime());
                        }
                        sink.accept(tokens.get(i));
                        all.append(tokens.get(i));
                    }
                    return all.toString();
                }, finalText -> {
                    streamed.set(finalText);
                    done.countDown();
                }));
                BenchmarkFailed.check(done.await(5, TimeUnit.MINUTES), "the stream did not finish within 5 minutes");
                BenchmarkFailed.check(failure.get() == null, "the stream failed: %s", failure.get());
                Thread.sleep(1000); // what the end of the stream triggers (preview, save) counts too
                probe.stop();
                String inEditor = onFx(() -> model[0].textProperty().get());
                BenchmarkFailed.check(text.equals(streamed.get()) && text.equals(inEditor),
                        "the editor holds %,d characters after the stream, the stream ended with %,d; the draft has %,d",
                        inEditor == null ? 0 : inEditor.length(), streamed.get() == null ? 0 : streamed.get().length(), text.length());
                BenchmarkFailed.check(firstSent.get() != 0 && firstShown.get() != 0, "the first token was never shown");
                firstToken.add((firstShown.get() - firstSent.get()) / 1e6);
                worstStall.add(probe.worst() / 1e6);
                stallsOver16.add(probe.over(16_000_000L));
                System.out.printf(Locale.ROOT, "Streaming %,d words (%,d tokens at %d/s): first token shown %.1f ms after it arrived "
                                + "(target < 50 ms); FX thread longest busy spell %.1f ms, %d spells over 16 ms (target: none)%n",
                        WORDS, tokens.size(), TOKENS_PER_SECOND, firstToken.getLast(), worstStall.getLast(), stallsOver16.getLast());
                CountDownLatch closed = new CountDownLatch(1);
                Platform.runLater(() -> {
                    model[0].flushBlocking();
                    stage[0].close();
                    closed.countDown();
                });
                BenchmarkFailed.check(closed.await(10, TimeUnit.SECONDS), "the editor window did not close within 10 s");
            }
        } finally {
            Platform.exit();
        }
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

    /** Posts a task to the FX thread every millisecond and records how late each one ran. */
    private static final class Probe {
        private final List<Long> lateness = Collections.synchronizedList(new ArrayList<>());
        private volatile boolean running = true;
        private Thread thread;

        void start() {
            thread = Thread.ofPlatform().daemon().start(() -> {
                while (running) {
                    long posted = System.nanoTime();
                    CountDownLatch ran = new CountDownLatch(1);
                    Platform.runLater(() -> {
                        lateness.add(System.nanoTime() - posted);
                        ran.countDown();
                    });
                    try {
                        ran.await();
                        Thread.sleep(1);
                    } catch (InterruptedException e) {
                        return;
                    }
                }
            });
        }

        void stop() throws InterruptedException {
            running = false;
            thread.join(2000);
        }

        long worst() {
            synchronized (lateness) {
                return lateness.stream().mapToLong(Long::longValue).max().orElse(0);
            }
        }

        int over(long nanos) {
            synchronized (lateness) {
                return (int) lateness.stream().filter(l -> l > nanos).count();
            }
        }
    }

    static String draft(int words) {
        Random random = new Random(7);
        String[] vocabulary = ("the a of to and in virtual threads server request blocking pool Java release teams profiling "
                + "connection library cache million carrier scheduler pinning monitor lock platform thread dump flight recorder "
                + "database latency throughput memory stack continuation executor structured concurrency scope").split(" ");
        StringBuilder text = new StringBuilder("# Virtual threads, one release later\n\n");
        int written = 0;
        int section = 1;
        while (written < words) {
            text.append("## Part ").append(section++).append("\n\n");
            for (int paragraph = 0; paragraph < 3 && written < words; paragraph++) {
                for (int w = 0; w < 60 && written < words; w++, written++) {
                    String word = vocabulary[random.nextInt(vocabulary.length)];
                    text.append(w == 0 ? Character.toUpperCase(word.charAt(0)) + word.substring(1) : word)
                            .append(w % 12 == 11 ? ". " : w % 17 == 5 ? " **" + word + "** " : " ");
                }
                text.append("[").append(1 + random.nextInt(4)).append("].\n\n");
            }
        }
        return text.toString();
    }

    // Tokens of about four characters, as models send them.
    static List<String> tokens(String text) {
        List<String> tokens = new ArrayList<>();
        for (int i = 0; i < text.length(); i += 4) {
            tokens.add(text.substring(i, Math.min(text.length(), i + 4)));
        }
        return tokens;
    }
}
