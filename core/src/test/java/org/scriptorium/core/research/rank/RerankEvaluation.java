package org.scriptorium.core.research.rank;

import org.scriptorium.core.Progress;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Scores a reranker on the labelled research set: each query ranks the whole corpus as deep research would rank its
 * candidates, and the top ten are scored by nDCG@10 with gains 2^grade - 1. A second figure, novelty nDCG@10, gives a
 * near-duplicate of a document already listed no gain, since a reader learns nothing from the copy.
 */
public final class RerankEvaluation {
    static final int CUTOFF = 10;

    /** The mean scores over every query, and the mean milliseconds one query's ranking took. */
    public record Result(String label, double ndcg, double noveltyNdcg, double millisPerRun, Map<String, Double> ndcgPerQuery) {
        public String describe() {
            return String.format(Locale.ROOT, "%-28s nDCG@10 %.3f   novelty nDCG@10 %.3f   %8.1f ms per run", label, ndcg, noveltyNdcg, millisPerRun);
        }
    }

    private final LabelledResearchSet set;

    public RerankEvaluation(LabelledResearchSet set) {
        this.set = set;
    }

    public LabelledResearchSet set() {
        return set;
    }

    public Result evaluate(String label, Reranker reranker) {
        Map<String, Double> perQuery = new LinkedHashMap<>();
        double novelty = 0;
        long nanos = 0;
        for (Map.Entry<String, String> query : set.queries().entrySet()) {
            long start = System.nanoTime();
            Ranking ranking = reranker.rank(query.getValue(), set.documents(), Progress.NONE);
            nanos += System.nanoTime() - start;
            List<String> ids = ranking.ids();
            perQuery.put(query.getKey(), ndcg(query.getKey(), ids, false));
            novelty += ndcg(query.getKey(), ids, true);
        }
        int n = set.queries().size();
        double mean = perQuery.values().stream().mapToDouble(Double::doubleValue).sum() / n;
        return new Result(label, mean, novelty / n, nanos / 1e6 / n, perQuery);
    }

    /** Where (from 1) a document lands for a query, or 0 when the ranking leaves it out. */
    public int position(Reranker reranker, String queryId, String document) {
        List<String> ids = reranker.rank(set.queries().get(queryId), set.documents(), Progress.NONE).ids();
        return ids.indexOf(document) + 1;
    }

    double ndcg(String query, List<String> ranked, boolean novelty) {
        double ideal = idealDcg(query, novelty);
        return ideal == 0 ? 0 : dcg(query, ranked, novelty) / ideal;
    }

    private double dcg(String query, List<String> ranked, boolean novelty) {
        Set<String> seen = new HashSet<>();
        double dcg = 0;
        for (int i = 0; i < Math.min(CUTOFF, ranked.size()); i++) {
            String document = ranked.get(i);
            boolean copy = !seen.add(set.original(document));
            int grade = novelty && copy ? 0 : set.grade(query, document);
            dcg += gain(grade) / log2(i + 2);
        }
        return dcg;
    }

    private double idealDcg(String query, boolean novelty) {
        List<Map.Entry<String, Integer>> judged = new ArrayList<>(set.judgements().getOrDefault(query, Map.of()).entrySet());
        judged.sort(Map.Entry.<String, Integer>comparingByValue(Comparator.reverseOrder()).thenComparing(Map.Entry.comparingByKey()));
        Set<String> seen = new HashSet<>();
        List<Integer> grades = new ArrayList<>();
        for (Map.Entry<String, Integer> e : judged) {
            if (!novelty || seen.add(set.original(e.getKey()))) {
                grades.add(e.getValue());
            }
        }
        double dcg = 0;
        for (int i = 0; i < Math.min(CUTOFF, grades.size()); i++) {
            dcg += gain(grades.get(i)) / log2(i + 2);
        }
        return dcg;
    }

    private static double gain(int grade) {
        return Math.pow(2, grade) - 1;
    }

    private static double log2(double x) {
        return Math.log(x) / Math.log(2);
    }
}
