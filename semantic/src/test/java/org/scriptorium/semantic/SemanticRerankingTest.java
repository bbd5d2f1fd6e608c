package org.scriptorium.semantic;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.scriptorium.core.Progress;
import org.scriptorium.core.research.rank.Embedder;
import org.scriptorium.core.research.rank.InstalledEmbedder;
import org.scriptorium.core.research.rank.LabelledResearchSet;
import org.scriptorium.core.research.rank.RerankEvaluation;
import org.scriptorium.core.research.rank.RerankOptions;
import org.scriptorium.core.research.rank.Reranker;
import org.scriptorium.core.research.rank.Stage;

import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/** Order, not time: what the real model does to the labelled research set (timings are the benchmark's business). */
class SemanticRerankingTest {
    private static Embedder model;
    private static RerankEvaluation evaluation;

    @BeforeAll
    static void loadOnce() {
        model = new InstalledEmbedder().get().orElseThrow();
        evaluation = new RerankEvaluation(LabelledResearchSet.load());
    }

    private static Reranker words() {
        return new Reranker(Optional::empty, Optional::empty, RerankOptions.only());
    }

    private static Reranker wordsThenMeaning() {
        return new Reranker(() -> Optional.of(model), Optional::empty, RerankOptions.only(Stage.DENSE));
    }

    @Test
    void theModuleOffersItsEmbedderThroughCoresServiceLoader() {
        assertThat(model).isInstanceOf(MiniLmEmbedder.class);
        List<float[]> vectors = model.embed(List.of("a loaf going stale", "bread drying out", "tyre pressure"));
        assertThat(vectors).allSatisfy(v -> assertThat(v).hasSize(384));
    }

    @Test
    void aParaphraseIsCloserThanAnUnrelatedTextThatSharesAWord() {
        List<float[]> v = model.embed(List.of("how to keep bread from going stale", "Keeping a loaf fresh for days",
                "Bread prices keep climbing as flour costs rise"));
        assertThat(cosine(v.get(0), v.get(1))).isGreaterThan(cosine(v.get(0), v.get(2)));
    }

    @Test
    void wordsThenMeaningRankTheLabelledSetBetterThanWordsAlone() {
        double bm25 = evaluation.evaluate("BM25", words()).ndcg();
        double dense = evaluation.evaluate("BM25 + dense", wordsThenMeaning()).ndcg();

        assertThat(dense).isGreaterThan(bm25 + 0.2);
    }

    @Test
    void answersWrittenInOtherWordsReachTheTopThreeOnlyWithTheDenseStage() {
        // q47 "how to reduce anxiety before an exam" and its answer "Calming nerves before a test";
        // q50 "how to make a budget" and "Planning where your money goes each month".
        for (String[] answer : List.of(new String[] {"q47", "doc019"}, new String[] {"q50", "doc023"}, new String[] {"q06", "doc148"})) {
            assertThat(evaluation.position(words(), answer[0], answer[1])).as("BM25 alone, " + answer[0]).isGreaterThan(3);
            assertThat(evaluation.position(wordsThenMeaning(), answer[0], answer[1])).as("with dense, " + answer[0]).isBetween(1, 3);
        }
    }

    @Test
    void withMmrANearCopyOfTheAnswerFallsBelowADifferentSource() {
        // q12's answer (doc038) has a near-copy (doc163); without MMR they stand side by side.
        String query = evaluation.set().queries().get("q12");
        var candidates = evaluation.set().documents();
        List<String> plain = wordsThenMeaning().rank(query, candidates, Progress.NONE).ids();
        List<String> diverse = new Reranker(() -> Optional.of(model), Optional::empty,
                RerankOptions.only(Stage.DENSE, Stage.MMR).withMmrLambda(0.6)).rank(query, candidates, Progress.NONE).ids();

        assertThat(Math.abs(plain.indexOf("doc038") - plain.indexOf("doc163"))).isEqualTo(1);
        assertThat(Math.abs(diverse.indexOf("doc038") - diverse.indexOf("doc163"))).isGreaterThan(1);
    }

    private static double cosine(float[] a, float[] b) {
        double dot = 0;
        double na = 0;
        double nb = 0;
        for (int i = 0; i < a.length; i++) {
            dot += a[i] * b[i];
            na += a[i] * a[i];
            nb += b[i] * b[i];
        }
        return dot / Math.sqrt(na * nb);
    }
}
