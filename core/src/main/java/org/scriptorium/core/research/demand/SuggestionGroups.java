package org.scriptorium.core.research.demand;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Suggestions gathered over a seed's expansions, deduplicated and grouped: questions, comparisons, who it is for, and
 * the rest. Each keeps how widely it was suggested (in how many answers) and how highly (its best and mean position):
 * together its demand figure, 0–100, the share of answers it appeared in weighted by how near the top.
 */
public final class SuggestionGroups {
    static final Set<String> QUESTION_STARTS = Set.of("how", "why", "what", "which", "who", "when", "where", "can", "is", "are", "does",
            "do", "should", "will");

    /** What a suggestion is, by its words. */
    public enum Group { QUESTIONS, COMPARISONS, AUDIENCE, OTHERS }

    /** One suggestion: the answers it appeared in, its best and mean position (1 = first), its demand 0–100, its group. */
    public record Suggestion(String phrase, Group group, int answers, int bestRank, double meanRank, int demand, List<String> sources) {
    }

    private SuggestionGroups() {
    }

    /** One answer: which service, for which expanded query, and its suggestions in order. */
    public record Answer(String source, SuggestionQueries.Query query, List<String> suggestions) {
    }

    /**
     * Every distinct suggestion of {@code answers} but the seed itself, highest demand first, grouped in the order of
     * {@link Group}.
     */
    public static Map<Group, List<Suggestion>> of(String seed, List<Answer> answers) {
        String self = SuggestionQueries.normalise(seed);
        Map<String, List<int[]>> ranks = new LinkedHashMap<>();
        Map<String, List<String>> sources = new LinkedHashMap<>();
        for (Answer answer : answers) {
            for (int i = 0; i < answer.suggestions().size(); i++) {
                String phrase = answer.suggestions().get(i);
                if (phrase.equals(self)) {
                    continue;
                }
                ranks.computeIfAbsent(phrase, p -> new ArrayList<>()).add(new int[] {i + 1, answer.suggestions().size()});
                List<String> from = sources.computeIfAbsent(phrase, p -> new ArrayList<>());
                if (!from.contains(answer.source())) {
                    from.add(answer.source());
                }
            }
        }
        int total = Math.max(1, answers.size());
        Map<Group, List<Suggestion>> groups = new LinkedHashMap<>();
        for (Group group : Group.values()) {
            groups.put(group, new ArrayList<>());
        }
        ranks.forEach((phrase, seen) -> {
            int best = seen.stream().mapToInt(r -> r[0]).min().orElse(1);
            double mean = seen.stream().mapToInt(r -> r[0]).average().orElse(1);
            // Each appearance counts by how near the top it stood: first of ten is 1, last of ten is 0.1.
            double weight = seen.stream().mapToDouble(r -> (r[1] - r[0] + 1) / (double) r[1]).sum();
            int demand = (int) Math.round(Math.min(100, 100 * weight / total * 4)); // in a quarter of the answers, at the top: 100
            groups.get(group(phrase)).add(new Suggestion(phrase, group(phrase), seen.size(), best, Math.round(mean * 10) / 10.0, demand,
                    List.copyOf(sources.get(phrase))));
        });
        groups.values().forEach(list -> list.sort(Comparator.comparingInt(Suggestion::demand).reversed()
                .thenComparingInt(Suggestion::bestRank).thenComparing(Suggestion::phrase)));
        return groups;
    }

    static Group group(String phrase) {
        String[] words = phrase.split(" ");
        if (QUESTION_STARTS.contains(words[0]) || phrase.endsWith("?")) {
            return Group.QUESTIONS;
        }
        for (String word : words) {
            if (word.equals("vs") || word.equals("versus") || word.equals("or") || word.equals("alternative") || word.equals("alternatives")) {
                return Group.COMPARISONS;
            }
            if (word.equals("for")) {
                return Group.AUDIENCE;
            }
        }
        return Group.OTHERS;
    }
}
