package org.scriptorium.benchmarks;

import org.scriptorium.core.Studio;
import org.scriptorium.core.research.documents.AddedDocument;
import org.scriptorium.core.research.documents.DocumentStore;
import org.scriptorium.core.research.documents.DocumentSummary;
import org.scriptorium.core.research.documents.IncomingDocument;
import org.scriptorium.core.research.text.MinHasher;
import org.scriptorium.core.research.text.NearDuplicateIndex;
import org.scriptorium.core.research.text.Shingles;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * Near-duplicates as the product finds them: documents with planted copies ({@link PlantedCopies}) stored through
 * {@link DocumentStore} in a fresh studio, in batches as a poll stores them, and the groups it stored read back and
 * scored pair by pair against the planted labels and against exact Jaccard at the store's threshold (every pair
 * compared, the quadratic baseline). Times the whole store, the near-duplicate detection inside it alone (the same
 * signature and index calls the store makes, on their own) and the exact baseline. Prints two lines.
 *
 * <pre>NearDuplicateBenchmark [documents (10000)] [seed (42)]</pre>
 *
 * A plain main rather than JMH: the exact baseline takes minutes, and one run of each is the comparison.
 */
public final class NearDuplicateBenchmark {
    /** Documents per store call: five feeds of twenty items, as a poll's batch. */
    private static final int BATCH = 100;
    private static final int WARM_UP_DOCUMENTS = 1_000;

    private NearDuplicateBenchmark() {
    }

    public static void main(String[] args) {
        BenchmarkFailed.runMain("Near-duplicates", () -> {
            int count = args.length > 0 ? Integer.parseInt(args[0]) : 10_000;
            long seed = args.length > 1 ? Long.parseLong(args[1]) : 42;
            run(PlantedCopies.generate(count, seed), PlantedCopies.generate(WARM_UP_DOCUMENTS, seed + 1));
        });
    }

    private static void run(PlantedCopies corpus, PlantedCopies warmUp) throws Exception {
        List<IncomingDocument> incoming = incoming(corpus);
        // The JIT warms up on other documents in another studio, so the measured store is the steady state.
        try (TempStudio warm = TempStudio.open()) {
            store(warm.studio.research().documents(), incoming(warmUp));
        }
        detect(incoming(warmUp), NearDuplicateIndex.DEFAULT_THRESHOLD);

        int[] storedGroup;
        double storeSeconds;
        double threshold;
        try (TempStudio fresh = TempStudio.open()) {
            DocumentStore documents = fresh.studio.research().documents();
            threshold = documents.threshold();
            long start = System.nanoTime();
            List<AddedDocument> added = store(documents, incoming);
            storeSeconds = (System.nanoTime() - start) / 1e9;
            storedGroup = storedGroups(documents, added);
        }
        long start = System.nanoTime();
        int found = detect(incoming, threshold);
        double detectSeconds = (System.nanoTime() - start) / 1e9;
        BenchmarkFailed.check(found > 0, "detection alone found no near-duplicates among %d documents", corpus.size());

        List<long[]> shingles = new ArrayList<>(incoming.size());
        MinHasher hasher = MinHasher.standard();
        incoming.forEach(d -> shingles.add(Shingles.of(d.contentText(), hasher.wordsPerShingle())));
        start = System.nanoTime();
        int[] exactGroup = ExactPairwise.groups(shingles, threshold);
        double exactSeconds = (System.nanoTime() - start) / 1e9;

        Set<Long> labelled = pairs(corpus.story());
        Set<Long> exact = pairs(exactGroup);
        Set<Long> stored = pairs(storedGroup);
        BenchmarkFailed.check(!labelled.isEmpty() && !exact.isEmpty(), "the corpus holds no near-duplicate pairs to find");
        BenchmarkFailed.check(!stored.isEmpty(), "the store grouped no documents at all");
        System.out.printf(Locale.ROOT, "Near-duplicates: %,d documents of ~%d words (%,d planted copies), threshold %.2f, %d hashes: "
                        + "stored through DocumentStore in %.2f s (%,.0f documents/s, batches of %d); near-duplicate detection alone "
                        + "(signatures and index lookups) %.2f s; exact pairwise Jaccard %.2f s, %.0fx the detection%n",
                corpus.size(), PlantedCopies.WORDS_PER_DOCUMENT, corpus.copies(), threshold, hasher.numHashes(), storeSeconds,
                corpus.size() / storeSeconds, BATCH, detectSeconds, exactSeconds, exactSeconds / detectSeconds);
        System.out.printf(Locale.ROOT, "Near-duplicates, the groups stored: against the planted copies recall %s, precision %s; "
                        + "against exact Jaccard >= %.2f recall %s, precision %s%n",
                share(stored, labelled), share(labelled, stored), threshold, share(stored, exact), share(exact, stored));
    }

