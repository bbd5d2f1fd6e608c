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
 * together its demand figure, 0–100: of one service's answers, the share it appeared in, each appearance weighted by
 * how near the top it stood (first of ten counts 1, last 0.1), for the service that suggests it most. First in every
 * answer is 100; suggested at all is at least 1.
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
     * Every distinct suggestion of {@code answers} but the seed and the queries echoed back, highest demand first, grouped in the order of
     * {@link Group}.
     */
    public static Map<Group, List<Suggestion>> of(String seed, List<Answer> answers) {
        String self = SuggestionQueries.normalise(seed);
        Map<String, List<int[]>> ranks = new LinkedHashMap<>();
        Map<String, List<String>> sources = new LinkedHashMap<>();
        Map<String, Integer> answersBySource = new LinkedHashMap<>();
        Map<String, Map<String, Double>> weightBySource = new LinkedHashMap<>();
        for (Answer answer : answers) {
            answersBySource.merge(answer.source(), 1, Integer::sum);
            int size = answer.suggestions().size();
            for (int i = 0; i < size; i++) {
                String phrase = answer.suggestions().get(i);
                if (phrase.equals(self) || phrase.equals(answer.query().text())) {
                    continue; // the seed, or the question echoed back ("sourdough starter a"): not something people search for
                }
                ranks.computeIfAbsent(phrase, p -> new ArrayList<>()).add(new int[] {i + 1, size});
                weightBySource.computeIfAbsent(phrase, p -> new LinkedHashMap<>()).merge(answer.source(), (size - i) / (double) size, Double::sum);
                List<String> from = sources.computeIfAbsent(phrase, p -> new ArrayList<>());
                if (!from.contains(answer.source())) {
                    from.add(answer.source());
                }
            }
        }
        Map<Group, List<Suggestion>> groups = new LinkedHashMap<>();
        for (Group group : Group.values()) {
            groups.put(group, new ArrayList<>());
        }
        ranks.forEach((phrase, seen) -> {
            int best = seen.stream().mapToInt(r -> r[0]).min().orElse(1);
            double mean = seen.stream().mapToInt(r -> r[0]).average().orElse(1);
            double share = weightBySource.get(phrase).entrySet().stream()
                    .mapToDouble(e -> e.getValue() / answersBySource.get(e.getKey())).max().orElse(0);
            // Suggested at all is some demand: 1 at the least, so a rare suggestion never reads as none.
            int demand = (int) Math.max(1, Math.round(Math.min(100, 100 * share)));
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
