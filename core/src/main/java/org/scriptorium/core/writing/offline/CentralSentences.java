package org.scriptorium.core.writing.offline;

import org.scriptorium.core.research.text.Terms;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;

/**
 * Ranks the sentences of one text by TextRank: PageRank (damping 0.85) over sentences linked by shared terms,
 * normalised by the logs of their lengths. Unlike the research summarizer it ranks every sentence, short and hedged
 * ones included, so a rewrite can keep any of them. Deterministic; ties keep reading order. Thread-safe.
 */
public final class CentralSentences {
    private static final double DAMPING = 0.85;

    private CentralSentences() {
    }

    /** Indices of {@code sentences}, most central first. */
    public static List<Integer> rank(List<String> sentences) {
        int n = sentences.size();
        List<Set<String>> terms = new ArrayList<>();
        sentences.forEach(s -> terms.add(new HashSet<>(Terms.of(s))));
        double[][] weight = new double[n][n];
        double[] out = new double[n];
        for (int i = 0; i < n; i++) {
            for (int j = i + 1; j < n; j++) {
                double w = similarity(terms.get(i), terms.get(j));
                weight[i][j] = w;
                weight[j][i] = w;
                out[i] += w;
                out[j] += w;
            }
        }
        double[] rank = new double[n];
        Arrays.fill(rank, 1.0 / Math.max(1, n));
        for (int iteration = 0; iteration < 200; iteration++) {
            double[] next = new double[n];
            double change = 0;
            for (int i = 0; i < n; i++) {
                double incoming = 0;
                for (int j = 0; j < n; j++) {
                    if (weight[j][i] > 0) {
                        incoming += weight[j][i] / out[j] * rank[j];
                    }
                }
                next[i] = (1 - DAMPING) / n + DAMPING * incoming;
                change += Math.abs(next[i] - rank[i]);
            }
            rank = next;
            if (change < 1e-10) {
                break;
            }
        }
        double[] finalRank = rank;
        return IntStream.range(0, n).boxed()
                .sorted(Comparator.comparingDouble((Integer i) -> -finalRank[i]).thenComparingInt(i -> i))
                .toList();
    }

    static double similarity(Set<String> a, Set<String> b) {
        long shared = a.stream().filter(b::contains).count();
        return shared == 0 ? 0 : shared / (Math.log(1 + a.size()) + Math.log(1 + b.size()));
    }
}
