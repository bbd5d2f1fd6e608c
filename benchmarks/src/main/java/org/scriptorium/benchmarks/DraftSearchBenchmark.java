package org.scriptorium.benchmarks;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import org.scriptorium.core.Studio;
import org.scriptorium.core.drafts.DraftFilter;
import org.scriptorium.core.drafts.DraftService;
import org.scriptorium.core.drafts.DraftStatus;
import org.scriptorium.core.drafts.DraftSummary;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Search and list over a studio of ten thousand drafts, as the draft list and its search box use them.
 * The drafts are created once per fork through the public API, then the search index is prepared.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"--enable-native-access=ALL-UNNAMED", "--sun-misc-unsafe-memory-access=allow"})
public class DraftSearchBenchmark {
    private static final DraftFilter PUBLISHED = DraftFilter.ALL.withStatus(DraftStatus.PUBLISHED);

    @Param("10000")
    public int drafts;

    private Path dataDir;
    private Studio studio;
    private DraftService service;

    @Setup(Level.Trial)
    public void createDrafts() throws IOException {
        dataDir = Files.createTempDirectory("scriptorium-bench");
        studio = Studio.open(dataDir);
        service = studio.drafts();
        long started = System.nanoTime();
        SeedDrafts.create(service, drafts, 42);
        long created = System.nanoTime();
        service.prepareSearch();
        long indexed = System.nanoTime();
        System.out.printf("%n%d drafts created in %.1f s, search index built in %.1f s%n",
                drafts, (created - started) / 1e9, (indexed - created) / 1e9);
        // Guard against measuring an empty answer: each query must find what it is meant to find.
        expect("common word", service.search(SampleDrafts.COMMON_WORD, DraftFilter.ALL).size(), drafts / 20, Integer.MAX_VALUE);
        expect("rare word", service.search(SampleDrafts.RARE_WORD, DraftFilter.ALL).size(), 1, Math.max(1, drafts / 100));
        expect("two prefixes", service.search(SampleDrafts.TWO_PREFIXES, DraftFilter.ALL).size(), 1, Integer.MAX_VALUE);
        expect("published", service.list(PUBLISHED).size(), drafts / 10, drafts / 3);
    }

    private static void expect(String what, int found, int atLeast, int atMost) {
        if (found < atLeast || found > atMost) {
            throw new IllegalStateException("The " + what + " query found " + found + " drafts, expected " + atLeast + " to " + atMost);
        }
    }

    @TearDown(Level.Trial)
    public void deleteDrafts() throws IOException {
        studio.close();
        SeedDrafts.deleteRecursively(dataDir);
    }

    @Benchmark
    public List<DraftSummary> searchCommonWord() {
        return service.search(SampleDrafts.COMMON_WORD, DraftFilter.ALL);
    }

    @Benchmark
    public List<DraftSummary> searchRareWord() {
        return service.search(SampleDrafts.RARE_WORD, DraftFilter.ALL);
    }

    @Benchmark
    public List<DraftSummary> searchTwoWordPrefixes() {
        return service.search(SampleDrafts.TWO_PREFIXES, DraftFilter.ALL);
    }

    @Benchmark
    public List<DraftSummary> listAll() {
        return service.list(DraftFilter.ALL);
    }

    @Benchmark
    public List<DraftSummary> listPublished() {
        return service.list(PUBLISHED);
    }
}
