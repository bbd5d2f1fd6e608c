package org.scriptorium.core.research.keywords;

import org.scriptorium.core.research.text.Terms;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.ToIntFunction;

/**
 * Groups keyword phrases that ask for the same thing: their stemmed words, less the seed's, overlapping by at least
 * half (Jaccard) or one phrase's words all within the other's ("sourdough starter smell" and "sourdough starter smells
 * like acetone"), joined single-link so "easy recipe" and "recipe with yeast" meet through "recipe". A phrase with no
 * word beyond the seed's stands alone. Each cluster is named by its highest-demand phrase.
 */
public final class KeywordClusters {
    static final double SAME_NEED = 0.5;

    private KeywordClusters() {
    }

    /** Cluster name of every phrase, in the order given. */
    public static Map<String, String> of(List<String> phrases, Set<String> seedWords, ToIntFunction<String> demand) {
        List<Set<String>> terms = new ArrayList<>();
        for (String phrase : phrases) {
            Set<String> own = new HashSet<>(Terms.of(phrase));
            own.removeAll(seedWords);
            terms.add(own);
        }
        java.util.Map<String, Integer> phrasesWith = new java.util.HashMap<>();
        terms.forEach(own -> own.forEach(term -> phrasesWith.merge(term, 1, Integer::sum)));
        int[] parent = new int[phrases.size()];
        for (int i = 0; i < parent.length; i++) {
            parent[i] = i;
        }
        for (int i = 0; i < phrases.size(); i++) {
            for (int j = i + 1; j < phrases.size(); j++) {
                if (sameNeed(terms.get(i), terms.get(j), phrasesWith)) {
                    parent[find(parent, j)] = find(parent, i);
                }
            }
        }
        Map<Integer, String> names = new LinkedHashMap<>();
        for (int i = 0; i < phrases.size(); i++) {
            int root = find(parent, i);
            String current = names.get(root);
            String candidate = phrases.get(i);
            if (current == null || demand.applyAsInt(candidate) > demand.applyAsInt(current)
                    || demand.applyAsInt(candidate) == demand.applyAsInt(current) && candidate.length() < current.length()) {
                names.put(root, candidate);
            }
        }
        Map<String, String> clusterOf = new LinkedHashMap<>();
        for (int i = 0; i < phrases.size(); i++) {
            clusterOf.put(phrases.get(i), names.get(find(parent, i)));
        }
        return clusterOf;
    }

    /** The stemmed words of a seed, which every phrase shares and so say nothing about which need it is. */
    public static Set<String> seedWords(String seed) {
        return new HashSet<>(Terms.of(seed));
    }

    /**
     * Half the words in common, or one phrase's words all within the other's; a lone word within another phrase
     * counts only when few phrases use it ("smell" in two), not a word many needs share ("java" in "java 21", "what
     * are virtual threads in java" and "best book on java").
     */
    static boolean sameNeed(Set<String> a, Set<String> b, java.util.Map<String, Integer> phrasesWith) {
        if (a.isEmpty() || b.isEmpty()) {
            return false;
        }
        int common = 0;
        for (String term : a) {
            if (b.contains(term)) {
                common++;
            }
        }
        Set<String> smaller = a.size() <= b.size() ? a : b;
        boolean within = common == smaller.size() && (smaller.size() > 1 || phrasesWith.getOrDefault(smaller.iterator().next(), 0) <= 2);
        return within || common / (double) (a.size() + b.size() - common) >= SAME_NEED;
    }

    private static int find(int[] parent, int i) {
        while (parent[i] != i) {
            parent[i] = parent[parent[i]];
            i = parent[i];
        }
        return i;
    }
}
