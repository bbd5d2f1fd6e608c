package org.scriptorium.core.research.text;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Exact Jaccard similarity of shingle sets, and the all-pairs grouping it allows: the O(n²) baseline that
 * {@link NearDuplicateGrouper} is measured against, and the verifier of its candidates. Thread-safe.
 */
public final class ExactJaccard {
    private ExactJaccard() {
    }

    /**
     * |A ∩ B| / |A ∪ B| of two sorted arrays of distinct shingles, as {@link Shingles#of} returns them.
     * Zero if both are empty: texts without words are nobody's duplicates.
     */
    public static double of(long[] shinglesA, long[] shinglesB) {
        int i = 0;
        int j = 0;
        int common = 0;
        while (i < shinglesA.length && j < shinglesB.length) {
            long a = shinglesA[i];
            long b = shinglesB[j];
            if (a == b) {
                common++;
                i++;
                j++;
            } else if (a < b) {
                i++;
            } else {
                j++;
            }
        }
        int union = shinglesA.length + shinglesB.length - common;
        return union == 0 ? 0 : (double) common / union;
    }

    /**
     * Groups texts whose shingle sets reach {@code threshold} (transitively), comparing every pair.
     * Groups come in the map's iteration order of their first member, members in that order too.
     */
    public static <K> List<List<K>> groupPairwise(Map<K, String> texts, double threshold, int wordsPerShingle) {
        Map<K, long[]> shingles = new LinkedHashMap<>();
        texts.forEach((key, text) -> shingles.put(key, Shingles.of(text, wordsPerShingle)));
        return groupShingles(shingles, threshold);
    }

    /** As {@link #groupPairwise}, for shingles already computed. */
    public static <K> List<List<K>> groupShingles(Map<K, long[]> shingles, double threshold) {
        List<K> keys = new ArrayList<>(shingles.keySet());
        long[][] sets = shingles.values().toArray(long[][]::new);
        DisjointSets components = new DisjointSets(keys.size());
        for (int a = 0; a < sets.length; a++) {
            for (int b = a + 1; b < sets.length; b++) {
                if (of(sets[a], sets[b]) >= threshold) {
                    components.union(a, b);
                }
            }
        }
        return components.groups(keys);
    }
}
