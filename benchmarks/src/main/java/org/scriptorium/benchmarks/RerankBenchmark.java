package org.scriptorium.benchmarks;

import org.scriptorium.core.Progress;
import org.scriptorium.core.Studio;
import org.scriptorium.core.research.deep.DeepResearch;
import org.scriptorium.core.research.documents.IncomingDocument;
import org.scriptorium.core.research.rank.Candidate;
import org.scriptorium.core.research.rank.Embedder;
import org.scriptorium.core.research.rank.InstalledEmbedder;
import org.scriptorium.core.research.rank.LabelledResearchSet;
import org.scriptorium.core.research.rank.Ranking;
import org.scriptorium.core.research.rank.RerankEvaluation;
import org.scriptorium.core.research.rank.RerankOptions;
import org.scriptorium.core.research.rank.Reranker;
import org.scriptorium.core.research.rank.Stage;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Research reranking, stage by stage, on the labelled research set (core's test fixtures): for each combination of
 * stages, every query ranks the whole corpus through the product's {@link Reranker}, and the mean nDCG@10, novelty
 * nDCG@10 and milliseconds per ranking are printed, after one unmeasured pass. Then whole deep research runs through a
 * studio holding the corpus (gather, rank, write, store), timed one by one. Needs the semantic module on the class
 * path; checks that each ranking kept every candidate and ran the stages asked for, and that each research run ranked
 * by meaning and cited a source, before it prints a figure.
 *
 * <pre>RerankBenchmark [research runs (20)]</pre>
 */
public final class RerankBenchmark {
    private RerankBenchmark() {
    }

    private record Configuration(String label, RerankOptions options) {
    }

    public static void main(String[] args) {
        BenchmarkFailed.runMain("Reranking", () -> run(args.length > 0 ? Integer.parseInt(args[0]) : 20));
    }

    private static void run(int researchRuns) throws Exception {
        LabelledResearchSet set = LabelledResearchSet.load();
        long loading = System.nanoTime();
        Optional<Embedder> embedder = new InstalledEmbedder().get();
        BenchmarkFailed.check(embedder.isPresent(), "no embedder on the class path: is the semantic module built?");
        Embedder model = embedder.get();
        model.embed(List.of("warm"));
        double loadMillis = (System.nanoTime() - loading) / 1e6;

        int corpus = set.documents().size();
        List<Configuration> configurations = List.of(
                new Configuration("BM25", RerankOptions.only()),
                new Configuration("BM25 + MMR", RerankOptions.only(Stage.MMR)),
                new Configuration("BM25 + dense", RerankOptions.only(Stage.DENSE)),
                new Configuration("BM25 + dense + MMR", RerankOptions.only(Stage.DENSE, Stage.MMR)),
                new Configuration("BM25 + dense, all " + corpus, RerankOptions.only(Stage.DENSE).withDepth(corpus)));
        RerankEvaluation evaluation = new RerankEvaluation(set);
        System.out.printf(Locale.ROOT, "Reranking the labelled research set: %d queries over %d documents (%s, loaded in %.0f ms; "
                + "the first %d by BM25 go on to the later stages, MMR lambda %.2f)%n", set.queries().size(), corpus, model.name(), loadMillis,
                RerankOptions.DEPTH, RerankOptions.MMR_LAMBDA);
        for (Configuration configuration : configurations) {
            Reranker reranker = new Reranker(() -> embedder, Optional::empty, configuration.options());
            // Warm-up, unmeasured: the check and two more queries (JIT, and the model's own first calls).
            check(reranker, set, configuration.options().stages());
            set.queries().values().stream().skip(1).limit(2).forEach(q -> reranker.rank(q, set.documents(), Progress.NONE));
            System.out.println("  " + evaluation.evaluate(configuration.label(), reranker).describe());
        }
        System.out.println("  (the judge stage is not measured here: it needs a configured text model)");
        researchRuns(set, researchRuns);
    }

    /** A ranking keeps every candidate, once, and runs the stages asked for. */
    private static void check(Reranker reranker, LabelledResearchSet set, Set<Stage> wanted) {
        String query = set.queries().values().iterator().next();
        Ranking ranking = reranker.rank(query, set.documents(), Progress.NONE);
        BenchmarkFailed.check(ranking.items().size() == set.documents().size() && Set.copyOf(ranking.ids()).size() == set.documents().size(),
                "a ranking of %d candidates kept %d", set.documents().size(), ranking.items().size());
        BenchmarkFailed.check(ranking.stages().equals(wanted), "stages %s were asked for, %s ran (%s)", wanted, ranking.stages(), ranking.notes());
    }

    /** Whole research runs as the window starts them, on topics named by the set's queries. */
    private static void researchRuns(LabelledResearchSet set, int runs) throws Exception {
        Path dataDir = Files.createTempDirectory("scriptorium-rerank-bench");
        try (Studio studio = Studio.open(dataDir)) {
            var research = studio.research();
            for (Candidate document : set.documents()) {
                research.documents().add(null, new IncomingDocument(null, "https://corpus.example/" + document.id(), document.title(), null,
                        Instant.parse("2026-11-01T08:00:00Z"), document.text(), document.text(), "en", null, null));
            }
            // Research gathers what the store's search finds for a topic's title (every word must match), up to 20 documents;
            // a topic named by the word of a query that finds most makes a run with as many candidates as a real one.
            List<String> queries = new ArrayList<>();
            int candidates = 0;
            for (String query : set.queries().values()) {
                String word = Arrays.stream(query.split(" ")).filter(w -> w.length() > 3)
                        .max(Comparator.comparingInt((String w) -> research.documents().search(w).size())).orElseThrow();
                if (!queries.contains(word) && research.documents().search(word).size() >= 5) {
                    queries.add(word);
                    candidates += Math.min(20, research.documents().search(word).size());
                }
            }
            BenchmarkFailed.check(queries.size() > Math.min(runs, 5), "only %d topics find five documents or more", queries.size());
            research.deepResearch().run(research.topics().create(queries.getLast(), null).id(), Progress.NONE); // warm-up
            double[] millis = new double[Math.min(runs, queries.size() - 1)];
            int sources = 0;
            for (int i = 0; i < millis.length; i++) {
                var topic = research.topics().create(queries.get(i), null);
                long start = System.nanoTime();
                DeepResearch.Outcome outcome = research.deepResearch().run(topic.id(), Progress.NONE);
                millis[i] = (System.nanoTime() - start) / 1e6;
                BenchmarkFailed.check(outcome.rankedBy().contains(Stage.DENSE), "research on \"%s\" ranked by %s: %s", queries.get(i),
                        outcome.rankedBy(), outcome.warnings());
                BenchmarkFailed.check(!outcome.report().report().sources().isEmpty(), "research on \"%s\" cited nothing", queries.get(i));
                sources += outcome.report().report().sources().size();
            }
            Arrays.sort(millis);
            System.out.printf(Locale.ROOT, "Deep research runs (gather, rank with BM25 + dense, write, store) on %d stored documents, "
                    + "%d candidates on average: median %.0f ms, mean %.0f ms per run over %d runs; %.1f sources cited per report%n",
                    research.documents().count(), candidates / queries.size(), millis[millis.length / 2], Arrays.stream(millis).average().orElse(0),
                    millis.length, (double) sources / millis.length);
        } finally {
            SeedDrafts.deleteRecursively(dataDir);
        }
    }
}
