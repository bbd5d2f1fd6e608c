package org.scriptorium.core.research.text;

/**
 * The exact Jaccard similarity of two shingle sets: what MinHash signatures estimate, and what the near-duplicate
 * threshold is chosen on. The product never computes it (it compares signatures); tests and benchmarks check the
 * estimate against it.
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
}
