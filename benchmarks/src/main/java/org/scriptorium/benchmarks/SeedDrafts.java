package org.scriptorium.benchmarks;

import org.scriptorium.core.Studio;
import org.scriptorium.core.drafts.DraftService;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * Fills a data directory with sample drafts for the cold-start comparison:
 * {@code SeedDrafts DATA_DIR COUNT [SEED]}. The search index is built too, as a studio in use has one.
 */
public final class SeedDrafts {
    private SeedDrafts() {
    }

    public static void main(String[] args) {
        if (args.length < 2 || args.length > 3) {
            System.err.println("usage: SeedDrafts DATA_DIR COUNT [SEED]");
            System.exit(2);
        }
        Path dataDir = Path.of(args[0]);
        int count = Integer.parseInt(args[1]);
        long seed = args.length == 3 ? Long.parseLong(args[2]) : 42;
        long started = System.nanoTime();
        try (Studio studio = Studio.open(dataDir)) {
            if (studio.drafts().counts().drafts() > 0) {
                System.err.println(dataDir + " already holds drafts; give an empty folder.");
                System.exit(1);
            }
            create(studio.drafts(), count, seed);
            studio.drafts().prepareSearch();
        }
        System.out.printf("Seeded %d drafts into %s in %.1f s%n", count, dataDir, (System.nanoTime() - started) / 1e9);
    }

    static void create(DraftService drafts, int count, long seed) {
        SampleDrafts samples = new SampleDrafts(seed);
        for (int i = 0; i < count; i++) {
            drafts.create(samples.next());
        }
    }

    static void deleteRecursively(Path folder) throws IOException {
        if (folder == null || !Files.exists(folder)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(folder)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }
}
