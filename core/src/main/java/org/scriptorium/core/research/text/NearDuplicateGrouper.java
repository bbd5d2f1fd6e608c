package org.scriptorium.core.research.text;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Groups a batch of texts into near-duplicate groups without comparing every pair: MinHash signatures are
 * bucketed by LSH bands, only texts sharing a bucket are compared, and a pair joins when the exact Jaccard
 * similarity of its shingles reaches the threshold (the texts are at hand, so the check costs little and
 * adds no estimation error). Groups are closed transitively. Thread-safe: it keeps no state.
 */
public final class NearDuplicateGrouper {
    private NearDuplicateGrouper() {
    }

    /**
     * Every text in exactly one group, singletons included. Groups come in the map's iteration order of their
     * first member and list members in that order, so a {@code LinkedHashMap} or {@code TreeMap} gives the same
     * answer on every run.
     */
    public static <K> List<List<K>> group(Map<K, String> texts, double threshold, MinHasher hasher) {
        List<K> keys = new ArrayList<>(texts.keySet());
        int n = keys.size();
        long[][] shingles = new long[n][];
        long[][] bandKeys = new long[n][];
        LshParameters lsh = LshParameters.forThreshold(threshold, hasher.numHashes());
        int i = 0;
        for (String text : texts.values()) {
            shingles[i] = Shingles.of(text, hasher.wordsPerShingle());
            bandKeys[i] = Bands.keys(hasher.signature(shingles[i]), lsh);
            i++;
        }
        DisjointSets groups = new DisjointSets(n);
        for (int band = 0; band < lsh.bands(); band++) {
            for (int[] bucket : buckets(bandKeys, band)) {
                joinVerifiedPairs(bucket, shingles, threshold, groups);
            }
        }
        return groups.groups(keys);
    }

    /** The buckets of one band holding more than one text, each listing its texts ascending. */
    private static List<int[]> buckets(long[][] bandKeys, int band) {
        Map<Long, int[]> buckets = new HashMap<>();
        for (int doc = 0; doc < bandKeys.length; doc++) {
            long key = bandKeys[doc][band];
            if (key == Bands.EMPTY_BAND) {
                continue;
            }
            int finalDoc = doc;
            // Element 0 counts the members; most buckets hold one text, so start small.
            buckets.merge(key, new int[] {1, doc}, (old, one) -> append(old, finalDoc));
        }
        List<int[]> shared = new ArrayList<>();
        for (int[] bucket : buckets.values()) {
            if (bucket[0] > 1) {
                shared.add(Arrays.copyOfRange(bucket, 1, bucket[0] + 1));
            }
        }
        return shared;
    }

    private static int[] append(int[] bucket, int doc) {
        int count = bucket[0];
        int[] grown = count + 1 < bucket.length ? bucket : Arrays.copyOf(bucket, bucket.length * 2);
        grown[count + 1] = doc;
        grown[0] = count + 1;
        return grown;
    }

    private static void joinVerifiedPairs(int[] bucket, long[][] shingles, double threshold, DisjointSets groups) {
        for (int a = 0; a < bucket.length; a++) {
            for (int b = a + 1; b < bucket.length; b++) {
                int x = bucket[a];
                int y = bucket[b];
                // Already joined through other matches: no need to verify this pair.
                if (!groups.connected(x, y) && ExactJaccard.of(shingles[x], shingles[y]) >= threshold) {
                    groups.union(x, y);
                }
            }
        }
    }
}
