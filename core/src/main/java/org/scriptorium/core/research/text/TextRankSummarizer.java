package org.scriptorium.core.research.text;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * Extractive summaries with citations. Sentences of all passages form a graph weighted by shared terms normalised
 * by the logs of their lengths (TextRank); PageRank with damping 0.85, its random jumps leaning slightly toward
 * sentences that share terms with the topic, ranks them. Sentences are then picked by maximal marginal relevance
 * so near-repeats from different sources are not picked twice. A sentence found in several sources cites them all.
 * Thread-safe: it keeps no state.
 */
public final class TextRankSummarizer {
    static final double DAMPING = 0.85;
    /** The share of random jumps that go to sentences about the topic rather than to any sentence. */
    static final double TOPIC_BIAS = 0.3;
    /** Relevance against novelty when picking: mostly rank, a little distance from what was already picked. */
    private static final double MMR_LAMBDA = 0.7;
    /** Sentences sharing this much of their terms say the same thing; the second adds no information. */
    private static final double NEAR_REPEAT = 0.6;
    /** Sentences this alike are one sentence in several sources, cited once with all of them. */
    private static final double SAME_SENTENCE = 0.85;
    private static final int MIN_WORDS = 4;
    private static final Pattern UNCERTAIN = Pattern.compile(
            "\\b(unclear|unknown|uncertain|not yet|yet to|remains? to be seen|not known|not clear|open question|undecided|disputed|whether|may|might)\\b");

    private static final class Node {
        final String text;
        final Set<String> terms;
        final TreeSet<Integer> sources = new TreeSet<>();
        final int order;
        double rank;

        Node(String text, Set<String> terms, int order) {
            this.text = text;
            this.terms = terms;
            this.order = order;
        }

        boolean isQuestion() {
            return text.endsWith("?");
        }

        boolean isUncertain() {
            return isQuestion() || UNCERTAIN.matcher(text).find();
        }

        CitedSentence cited() {
            return new CitedSentence(text, sources);
        }
    }

    public Summary summarize(List<SourcedPassage> passages, String topic, int maxSentences) {
        List<Node> nodes = sentences(passages);
        if (nodes.isEmpty() || maxSentences <= 0) {
            return new Summary(List.of(), List.of(), List.of());
        }
        rank(nodes, new HashSet<>(Terms.of(topic == null ? "" : topic)));
        List<Node> ranked = new ArrayList<>(nodes);
        ranked.sort(Comparator.comparingDouble((Node n) -> -n.rank).thenComparingInt(n -> n.order));
        double top = ranked.getFirst().rank;

        // What is uncertain goes to the open questions only, so no sentence is shown twice.
        List<Node> statements = ranked.stream().filter(n -> !n.isUncertain()).toList();
        if (statements.isEmpty()) {
            statements = ranked.stream().filter(n -> !n.isQuestion()).toList();
        }
        List<Node> picked = new ArrayList<>();
        pick(statements, picked, maxSentences, top);
        List<Node> summary = new ArrayList<>(picked);
        summary.sort(Comparator.comparingInt(n -> n.order));
        pick(statements, picked, 2 * maxSentences, top);
        List<Node> keyPoints = picked.subList(summary.size(), picked.size());
        List<Node> open = new ArrayList<>();
        pick(ranked.stream().filter(Node::isUncertain).toList(), open, maxSentences, top);

        return new Summary(summary.stream().map(Node::cited).toList(), keyPoints.stream().map(Node::cited).toList(),
                open.stream().map(Node::cited).toList());
    }

    /** Every sentence of every passage, the same sentence in several sources merged into one node citing them all. */
    private static List<Node> sentences(List<SourcedPassage> passages) {
        List<Node> nodes = new ArrayList<>();
        for (SourcedPassage passage : passages) {
            for (String sentence : Sentences.of(passage.text())) {
                if (Sentences.wordCount(sentence) < MIN_WORDS) {
                    continue;
                }
                Set<String> terms = new HashSet<>(Terms.of(sentence));
                Node same = nodes.stream().filter(n -> jaccard(n.terms, terms) >= SAME_SENTENCE).findFirst().orElse(null);
                if (same == null) {
                    same = new Node(sentence, terms, nodes.size());
                    nodes.add(same);
                }
                same.sources.add(passage.sourceNumber());
            }
        }
        return nodes;
    }

