package org.scriptorium.core.store;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scriptorium.core.Studio;
import org.scriptorium.core.drafts.DraftDocument;
import org.scriptorium.core.drafts.DraftFilter;
import org.scriptorium.core.drafts.DraftService;
import org.scriptorium.core.drafts.DraftSummary;
import org.scriptorium.core.drafts.TextStatistics;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

/**
 * Kills a process that is saving drafts (SIGKILL, no shutdown hooks, no clean close) and checks that the
 * data directory still opens and holds every save the process had acknowledged, whole. The same data
 * directory goes through several crashes in a row, so later rounds open a store that was never closed.
 *
 * <p>{@code -Dscriptorium.crashTest.seed=N} replays the kill timings of an earlier run.
 */
class CrashSafetyTest {
    private static final int ROUNDS = 6;
    /** Acknowledgements to wait for before the kill may come, so every round writes something. */
    private static final int MIN_ACKS = 25;
    /** The kill comes this long (at most) after the minimum, at a random point within a save or between saves. */
    private static final int MAX_KILL_DELAY_MS = 400;
    private static final Duration CHILD_START_LIMIT = Duration.ofSeconds(60);
    private static final boolean WINDOWS = System.getProperty("os.name", "").toLowerCase(Locale.ROOT).contains("win");

    @TempDir
    Path work;

    @Test
    void everyAcknowledgedSaveSurvivesTheWriterBeingKilledMidWrite() throws Exception {
        long seed = Long.getLong("scriptorium.crashTest.seed", System.nanoTime());
        Random random = new Random(seed);
        Path dataDir = work.resolve("data");
        Map<UUID, Ack> acknowledged = new HashMap<>();
        Path crashed = null;
        Map<UUID, Ack> acknowledgedBeforeCrash = Map.of();

        for (int round = 1; round <= ROUNDS; round++) {
            String context = "round " + round + " of seed " + seed;
            Writer writer = Writer.start(work, dataDir, round);
            try {
                if (crashed != null) {
                    // The last crash's copy is checked while the next writer starts up on the original.
                    verify(crashed, acknowledgedBeforeCrash, "round " + (round - 1) + " of seed " + seed);
                }
                for (Ack ack : writer.killAtRandom(random, context)) {
                    acknowledged.merge(ack.draft(), ack, (a, b) -> a.counter() >= b.counter() ? a : b);
                }
            } finally {
                writer.kill();
            }
            acknowledgedBeforeCrash = Map.copyOf(acknowledged);
            if (round < ROUNDS) {
                // A copy, so the next writer opens the store exactly as the crash left it.
                crashed = work.resolve("crashed-" + round);
                copyRecursively(dataDir, crashed);
            }
        }
        verify(dataDir, acknowledged, "the data directory after " + ROUNDS + " crashes, seed " + seed);
    }

    /** A child JVM running {@link CrashingWriter} on the data directory. */
    private record Writer(Process process, AckReader acks, Thread reader, Path errors) {
        static Writer start(Path work, Path dataDir, int round) throws IOException {
            Path errors = work.resolve("writer-" + round + ".log");
            Process process = new ProcessBuilder(javaCommand(work, dataDir, round))
                    .redirectError(errors.toFile())
                    .redirectInput(ProcessBuilder.Redirect.from(nullDevice()))
                    .start();
            AckReader acks = new AckReader(process.getInputStream());
            return new Writer(process, acks, Thread.ofVirtual().start(acks), errors);
        }

        /** Waits for some acknowledgements, kills the writer at a random moment after, and returns all it printed. */
        List<Ack> killAtRandom(Random random, String context) throws Exception {
            long deadline = System.nanoTime() + CHILD_START_LIMIT.toNanos();
            while (acks.count() < MIN_ACKS) {
                if (!process.isAlive()) {
                    fail("The writer died by itself in " + context + ":\n" + Files.readString(errors));
                }
                if (System.nanoTime() > deadline) {
                    fail("The writer acknowledged only " + acks.count() + " saves in " + CHILD_START_LIMIT + " in " + context
                            + ":\n" + Files.readString(errors));
                }
                Thread.sleep(5);
            }
            Thread.sleep(random.nextInt(MAX_KILL_DELAY_MS + 1));
            assertThat(process.isAlive()).as("writer still running before the kill in %s", context).isTrue();
            kill();
            if (!WINDOWS) {
                // 128 + 9: the JVM was ended by SIGKILL, not by an orderly exit that might have flushed anything.
                assertThat(process.exitValue()).as("exit status of the killed writer in %s", context).isEqualTo(137);
            }
            reader.join(Duration.ofSeconds(30));
            assertThat(acks.lines()).as("acknowledgements in %s", context).hasSizeGreaterThanOrEqualTo(MIN_ACKS);
            return acks.lines().stream().map(Ack::parse).toList();
        }

        /** On Linux and macOS this is SIGKILL. */
        void kill() throws InterruptedException {
            process.destroyForcibly();
            assertThat(process.waitFor(30, TimeUnit.SECONDS)).as("writer gone after the kill").isTrue();
        }
    }

