package org.scriptorium.benchmarks;

import org.scriptorium.core.research.text.ExactJaccard;

import java.util.List;

/**
 * The reference the product's near-duplicate groups are checked against: every pair of documents compared by the
 * exact Jaccard similarity of their shingles, pairs at or above the threshold joined (transitively). Quadratic: it
 * is the baseline, never something the product runs.
 */
final class ExactPairwise {
    private ExactPairwise() {
    }

    /** For each document, a group number; two documents share one exactly when a chain of similar pairs links them. */
    static int[] groups(List<long[]> shingles, double threshold) {
        int n = shingles.size();
        long[][] sets = shingles.toArray(long[][]::new);
        DisjointSets joined = new DisjointSets(n);
        for (int a = 0; a < n; a++) {
            for (int b = a + 1; b < n; b++) {
                if (ExactJaccard.of(sets[a], sets[b]) >= threshold) {
                    joined.union(a, b);
                }
            }
        }
        int[] group = new int[n];
        for (int i = 0; i < n; i++) {
            group[i] = joined.find(i);
        }
        return group;
    }
}
