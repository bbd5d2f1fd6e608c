package org.scriptorium.core.research.text;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;

/**
 * Okapi BM25 over a fixed list of passages (k1 = 1.2, b = 0.75), on the same terms as the rest of research:
 * stop words removed, light stemming. Immutable after construction, so thread-safe.
 */
public final class Bm25 {
    private static final double K1 = 1.2;
    private static final double B = 0.75;

    /** A passage's index in the list given to the constructor and its score for the query. */
    public record Ranked(int index, double score) {
    }

    private final List<Map<String, Integer>> termCounts = new ArrayList<>();
    private final int[] lengths;
    private final Map<String, List<Integer>> postings = new HashMap<>();
    private final double averageLength;

    public Bm25(List<String> passages) {
        lengths = new int[passages.size()];
        long total = 0;
        for (int i = 0; i < passages.size(); i++) {
            List<String> terms = Terms.of(passages.get(i));
            Map<String, Integer> counts = new HashMap<>();
            for (String term : terms) {
                counts.merge(term, 1, Integer::sum);
            }
            for (String term : counts.keySet()) {
                postings.computeIfAbsent(term, t -> new ArrayList<>()).add(i);
            }
            termCounts.add(counts);
            lengths[i] = terms.size();
            total += terms.size();
        }
        averageLength = passages.isEmpty() ? 0 : (double) total / passages.size();
    }

    public int size() {
        return lengths.length;
    }

    public double score(String query, int passageIndex) {
        if (passageIndex < 0 || passageIndex >= lengths.length) {
            throw new IndexOutOfBoundsException("No passage " + passageIndex + " among " + lengths.length);
        }
        double score = 0;
        for (String term : queryTerms(query)) {
            score += termScore(term, passageIndex);
        }
        return score;
    }

    /** Up to {@code limit} passages that contain a query term, best first; equal scores keep passage order. */
    public List<Ranked> rank(String query, int limit) {
        Map<Integer, Double> scores = new HashMap<>();
        for (String term : queryTerms(query)) {
            for (int passage : postings.getOrDefault(term, List.of())) {
                scores.merge(passage, termScore(term, passage), Double::sum);
            }
        }
        return scores.entrySet().stream()
                .map(e -> new Ranked(e.getKey(), e.getValue()))
                .sorted(Comparator.comparingDouble(Ranked::score).reversed().thenComparingInt(Ranked::index))
                .limit(Math.max(0, limit))
                .toList();
    }

    /** A query term counts once however often it is typed. */
    private static LinkedHashSet<String> queryTerms(String query) {
        return new LinkedHashSet<>(Terms.of(query));
    }

    private double termScore(String term, int passage) {
        Integer tf = termCounts.get(passage).get(term);
        if (tf == null) {
            return 0;
        }
        int df = postings.get(term).size();
        // Lucene's idf variant: never negative, even for a term in most passages.
        double idf = Math.log(1 + (lengths.length - df + 0.5) / (df + 0.5));
        double norm = K1 * (1 - B + B * lengths[passage] / averageLength);
        return idf * tf * (K1 + 1) / (tf + norm);
    }
}
