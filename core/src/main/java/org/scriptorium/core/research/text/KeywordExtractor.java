package org.scriptorium.core.research.text;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The words and two-word phrases that set a group of documents apart from the rest: how many of the group's
 * documents use a term, times how rare it is in the background documents (a TF-IDF of the group against the
 * background). Returned as people wrote them ("virtual threads", "Java 25"), not as stems. Thread-safe.
 */
public final class KeywordExtractor {
    /** Phrases say more than single words; this lets a phrase used a little less still rank above its words. */
    private static final double BIGRAM_BOOST = 1.5;

    /**
     * Up to {@code max} keywords of the cluster, best first. A term must be used by at least two of the cluster's
     * documents when it has several, so one document's pet word does not speak for the group.
     */
    public List<String> keywords(List<String> documentsOfCluster, List<String> backgroundDocuments, int max) {
        if (max <= 0 || documentsOfCluster.isEmpty()) {
            return List.of();
        }
        Terms.DisplayForms display = new Terms.DisplayForms();
        List<List<String>> cluster = documentsOfCluster.stream().map(d -> grams(d, display)).toList();
        Map<String, Integer> backgroundDocs = new HashMap<>();
        for (String document : backgroundDocuments) {
            for (String gram : new HashSet<>(grams(document, null))) {
                backgroundDocs.merge(gram, 1, Integer::sum);
            }
        }
        return keywords(cluster, backgroundDocs, backgroundDocuments.size(), max, display);
    }

    /**
     * As {@link #keywords(List, List, int)} for documents already cut into {@link #grams}: for callers that describe
     * many groups of one collection and count the background once.
     */
    List<String> keywords(List<List<String>> cluster, Map<String, Integer> backgroundDocs, int backgroundSize, int max,
                          Terms.DisplayForms display) {
        if (max <= 0 || cluster.isEmpty()) {
            return List.of();
        }
        Map<String, Integer> clusterDocs = new HashMap<>();
        Map<String, Integer> clusterCount = new HashMap<>();
        for (List<String> grams : cluster) {
            for (String gram : grams) {
                clusterCount.merge(gram, 1, Integer::sum);
            }
            for (String gram : new HashSet<>(grams)) {
                clusterDocs.merge(gram, 1, Integer::sum);
            }
        }
        int minDocs = Math.min(2, cluster.size());
        double size = cluster.size();
        List<Scored> scored = new ArrayList<>();
        for (Map.Entry<String, Integer> gram : clusterDocs.entrySet()) {
            int docs = gram.getValue();
            if (docs < minDocs) {
                continue;
            }
            double idf = Math.log((backgroundSize + 2.0) / (backgroundDocs.getOrDefault(gram.getKey(), 0) + 1.0));
            double repeats = 1 + Math.log((double) clusterCount.get(gram.getKey()) / docs);
            double score = (docs / size) * repeats * idf * (isBigram(gram.getKey()) ? BIGRAM_BOOST : 1);
            scored.add(new Scored(gram.getKey(), score));
        }
        scored.sort(Comparator.comparingDouble(Scored::score).reversed().thenComparing(Scored::gram));
        return select(scored, max).stream().map(display::of).toList();
    }

    /**
     * The best terms, where a phrase replaces a word already chosen that it contains, and a word is skipped when
     * a chosen phrase contains it: "virtual threads", not "virtual threads", "threads".
     */
    private static List<String> select(List<Scored> ranked, int max) {
        List<String> chosen = new ArrayList<>();
        for (Scored candidate : ranked) {
            if (chosen.size() == max) {
                break;
            }
            String gram = candidate.gram();
            if (isBigram(gram)) {
                Set<String> parts = Set.of(gram.split(" "));
                int replaced = -1;
                for (int i = 0; i < chosen.size() && replaced < 0; i++) {
                    if (parts.contains(chosen.get(i))) {
                        replaced = i;
                    }
                }
                if (replaced >= 0) {
                    chosen.set(replaced, gram);
                    chosen.removeIf(c -> !c.equals(gram) && parts.contains(c));
                } else {
                    chosen.add(gram);
                }
            } else if (chosen.stream().noneMatch(c -> isBigram(c) && List.of(c.split(" ")).contains(gram))) {
                chosen.add(gram);
            }
        }
        return chosen;
    }

    /** Words and adjacent word pairs of a document; pairs never span punctuation or a removed stop word. */
    static List<String> grams(String document, Terms.DisplayForms display) {
        List<Terms.Token> tokens = Terms.tokens(document);
        List<String> grams = new ArrayList<>();
        for (int i = 0; i < tokens.size(); i++) {
            Terms.Token token = tokens.get(i);
            if (!Terms.isNumber(token.term()) && token.term().length() > 1) {
                grams.add(token.term());
                if (display != null) {
                    display.add(token.term(), token.surface());
                }
            }
            if (i + 1 < tokens.size() && adjacent(document, token, tokens.get(i + 1))) {
                Terms.Token next = tokens.get(i + 1);
                if (Terms.isNumber(token.term())) {
                    continue; // "25 release" is not a phrase, "Java 25" is
                }
                String gram = token.term() + " " + next.term();
                grams.add(gram);
                if (display != null) {
                    display.add(gram, token.surface() + " " + next.surface());
                }
            }
        }
        return grams;
    }

    private static boolean adjacent(String document, Terms.Token a, Terms.Token b) {
        if (b.position() != a.position() + 1) {
            return false;
        }
        for (int i = a.end(); i < b.start(); i++) {
            char c = document.charAt(i);
            if (!Character.isWhitespace(c) && c != '-') {
                return false;
            }
        }
        return true;
    }

    private static boolean isBigram(String gram) {
        return gram.indexOf(' ') >= 0;
    }

    private record Scored(String gram, double score) {
    }
}
