package org.scriptorium.core.research.rank;

import org.junit.jupiter.api.Test;
import org.scriptorium.core.Progress;
import org.scriptorium.core.writing.ai.ProviderException;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class RerankerTest {
    private static final String QUERY = "why do cats knock things off tables";
    private static final Candidate NEAR_MISS = new Candidate("tables", "Folding tables that will not tip over",
            "Cheap folding tables knock over when someone leans on them; things like locking legs and braces help, and tables with rubber feet stay put.");
    private static final Candidate ANSWER = new Candidate("cats", "The feline habit of swatting objects to the floor",
            "Pawing a mug over the edge is, for cats, partly hunting practice; a kitten tests small objects like prey and owners react.");
    private static final Candidate COPY = new Candidate("cats-copy", "The feline habit of swatting objects onto the floor",
            "Pawing a mug over the edge is, for cats, partly hunting practice; a kitten tests small objects like prey, and owners react.");
    private static final Candidate PLAY = new Candidate("play", "Attention seeking in bored house cats",
            "A bored cat will swat a pen off a shelf because someone always reacts: attention is the reward.");
    private static final Candidate OFF_TOPIC = new Candidate("bread", "Keeping a loaf fresh", "Freeze sliced bread and toast it from frozen.");

    private static final ConceptEmbedder CONCEPTS = new ConceptEmbedder(Map.ofEntries(
            Map.entry("cats", 0), Map.entry("feline", 0), Map.entry("kitten", 0), Map.entry("kittens", 0),
            Map.entry("swatting", 1), Map.entry("pawing", 1), Map.entry("knock", 1),
            Map.entry("folding", 2), Map.entry("legs", 2), Map.entry("braces", 2), Map.entry("tables", 2),
            Map.entry("prey", 3), Map.entry("hunting", 3), Map.entry("bored", 5), Map.entry("attention", 5), Map.entry("swat", 1),
            Map.entry("cat", 0),
            Map.entry("bread", 4), Map.entry("loaf", 4)));

    private static final List<Candidate> CANDIDATES = List.of(NEAR_MISS, OFF_TOPIC, PLAY, ANSWER, COPY);

    private static Reranker reranker(Embedder embedder, RelevanceJudge judge, RerankOptions options) {
        return new Reranker(() -> Optional.ofNullable(embedder), () -> Optional.ofNullable(judge), options);
    }

    @Test
    void wordsAloneRankTheNearMissThatSharesTheQuerysWordsFirst() {
        Ranking ranking = reranker(null, null, RerankOptions.only()).rank(QUERY, CANDIDATES, Progress.NONE);

        assertThat(ranking.ids().getFirst()).isEqualTo("tables");
        assertThat(ranking.stages()).containsExactly(Stage.BM25);
        assertThat(ranking.items()).allSatisfy(item -> assertThat(item.dense()).isNull());
        assertThat(ranking.notes()).isEmpty();
    }

    @Test
    void theDenseStageLiftsTheAnswerWrittenInOtherWordsAboveTheNearMiss() {
        Ranking ranking = reranker(CONCEPTS, null, RerankOptions.only(Stage.DENSE)).rank(QUERY, CANDIDATES, Progress.NONE);

        assertThat(ranking.ids().indexOf("cats")).isLessThan(ranking.ids().indexOf("tables"));
        assertThat(ranking.stages()).containsExactlyInAnyOrder(Stage.BM25, Stage.DENSE);
        RankedCandidate first = ranking.items().getFirst();
        assertThat(first.dense()).isNotNull();
        assertThat(first.relevance()).isEqualTo(first.dense());
        assertThat(ranking.ids().getLast()).isEqualTo("bread");
    }

    @Test
    void withMmrTheNearCopyOfTheAnswerFallsBehindADistinctSource() {
        List<String> plain = reranker(CONCEPTS, null, RerankOptions.only(Stage.DENSE)).rank(QUERY, CANDIDATES, Progress.NONE).ids();
        Ranking diverse = reranker(CONCEPTS, null, RerankOptions.only(Stage.DENSE, Stage.MMR).withMmrLambda(0.6)).rank(QUERY, CANDIDATES, Progress.NONE);

        assertThat(plain.subList(0, 2)).containsExactlyInAnyOrder("cats", "cats-copy");
        assertThat(diverse.ids().indexOf("cats-copy")).isGreaterThan(diverse.ids().indexOf("play"));
        assertThat(diverse.stages()).contains(Stage.MMR);
        assertThat(diverse.items()).allSatisfy(item -> assertThat(item.mmr()).isNotNull());
    }

    @Test
    void withoutAnEmbedderMmrStillPushesTheWordForWordCopyDown() {
        List<Candidate> candidates = List.of(ANSWER, COPY, PLAY, OFF_TOPIC);
        String query = "cats pawing a mug";
        List<String> plain = reranker(null, null, RerankOptions.only()).rank(query, candidates, Progress.NONE).ids();
        List<String> diverse = reranker(null, null, RerankOptions.only(Stage.MMR).withMmrLambda(0.5)).rank(query, candidates, Progress.NONE).ids();

        assertThat(plain.indexOf("play")).isGreaterThan(plain.indexOf("cats-copy"));
        assertThat(diverse.indexOf("play")).isLessThan(diverse.indexOf("cats-copy"));
    }

    @Test
    void askingForTheDenseStageWithoutAnEmbedderSaysSemanticRerankingIsNotInstalled() {
        Ranking ranking = reranker(null, null, RerankOptions.DEFAULT).rank(QUERY, CANDIDATES, Progress.NONE);

        assertThat(ranking.notes()).containsExactly(InstalledEmbedder.NOT_INSTALLED);
        assertThat(ranking.stages()).containsExactlyInAnyOrder(Stage.BM25, Stage.MMR);
    }

    @Test
    void anEmbedderThatFailsLeavesTheWordsOrderAndSaysWhy() {
        Embedder broken = new Embedder() {
            @Override
            public String name() {
                return "broken";
            }

            @Override
            public List<float[]> embed(List<String> texts) {
                throw new IllegalStateException("model file is damaged");
            }
        };
        Ranking ranking = reranker(broken, null, RerankOptions.only(Stage.DENSE)).rank(QUERY, CANDIDATES, Progress.NONE);

        assertThat(ranking.ids().getFirst()).isEqualTo("tables");
        assertThat(ranking.stages()).containsExactly(Stage.BM25);
        assertThat(ranking.notes()).singleElement().asString().contains("model file is damaged");
    }

    @Test
    void onlyTheBestByWordsReachTheLaterStagesAndTheRestKeepTheirOrder() {
        List<Candidate> many = new ArrayList<>(CANDIDATES);
        RerankOptions shallow = new RerankOptions(RerankOptions.only(Stage.DENSE).stages(), 2, 1.0, 0.8, 10);
        Ranking ranking = reranker(CONCEPTS, null, shallow).rank(QUERY, many, Progress.NONE);

        assertThat(ranking.items()).hasSize(many.size());
        assertThat(ranking.items().stream().filter(i -> i.dense() != null)).hasSize(2);
    }

    @Test
    void theJudgeRegradesTheTopAndKeepsTheEarlierOrderWithinAGrade() {
        RelevanceJudge judge = new RelevanceJudge() {
            @Override
            public String name() {
                return "fake judge";
            }

            @Override
            public List<Integer> grade(String query, List<Candidate> candidates, Progress progress) {
                return candidates.stream().map(c -> c.id().equals("play") ? 2 : c.id().equals("tables") ? 0 : 1).toList();
            }
        };
        Ranking ranking = reranker(CONCEPTS, judge, RerankOptions.only(Stage.DENSE, Stage.JUDGE)).rank(QUERY, CANDIDATES, Progress.NONE);

        assertThat(ranking.ids().getFirst()).isEqualTo("play");
        assertThat(ranking.ids().getLast()).isEqualTo("tables");
        assertThat(ranking.stages()).contains(Stage.JUDGE);
        assertThat(ranking.items().getFirst().judgement()).isEqualTo(2);
    }

    @Test
    void aJudgeThatCannotBeReachedLeavesTheOrderAndSaysWhy() {
        RelevanceJudge unreachable = new RelevanceJudge() {
            @Override
            public String name() {
                return "Ollama · llama3.2";
            }

            @Override
            public List<Integer> grade(String query, List<Candidate> candidates, Progress progress) {
                throw new ProviderException(ProviderException.Kind.NOT_RUNNING, "Ollama is not running on localhost:11434.");
            }
        };
        List<String> without = reranker(CONCEPTS, null, RerankOptions.only(Stage.DENSE)).rank(QUERY, CANDIDATES, Progress.NONE).ids();
        Ranking ranking = reranker(CONCEPTS, unreachable, RerankOptions.only(Stage.DENSE, Stage.JUDGE)).rank(QUERY, CANDIDATES, Progress.NONE);

        assertThat(ranking.ids()).isEqualTo(without);
        assertThat(ranking.stages()).doesNotContain(Stage.JUDGE);
        assertThat(ranking.notes()).singleElement().asString().contains("Ollama is not running");
    }

    @Test
    void aCancelledRunStopsBeforeTheModelIsAsked() {
        ConceptEmbedder counting = new ConceptEmbedder(Map.of("cats", 0));
        Progress cancelled = new Progress() {
            @Override
            public void update(double fraction, String message) {
            }

            @Override
            public boolean isCancelled() {
                return true;
            }
        };
        assertThatThrownBy(() -> reranker(counting, null, RerankOptions.DEFAULT).rank(QUERY, CANDIDATES, cancelled))
                .isInstanceOf(Progress.Cancelled.class);
        assertThat(counting.calls).hasValue(0);
    }
}
