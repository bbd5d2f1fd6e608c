package org.scriptorium.core.research.text;

/** The band keys of a signature under LSH parameters: equal keys mean the band agrees in every row. */
final class Bands {
    private Bands() {
    }

    static long[] keys(int[] signature, LshParameters lsh) {
        if (signature.length != lsh.numHashes()) {
            throw new IllegalArgumentException("A signature of " + signature.length + " hashes for LSH over " + lsh.numHashes());
        }
        long[] keys = new long[lsh.bands()];
        for (int band = 0; band < keys.length; band++) {
            long h = band;
            boolean empty = true;
            for (int row = band * lsh.rows(); row < (band + 1) * lsh.rows(); row++) {
                h = Shingles.mix(h * 0x9E3779B97F4A7C15L + signature[row]);
                empty &= signature[row] == MinHasher.EMPTY;
            }
            // A band of a text without words must not put all such texts in one bucket.
            keys[band] = empty ? EMPTY_BAND : h;
        }
        return keys;
    }

    /** Not a real key; bands of texts without words are never bucketed. */
    static final long EMPTY_BAND = 0L;
}
