package org.scriptorium.benchmarks;

import org.scriptorium.core.research.text.ExactJaccard;
import org.scriptorium.core.research.text.MinHasher;
import org.scriptorium.core.research.text.NearDuplicateGrouper;
import org.scriptorium.core.research.text.NearDuplicateIndex;
import org.scriptorium.core.research.text.Shingles;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.TreeMap;

/**
 * Near-duplicate grouping of a large batch: MinHash + LSH against comparing every pair exactly, in the same run.
 * The documents are synthetic: about 300 words each from a seeded vocabulary with the skew of real text, and a
 * tenth of them copies of other documents with 1–60 words replaced (Jaccard from about 0.3 to 0.99, so some
 * copies fall on either side of the threshold). Prints one summary line at the end.
 *
 * <pre>NearDuplicateBenchmark [documents (10000)] [seed (42)]</pre>
 *
 * A plain main rather than JMH: the exact baseline takes most of a minute, and one run of each is the comparison.
 */
public final class NearDuplicateBenchmark {
    private static final int VOCABULARY = 20_000;
    private static final int WORDS_PER_DOCUMENT = 300;
    private static final List<String> SYLLABLES = List.of(
            "ka", "lo", "mi", "ren", "tas", "vor", "bel", "dun", "fi", "gar", "hes", "jul", "mon", "nir", "pal",
            "quo", "ris", "sel", "tor", "ul", "vin", "wes", "xan", "yor", "zel", "bri", "cal", "dre", "sto", "pra");

    private NearDuplicateBenchmark() {
    }

    public static void main(String[] args) {
        int documents = args.length > 0 ? Integer.parseInt(args[0]) : 10_000;
        long seed = args.length > 1 ? Long.parseLong(args[1]) : 42;
        double threshold = NearDuplicateIndex.DEFAULT_THRESHOLD;
        MinHasher hasher = MinHasher.standard();
        Map<Integer, String> texts = documents(documents, seed);

        // Warm up the JIT on a slice, so the measured run is the steady state of both sides.
        Map<Integer, String> slice = new TreeMap<>();
        texts.entrySet().stream().limit(1000).forEach(e -> slice.put(e.getKey(), e.getValue()));
        NearDuplicateGrouper.group(slice, threshold, hasher);
        ExactJaccard.groupPairwise(slice, threshold, hasher.wordsPerShingle());

        long start = System.nanoTime();
        List<List<Integer>> lsh = NearDuplicateGrouper.group(texts, threshold, hasher);
        double lshSeconds = (System.nanoTime() - start) / 1e9;

        start = System.nanoTime();
        Map<Integer, long[]> shingles = new LinkedHashMap<>();
        texts.forEach((key, text) -> shingles.put(key, Shingles.of(text, hasher.wordsPerShingle())));
        double shingleSeconds = (System.nanoTime() - start) / 1e9;
        start = System.nanoTime();
        List<List<Integer>> exact = ExactJaccard.groupShingles(shingles, threshold);
        double exactSeconds = (System.nanoTime() - start) / 1e9;

        HashSet<Long> lshPairs = pairs(lsh, documents);
        HashSet<Long> exactPairs = pairs(exact, documents);
        long found = exactPairs.stream().filter(lshPairs::contains).count();
        double recall = exactPairs.isEmpty() ? 1 : (double) found / exactPairs.size();
        double precision = lshPairs.isEmpty() ? 1 : (double) found / lshPairs.size();
        System.out.printf("Near-duplicates: %d documents of ~%d words, threshold %.2f, %d hashes: "
                        + "LSH grouper %.2f s (signatures included), exact pairwise %.2f s (shingles precomputed in %.2f s, not counted), "
                        + "speed-up %.0fx, recall %.4f (%d of %d exact pairs), precision %.4f%n",
                documents, WORDS_PER_DOCUMENT, threshold, hasher.numHashes(), lshSeconds, exactSeconds, shingleSeconds,
                exactSeconds / lshSeconds, recall, found, exactPairs.size(), precision);
    }

    /** Nine in ten documents drawn afresh, one in ten a copy of an earlier one with a few words replaced. */
    static Map<Integer, String> documents(int count, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        String[] vocabulary = vocabulary(random);
        double[] cumulative = zipf(vocabulary.length);
        List<String[]> words = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            if (i > 10 && random.nextInt(10) == 0) {
                String[] copy = words.get(random.nextInt(i)).clone();
                int changes = 1 + random.nextInt(60);
                for (int c = 0; c < changes; c++) {
                    copy[random.nextInt(copy.length)] = pick(vocabulary, cumulative, random);
                }
                words.add(copy);
            } else {
                int length = WORDS_PER_DOCUMENT - 30 + random.nextInt(61);
                String[] fresh = new String[length];
                for (int w = 0; w < length; w++) {
                    fresh[w] = pick(vocabulary, cumulative, random);
                }
                words.add(fresh);
            }
        }
        Map<Integer, String> texts = new LinkedHashMap<>();
        for (int i = 0; i < count; i++) {
            texts.put(i, String.join(" ", words.get(i)));
        }
        return texts;
    }

    private static String[] vocabulary(SplittableRandom random) {
        Set<String> words = new LinkedHashSet<>();
        while (words.size() < VOCABULARY) {
            StringBuilder word = new StringBuilder();
            int syllables = 1 + random.nextInt(4);
            for (int s = 0; s < syllables; s++) {
                word.append(SYLLABLES.get(random.nextInt(SYLLABLES.size())));
            }
            words.add(word.toString());
        }
        return words.toArray(String[]::new);
    }

    /** Cumulative Zipf weights: the word of rank r is drawn with probability proportional to 1/r. */
    private static double[] zipf(int n) {
        double[] cumulative = new double[n];
        double sum = 0;
        for (int r = 0; r < n; r++) {
            sum += 1.0 / (r + 1);
            cumulative[r] = sum;
        }
        for (int r = 0; r < n; r++) {
            cumulative[r] /= sum;
        }
        return cumulative;
    }

    private static String pick(String[] vocabulary, double[] cumulative, SplittableRandom random) {
        int at = Arrays.binarySearch(cumulative, random.nextDouble());
        return vocabulary[Math.min(at < 0 ? -at - 1 : at, vocabulary.length - 1)];
    }

    private static HashSet<Long> pairs(List<List<Integer>> groups, long n) {
        HashSet<Long> pairs = new HashSet<>();
        for (List<Integer> group : groups) {
            for (int a = 0; a < group.size(); a++) {
                for (int b = a + 1; b < group.size(); b++) {
                    int x = Math.min(group.get(a), group.get(b));
                    int y = Math.max(group.get(a), group.get(b));
                    pairs.add(x * n + y);
                }
            }
        }
        return pairs;
    }
}
