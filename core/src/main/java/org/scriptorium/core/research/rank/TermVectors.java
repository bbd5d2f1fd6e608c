package org.scriptorium.core.research.rank;

import org.scriptorium.core.research.text.Terms;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Term-count vectors of texts, for telling near-copies apart when no embedder is installed. */
final class TermVectors {
    private final List<Map<String, Integer>> counts;
    private final double[] norms;

    TermVectors(List<String> texts) {
        counts = texts.stream().map(TermVectors::count).toList();
        norms = counts.stream().mapToDouble(c -> Math.sqrt(c.values().stream().mapToDouble(v -> (double) v * v).sum())).toArray();
    }

    private static Map<String, Integer> count(String text) {
        Map<String, Integer> counts = new HashMap<>();
        Terms.of(text).forEach(term -> counts.merge(term, 1, Integer::sum));
        return counts;
    }

    double cosine(int a, int b) {
        if (norms[a] == 0 || norms[b] == 0) {
            return 0;
        }
        Map<String, Integer> small = counts.get(a).size() <= counts.get(b).size() ? counts.get(a) : counts.get(b);
        Map<String, Integer> large = small == counts.get(a) ? counts.get(b) : counts.get(a);
        double dot = 0;
        for (Map.Entry<String, Integer> e : small.entrySet()) {
            dot += (double) e.getValue() * large.getOrDefault(e.getKey(), 0);
        }
        return dot / (norms[a] * norms[b]);
    }
}