    /** The documents as a feed brings them: a headline (the text's first words, so the shingles are the text's), a URL. */
    private static List<IncomingDocument> incoming(PlantedCopies corpus) {
        List<IncomingDocument> incoming = new ArrayList<>(corpus.size());
        for (int i = 0; i < corpus.size(); i++) {
            String text = corpus.texts().get(i);
            int headlineEnd = nthSpace(text, 8);
            incoming.add(new IncomingDocument("doc-" + i, "https://bench.example/documents/" + i, text.substring(0, headlineEnd),
                    null, null, null, text.substring(headlineEnd + 1), "en", null, null));
        }
        return incoming;
    }

    private static int nthSpace(String text, int n) {
        int at = -1;
        for (int i = 0; i < n; i++) {
            at = text.indexOf(' ', at + 1);
        }
        return at;
    }

    /** Stores every document, a batch per call, and checks that each one was kept or recognised as already kept. */
    private static List<AddedDocument> store(DocumentStore documents, List<IncomingDocument> incoming) {
        List<AddedDocument> added = new ArrayList<>(incoming.size());
        for (int from = 0; from < incoming.size(); from += BATCH) {
            List<IncomingDocument> batch = incoming.subList(from, Math.min(incoming.size(), from + BATCH));
            List<AddedDocument> outcomes = documents.addAll(null, batch);
            BenchmarkFailed.check(outcomes.size() == batch.size(), "a batch of %d documents came back with %d outcomes", batch.size(), outcomes.size());
            added.addAll(outcomes);
        }
        long kept = added.stream().filter(a -> a.outcome() != AddedDocument.Outcome.DUPLICATE).count();
        BenchmarkFailed.check(documents.count() == kept, "%d documents kept, but the store counts %d", kept, documents.count());
        return added;
    }

    /** For each document, the id of the group it was stored in (its head's), as the store reads it back. */
    private static int[] storedGroups(DocumentStore documents, List<AddedDocument> added) {
        Map<UUID, DocumentSummary> stored = new HashMap<>();
        List<UUID> ids = added.stream().map(AddedDocument::id).distinct().toList();
        for (int from = 0; from < ids.size(); from += 1_000) {
            documents.summaries(ids.subList(from, Math.min(ids.size(), from + 1_000))).forEach(d -> stored.put(d.id(), d));
        }
        BenchmarkFailed.check(stored.size() == ids.size(), "%d documents stored, %d read back", ids.size(), stored.size());
        Map<UUID, Integer> numbers = new HashMap<>();
        int[] group = new int[added.size()];
        for (int i = 0; i < group.length; i++) {
            DocumentSummary document = stored.get(added.get(i).id());
            UUID head = document.nearDuplicateOf() != null ? document.nearDuplicateOf() : document.id();
            group[i] = numbers.computeIfAbsent(head, h -> numbers.size());
        }
        return group;
    }

    /**
     * The store's near-duplicate work on its own: each document's signature, the index asked for matches, the
     * document added, in arrival order. Returns how many documents matched an earlier one.
     */
    private static int detect(List<IncomingDocument> incoming, double threshold) {
        MinHasher hasher = MinHasher.standard();
        NearDuplicateIndex<Integer> index = new NearDuplicateIndex<>(hasher, threshold);
        int matched = 0;
        for (int i = 0; i < incoming.size(); i++) {
            int[] signature = hasher.signature(incoming.get(i).contentText());
            matched += index.matches(signature).isEmpty() ? 0 : 1;
            index.add(i, signature);
        }
        return matched;
    }

    /** Every pair of documents in one group, as {@code a * n + b} with {@code a < b}. */
    private static Set<Long> pairs(int[] group) {
        Map<Integer, List<Integer>> members = new HashMap<>();
        for (int i = 0; i < group.length; i++) {
            members.computeIfAbsent(group[i], g -> new ArrayList<>()).add(i);
        }
        Set<Long> pairs = new HashSet<>();
        for (List<Integer> together : members.values()) {
            for (int a = 0; a < together.size(); a++) {
                for (int b = a + 1; b < together.size(); b++) {
                    pairs.add((long) together.get(a) * group.length + together.get(b));
                }
            }
        }
        return pairs;
    }

    /** "0.9915 (1,160 of 1,170)": how many of {@code of} are also in {@code in}. */
    private static String share(Set<Long> in, Set<Long> of) {
        long both = of.stream().filter(in::contains).count();
        return String.format(Locale.ROOT, "%.4f (%,d of %,d pairs)", (double) both / of.size(), both, of.size());
    }

    /** A studio on a temporary data directory, deleted when closed. */
    private record TempStudio(Path dataDir, Studio studio) implements AutoCloseable {
        static TempStudio open() throws Exception {
            Path dataDir = Files.createTempDirectory("scriptorium-near-duplicates-bench");
            return new TempStudio(dataDir, Studio.open(dataDir));
        }

        @Override
        public void close() throws Exception {
            studio.close();
            SeedDrafts.deleteRecursively(dataDir);
        }
    }
}
