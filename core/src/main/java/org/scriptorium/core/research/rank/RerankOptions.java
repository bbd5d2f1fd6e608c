package org.scriptorium.core.research.rank;

import java.util.EnumSet;
import java.util.Set;

/**
 * Which stages run and how strongly. A stage asked for runs when its part is present (an embedder, a judge).
 *
 * @param stages       the stages wanted; without BM25 the candidates keep the order they were given in
 * @param depth        how many candidates, best by BM25, the later stages look at; the rest follow in BM25 order
 * @param denseWeight  the cosine's share of the relevance when dense runs (the rest is BM25 scaled to 0..1)
 * @param mmrLambda    MMR's weight of relevance against novelty: 1 is relevance only
 * @param judgeDepth   how many of the top candidates the judge grades
 */
public record RerankOptions(Set<Stage> stages, int depth, double denseWeight, double mmrLambda, int judgeDepth) {
    // Measured on the labelled research set (docs/decisions, reranking): the cosine alone orders the head best
    // (nDCG@10 0.80 against 0.59 for a 0.7 blend), and 0.8 is the lowest lambda that costs no novelty nDCG@10.
    public static final int DEPTH = 30;
    public static final double DENSE_WEIGHT = 1.0;
    public static final double MMR_LAMBDA = 0.8;
    public static final int JUDGE_DEPTH = 10;

    /** Every stage whose part is present: BM25, dense, MMR, and the judge when one is configured. */
    public static final RerankOptions DEFAULT = new RerankOptions(EnumSet.allOf(Stage.class), DEPTH, DENSE_WEIGHT, MMR_LAMBDA, JUDGE_DEPTH);

    public RerankOptions {
        stages = stages.isEmpty() ? EnumSet.noneOf(Stage.class) : EnumSet.copyOf(stages);
        if (depth < 1 || judgeDepth < 0) {
            throw new IllegalArgumentException("depth must be at least 1 and judgeDepth at least 0, were " + depth + " and " + judgeDepth);
        }
        if (denseWeight < 0 || denseWeight > 1 || mmrLambda < 0 || mmrLambda > 1) {
            throw new IllegalArgumentException("denseWeight and mmrLambda are between 0 and 1, were " + denseWeight + " and " + mmrLambda);
        }
    }

    public static RerankOptions only(Stage... wanted) {
        Set<Stage> stages = EnumSet.of(Stage.BM25, wanted);
        return new RerankOptions(stages, DEPTH, DENSE_WEIGHT, MMR_LAMBDA, JUDGE_DEPTH);
    }

    public boolean wants(Stage stage) {
        return stages.contains(stage);
    }

    public RerankOptions withMmrLambda(double lambda) {
        return new RerankOptions(stages, depth, denseWeight, lambda, judgeDepth);
    }

    public RerankOptions withDepth(int candidates) {
        return new RerankOptions(stages, candidates, denseWeight, mmrLambda, judgeDepth);
    }

    public RerankOptions withDenseWeight(double weight) {
        return new RerankOptions(stages, depth, weight, mmrLambda, judgeDepth);
    }
}
