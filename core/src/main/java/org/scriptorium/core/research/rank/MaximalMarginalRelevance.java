package org.scriptorium.core.research.rank;

import java.util.ArrayList;
import java.util.List;

/**
 * Maximal marginal relevance (Carbonell and Goldstein, 1998): picks, one at a time, the candidate with the best
 * {@code lambda * relevance - (1 - lambda) * (its highest similarity to one already picked)}, so a near-copy of a
 * picked candidate waits until the distinct ones have had their turn. Thread-safe.
 */
public final class MaximalMarginalRelevance {
    /** How alike two candidates are, 0 (nothing shared) to 1 (the same). */
    @FunctionalInterface
    public interface Similarity {
        double between(int a, int b);
    }

    /** A candidate's index among those given and the marginal relevance it had when it was picked. */
    public record Pick(int index, double score) {
    }

    private MaximalMarginalRelevance() {
    }

    /** Every candidate, in the order MMR picks them; ties go to the earlier candidate. */
    public static List<Pick> order(double[] relevance, Similarity similarity, double lambda) {
        int n = relevance.length;
        boolean[] picked = new boolean[n];
        // The highest similarity of each candidate to any picked one, updated after each pick.
        double[] closest = new double[n];
        List<Pick> order = new ArrayList<>(n);
        for (int round = 0; round < n; round++) {
            int best = -1;
            double bestScore = Double.NEGATIVE_INFINITY;
            for (int i = 0; i < n; i++) {
                if (picked[i]) {
                    continue;
                }
                double score = lambda * relevance[i] - (round == 0 ? 0 : (1 - lambda) * closest[i]);
                if (score > bestScore) {
                    best = i;
                    bestScore = score;
                }
            }
            picked[best] = true;
            order.add(new Pick(best, bestScore));
            for (int i = 0; i < n; i++) {
                if (!picked[i]) {
                    closest[i] = Math.max(closest[i], similarity.between(best, i));
                }
            }
        }
        return order;
    }
}