    /** Personalised PageRank over the TextRank similarity graph, iterated until the ranks stop changing. */
    private static void rank(List<Node> nodes, Set<String> topicTerms) {
        int n = nodes.size();
        double[][] weight = new double[n][n];
        double[] outWeight = new double[n];
        for (int i = 0; i < n; i++) {
            for (int j = i + 1; j < n; j++) {
                double w = similarity(nodes.get(i).terms, nodes.get(j).terms);
                weight[i][j] = w;
                weight[j][i] = w;
                outWeight[i] += w;
                outWeight[j] += w;
            }
        }
        double[] jump = new double[n];
        double onTopic = 0;
        for (int i = 0; i < n; i++) {
            jump[i] = overlap(nodes.get(i).terms, topicTerms);
            onTopic += jump[i];
        }
        for (int i = 0; i < n; i++) {
            jump[i] = onTopic == 0 ? 1.0 / n : (1 - TOPIC_BIAS) / n + TOPIC_BIAS * jump[i] / onTopic;
        }
        double[] rank = new double[n];
        Arrays.fill(rank, 1.0 / n);
        for (int iteration = 0; iteration < 1000; iteration++) {
            double dangling = 0;
            for (int j = 0; j < n; j++) {
                if (outWeight[j] == 0) {
                    dangling += rank[j];
                }
            }
            double[] next = new double[n];
            double change = 0;
            for (int i = 0; i < n; i++) {
                double incoming = 0;
                for (int j = 0; j < n; j++) {
                    if (weight[j][i] > 0) {
                        incoming += weight[j][i] / outWeight[j] * rank[j];
                    }
                }
                next[i] = (1 - DAMPING) * jump[i] + DAMPING * (incoming + dangling * jump[i]);
                change += Math.abs(next[i] - rank[i]);
            }
            rank = next;
            if (change < 1e-10) {
                break;
            }
        }
        for (int i = 0; i < n; i++) {
            nodes.get(i).rank = rank[i];
        }
    }

    /** Adds to {@code picked}, until it holds {@code total}, the candidate best by rank and least like those picked. */
    private static void pick(List<Node> candidates, List<Node> picked, int total, double topRank) {
        while (picked.size() < total) {
            Node best = null;
            double bestScore = Double.NEGATIVE_INFINITY;
            for (Node candidate : candidates) {
                if (picked.contains(candidate)) {
                    continue;
                }
                double likeness = picked.stream().mapToDouble(p -> jaccard(p.terms, candidate.terms)).max().orElse(0);
                if (likeness >= NEAR_REPEAT) {
                    continue;
                }
                double score = MMR_LAMBDA * candidate.rank / topRank - (1 - MMR_LAMBDA) * likeness;
                if (score > bestScore) {
                    best = candidate;
                    bestScore = score;
                }
            }
            if (best == null) {
                return;
            }
            picked.add(best);
        }
    }

    /** TextRank's sentence similarity: shared terms over the sum of the logs of both sentences' lengths. */
    private static double similarity(Set<String> a, Set<String> b) {
        int shared = overlap(a, b);
        return shared == 0 ? 0 : shared / (Math.log(1 + a.size()) + Math.log(1 + b.size()));
    }

    private static int overlap(Set<String> a, Set<String> b) {
        Set<String> smaller = a.size() <= b.size() ? a : b;
        Set<String> larger = smaller == a ? b : a;
        int shared = 0;
        for (String term : smaller) {
            if (larger.contains(term)) {
                shared++;
            }
        }
        return shared;
    }

    private static double jaccard(Set<String> a, Set<String> b) {
        int shared = overlap(a, b);
        int union = a.size() + b.size() - shared;
        return union == 0 ? 0 : (double) shared / union;
    }
}
