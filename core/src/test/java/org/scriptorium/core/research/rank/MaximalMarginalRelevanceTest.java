package org.scriptorium.core.research.rank;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class MaximalMarginalRelevanceTest {
    // Candidates 0 and 1 are near-copies; 2 is a distinct answer, a little less relevant.
    private static final double[][] SIMILAR = {
            {1, 0.97, 0.30},
            {0.97, 1, 0.31},
            {0.30, 0.31, 1}};

    private static List<Integer> order(double[] relevance, double lambda) {
        return MaximalMarginalRelevance.order(relevance, (a, b) -> SIMILAR[a][b], lambda).stream().map(MaximalMarginalRelevance.Pick::index).toList();
    }

    @Test
    void aNearCopyOfTheBestCandidateWaitsBehindADistinctOne() {
        assertThat(order(new double[] {0.9, 0.88, 0.8}, 0.8)).containsExactly(0, 2, 1);
    }

    @Test
    void withLambdaOneOnlyRelevanceCounts() {
        assertThat(order(new double[] {0.9, 0.88, 0.8}, 1)).containsExactly(0, 1, 2);
    }

    @Test
    void aDistinctCandidateFarLessRelevantDoesNotJumpAhead() {
        assertThat(order(new double[] {0.9, 0.88, 0.2}, 0.8)).containsExactly(0, 1, 2);
    }

    @Test
    void thePickedScoresAreTheMarginalRelevanceAtEachPick() {
        var picks = MaximalMarginalRelevance.order(new double[] {0.9, 0.88, 0.8}, (a, b) -> SIMILAR[a][b], 0.8);
        assertThat(picks.get(0).score()).isCloseTo(0.8 * 0.9, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(picks.get(2).score()).isCloseTo(0.8 * 0.88 - 0.2 * 0.97, org.assertj.core.data.Offset.offset(1e-9));
    }
}