    private static void verify(Path dataDir, Map<UUID, Ack> acknowledged, String context) {
        // Opening runs Flyway's checks and Hibernate's schema validation against the crashed file.
        try (Studio studio = Studio.open(dataDir)) {
            assertThat(studio.schemaVersion()).isEqualTo("15");
            DraftService drafts = studio.drafts();
            List<DraftSummary> listed = drafts.list(DraftFilter.ALL);
            Map<UUID, DraftDocument> stored = new HashMap<>();
            for (DraftSummary summary : listed) {
                DraftDocument draft = drafts.get(summary.id());
                stored.put(draft.id(), draft);
                assertThat(CrashingWriter.counterOf(draft.body()))
                        .as("draft %s holds exactly one text the writer wrote, in %s", draft.title(), context)
                        .isNotNegative();
                assertThat(draft.title()).startsWith(CrashingWriter.TITLE_PREFIX);
                assertThat(draft.tags()).contains("crash");
                assertThat(draft.wordCount()).as("word count of %s matches its text", draft.title())
                        .isEqualTo(TextStatistics.wordCount(draft.body()))
                        .isEqualTo(summary.wordCount());
            }
            assertThat(stored).as("drafts listed once each").hasSameSizeAs(listed);

            for (Ack ack : acknowledged.values()) {
                DraftDocument draft = stored.get(ack.draft());
                assertThat(draft).as("acknowledged draft %s (%s) present in %s", ack.token(), ack.draft(), context).isNotNull();
                assertThat(CrashingWriter.token(draft.title())).isEqualTo(ack.token());
                assertThat(CrashingWriter.counterOf(draft.body()))
                        .as("last acknowledged save of %s kept in %s", ack.token(), context)
                        .isGreaterThanOrEqualTo(ack.counter());
            }

            // The writer's index changes were never committed: search must catch up with the database.
            assertThat(drafts.search("crash", DraftFilter.ALL)).as("search finds every draft in %s", context).hasSameSizeAs(listed);
            for (DraftDocument draft : stored.values()) {
                String query = CrashingWriter.token(draft.title()) + " " + CrashingWriter.counterOf(draft.body());
                assertThat(drafts.search(query, DraftFilter.ALL)).extracting(DraftSummary::id)
                        .as("search for the latest text of %s in %s", draft.title(), context)
                        .contains(draft.id());
            }
        }
    }

    private static List<String> javaCommand(Path work, Path dataDir, int round) throws IOException {
        Path java = Path.of(System.getProperty("java.home"), "bin", WINDOWS ? "java.exe" : "java");
        // An argument file keeps a long class path clear of command-line length limits.
        Path arguments = work.resolve("writer-" + round + ".args");
        Files.writeString(arguments, "-cp \"" + System.getProperty("java.class.path").replace("\\", "\\\\") + "\"\n");
        return List.of(java.toString(),
                "--enable-native-access=ALL-UNNAMED",
                "--sun-misc-unsafe-memory-access=allow",
                "-XX:TieredStopAtLevel=1",
                "@" + arguments,
                CrashingWriter.class.getName(),
                dataDir.toString(),
                Integer.toString(round));
    }

    private static java.io.File nullDevice() {
        return new java.io.File(WINDOWS ? "NUL" : "/dev/null");
    }

    private static void copyRecursively(Path from, Path to) throws IOException {
        try (Stream<Path> paths = Files.walk(from)) {
            for (Path path : paths.sorted(Comparator.naturalOrder()).toList()) {
                Path target = to.resolve(from.relativize(path).toString());
                if (Files.isDirectory(path)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(path, target);
                }
            }
        }
    }

    /** One {@code ack <id> <counter> <token>} line: the save of that counter had returned. */
    record Ack(UUID draft, int counter, String token) {
        static Ack parse(String line) {
            String[] parts = line.split(" ");
            if (parts.length != 4 || !parts[0].equals("ack")) {
                throw new IllegalStateException("Unexpected line from the writer: " + line);
            }
            return new Ack(UUID.fromString(parts[1]), Integer.parseInt(parts[2]), parts[3]);
        }
    }

    /** Collects complete lines only: a line cut short by the kill was never fully acknowledged. */
    private static final class AckReader implements Runnable {
        private final InputStream input;
        private final List<String> lines = new ArrayList<>();
        private final AtomicInteger count = new AtomicInteger();

        AckReader(InputStream input) {
            this.input = input;
        }

        @Override
        public void run() {
            StringBuilder line = new StringBuilder();
            try (Reader reader = new BufferedReader(new InputStreamReader(input, StandardCharsets.UTF_8))) {
                int c;
                while ((c = reader.read()) != -1) {
                    if (c == '\n') {
                        synchronized (lines) {
                            lines.add(line.toString().strip());
                        }
                        count.incrementAndGet();
                        line.setLength(0);
                    } else {
                        line.append((char) c);
                    }
                }
            } catch (IOException e) {
                // The pipe breaks when the process dies; what was read so far is what counts.
            }
        }

        int count() {
            return count.get();
        }

        List<String> lines() {
            synchronized (lines) {
                return List.copyOf(lines);
            }
        }
    }
}
