package org.scriptorium.core.research.text;

/**
 * How a MinHash signature is cut for locality-sensitive hashing: {@code bands} bands of {@code rows}
 * positions each. Two documents become candidates when any band agrees entirely, which happens with
 * probability {@code 1 - (1 - s^rows)^bands} for similarity {@code s}: an S-curve rising around
 * {@code (1/bands)^(1/rows)}.
 */
public record LshParameters(int bands, int rows) {
    /** How far below the wanted threshold the S-curve's midpoint may sit at most, so pairs just above it are found. */
    static final double RECALL_MARGIN = 0.05;

    public LshParameters {
        if (bands < 1 || rows < 1) {
            throw new IllegalArgumentException("bands and rows must be positive, were " + bands + " and " + rows);
        }
    }

    /**
     * The split of {@code numHashes} into bands × rows whose S-curve threshold is the highest one at least
     * {@value #RECALL_MARGIN} below {@code threshold}: as few false candidates as possible while pairs at the
     * threshold are still likely to meet. If no split is that low, the lowest one.
     */
    public static LshParameters forThreshold(double threshold, int numHashes) {
        if (!(threshold > 0 && threshold <= 1)) {
            throw new IllegalArgumentException("threshold must be in (0, 1], was " + threshold);
        }
        if (numHashes < 1) {
            throw new IllegalArgumentException("numHashes must be at least 1, was " + numHashes);
        }
        LshParameters best = null;
        LshParameters lowest = null;
        for (int rows = 1; rows <= numHashes; rows++) {
            if (numHashes % rows != 0) {
                continue;
            }
            LshParameters candidate = new LshParameters(numHashes / rows, rows);
            double curve = candidate.sCurveThreshold();
            if (lowest == null || curve < lowest.sCurveThreshold()) {
                lowest = candidate;
            }
            if (curve <= threshold - RECALL_MARGIN && (best == null || curve > best.sCurveThreshold())) {
                best = candidate;
            }
        }
        return best != null ? best : lowest;
    }

    public int numHashes() {
        return bands * rows;
    }

    /** The similarity around which the chance of becoming a candidate rises steeply. */
    public double sCurveThreshold() {
        return Math.pow(1.0 / bands, 1.0 / rows);
    }

    /** The chance that two documents of this Jaccard similarity share at least one band. */
    public double candidateProbability(double similarity) {
        return 1 - Math.pow(1 - Math.pow(similarity, rows), bands);
    }
}
