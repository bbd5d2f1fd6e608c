package org.scriptorium.core.research.demand;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;

/**
 * The queries a seed phrase is expanded into before asking an autocomplete service, the usual way: the phrase alone,
 * the phrase followed by each letter a–z (what people type next), the phrase after each question word (how, why,
 * what, which) and the phrase followed by "vs" and "for".
 */
public final class SuggestionQueries {
    static final List<String> QUESTION_WORDS = List.of("how", "why", "what", "which");
    static final List<String> AFTER_WORDS = List.of("vs", "for");

    /** One expanded query and how it was made (the kind is what the suggestions it brings are grouped by first). */
    public record Query(String text, Kind kind) {
    }

    /** How a query was made from the seed. */
    public enum Kind { SEED, LETTER, QUESTION, COMPARISON, AUDIENCE }

    private SuggestionQueries() {
    }

    /** The expansions of {@code seed} (trimmed, spaces folded, lower-cased), the seed first; empty for a blank seed. */
    public static List<Query> of(String seed) {
        String phrase = normalise(seed);
        if (phrase.isEmpty()) {
            return List.of();
        }
        List<Query> queries = new ArrayList<>();
        queries.add(new Query(phrase, Kind.SEED));
        for (char letter = 'a'; letter <= 'z'; letter++) {
            queries.add(new Query(phrase + " " + letter, Kind.LETTER));
        }
        QUESTION_WORDS.forEach(word -> queries.add(new Query(word + " " + phrase, Kind.QUESTION)));
        queries.add(new Query(phrase + " vs", Kind.COMPARISON));
        queries.add(new Query(phrase + " for", Kind.AUDIENCE));
        // A seed that already starts with a question word would repeat itself: keep each text once.
        LinkedHashSet<String> seen = new LinkedHashSet<>();
        return queries.stream().filter(q -> seen.add(q.text())).toList();
    }

    /** Lower-case, single spaces, no surrounding space: how suggestions are compared with each other and the seed. */
    public static String normalise(String text) {
        return text == null ? "" : text.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }
}
