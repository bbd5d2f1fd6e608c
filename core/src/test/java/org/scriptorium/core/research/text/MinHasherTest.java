package org.scriptorium.core.research.text;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class MinHasherTest {
    private static final LabelledArticles ARTICLES = LabelledArticles.load();

    @Test
    void caseQuotesAndPunctuationDoNotMakeTextsDifferent() {
        String plain = "The bank's governor said rates would not change, for now.";
        String shouted = "THE BANK’S GOVERNOR SAID: “RATES WOULD NOT CHANGE” — FOR NOW!";

        assertThat(Shingles.of(shouted, 3)).containsExactly(Shingles.of(plain, 3));
        assertThat(Shingles.of("", 3)).isEmpty();
        assertThat(Shingles.of("Two words", 3)).hasSize(1);
    }

    @Test
    void signatureSimilarityEstimatesTheExactJaccardOfTheTexts() {
        MinHasher hasher = MinHasher.standard();
        List<String> files = ARTICLES.files();
        for (int a = 0; a < files.size(); a++) {
            for (int b = a + 1; b < files.size(); b++) {
                String textA = ARTICLES.texts().get(files.get(a));
                String textB = ARTICLES.texts().get(files.get(b));
                double exact = ExactJaccard.of(Shingles.of(textA, 3), Shingles.of(textB, 3));
                double estimated = MinHasher.similarity(hasher.signature(textA), hasher.signature(textB));
                // Four standard errors of a 120-hash estimate at most.
                assertThat(estimated).as("%s vs %s", files.get(a), files.get(b)).isCloseTo(exact, within(0.18));
            }
        }
    }

    @Test
    void storedSignaturesStayComparableWithNewOnesFromTheSameSeed() {
        String text = ARTICLES.texts().get("mars-story-a.txt");
        int[] stored = MinHasher.standard().signature(text);
        byte[] column = MinHasher.toBytes(stored);

        assertThat(column).hasSize(MinHasher.DEFAULT_HASHES * 4);
        assertThat(MinHasher.fromBytes(column)).containsExactly(MinHasher.standard().signature(text));
        assertThat(new MinHasher(120, 3, 7).signature(text)).isNotEqualTo(stored);
    }

    @Test
    void textsWithoutWordsAreNobodysDuplicate() {
        MinHasher hasher = MinHasher.standard();

        assertThat(MinHasher.similarity(hasher.signature("..."), hasher.signature(""))).isZero();
        assertThat(ExactJaccard.of(Shingles.of("", 3), Shingles.of("", 3))).isZero();
    }

    @Test
    void lshBandsSitALittleBelowTheThresholdSoPairsAboveItAreFound() {
        LshParameters lsh = LshParameters.forThreshold(0.4, 120);

        assertThat(lsh.bands() * lsh.rows()).isEqualTo(120);
        assertThat(lsh.sCurveThreshold()).isBetween(0.2, 0.4 - LshParameters.RECALL_MARGIN);
        assertThat(lsh.candidateProbability(0.45)).isGreaterThan(0.95);
        assertThat(lsh.candidateProbability(0.05)).isLessThan(0.01);
        assertThat(LshParameters.forThreshold(0.8, 128).sCurveThreshold()).isBetween(0.5, 0.75);
    }
}
