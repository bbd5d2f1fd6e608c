package org.scriptorium.core.research.demand;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Expanding a seed, reading the services' two answer shapes, and grouping what they suggest. */
class SuggestionsTest {
    @Test
    void aSeedIsExpandedWithEachLetterTheQuestionWordsAndComparisons() {
        List<SuggestionQueries.Query> queries = SuggestionQueries.of("  Sourdough   Starter ");
        assertThat(queries).hasSize(1 + 26 + 4 + 2);
        assertThat(queries.getFirst()).isEqualTo(new SuggestionQueries.Query("sourdough starter", SuggestionQueries.Kind.SEED));
        assertThat(queries).extracting(SuggestionQueries.Query::text)
                .contains("sourdough starter a", "sourdough starter z", "how sourdough starter", "which sourdough starter",
                        "sourdough starter vs", "sourdough starter for");
        assertThat(SuggestionQueries.of("   ")).isEmpty();
    }

    @Test
    void openSearchAndDuckDuckGoAnswersAreReadAndAnythingElseIsMalformed() throws Exception {
        byte[] wikipedia = """
                ["sourdough",["Sourdough","Sourdough bread","Sourdough  starter"],["","",""],
                 ["https://en.wikipedia.org/wiki/Sourdough","https://en.wikipedia.org/wiki/Sourdough_bread","x"]]"""
                .getBytes(StandardCharsets.UTF_8);
        assertThat(SuggestionFormats.parse(wikipedia)).containsExactly("sourdough", "sourdough bread", "sourdough starter");
        byte[] duckDuckGo = """
                [{"phrase":"sourdough starter recipe"},{"phrase":"Sourdough starter recipe"},{"phrase":"sourdough discard"},{"nope":1}]"""
                .getBytes(StandardCharsets.UTF_8);
        assertThat(SuggestionFormats.parse(duckDuckGo)).containsExactly("sourdough starter recipe", "sourdough discard");
        assertThat(SuggestionFormats.parse("[]".getBytes(StandardCharsets.UTF_8))).isEmpty();
        assertThatThrownBy(() -> SuggestionFormats.parse("<html>rate limited</html>".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(SuggestionFormats.MalformedAnswer.class);
        assertThatThrownBy(() -> SuggestionFormats.parse("{\"error\":\"x\"}".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(SuggestionFormats.MalformedAnswer.class);
    }

    @Test
    void suggestionsAreGroupedAndTheWidelyAndHighlySuggestedComeFirst() {
        var seed = new SuggestionQueries.Query("sourdough starter", SuggestionQueries.Kind.SEED);
        var how = new SuggestionQueries.Query("how sourdough starter", SuggestionQueries.Kind.QUESTION);
        var vs = new SuggestionQueries.Query("sourdough starter vs", SuggestionQueries.Kind.COMPARISON);
        List<SuggestionGroups.Answer> answers = List.of(
                new SuggestionGroups.Answer("duckduckgo", seed, List.of("sourdough starter", "sourdough starter recipe", "sourdough starter smell")),
                new SuggestionGroups.Answer("wikipedia", seed, List.of("sourdough starter recipe")),
                new SuggestionGroups.Answer("duckduckgo", how, List.of("how to make sourdough starter", "how long does sourdough starter last")),
                new SuggestionGroups.Answer("duckduckgo", vs, List.of("sourdough starter vs yeast", "sourdough starter for beginners")));

        Map<SuggestionGroups.Group, List<SuggestionGroups.Suggestion>> groups = SuggestionGroups.of("Sourdough Starter", answers);

        List<SuggestionGroups.Suggestion> others = groups.get(SuggestionGroups.Group.OTHERS);
        assertThat(others).extracting(SuggestionGroups.Suggestion::phrase)
                .containsExactly("sourdough starter recipe", "sourdough starter smell"); // the seed itself is not a suggestion
        assertThat(others.getFirst().answers()).isEqualTo(2);
        assertThat(others.getFirst().sources()).containsExactly("duckduckgo", "wikipedia");
        assertThat(others.getFirst().demand()).isGreaterThan(others.get(1).demand());
        assertThat(groups.get(SuggestionGroups.Group.QUESTIONS)).extracting(SuggestionGroups.Suggestion::phrase)
                .containsExactly("how to make sourdough starter", "how long does sourdough starter last");
        assertThat(groups.get(SuggestionGroups.Group.COMPARISONS)).extracting(SuggestionGroups.Suggestion::phrase).containsExactly("sourdough starter vs yeast");
        assertThat(groups.get(SuggestionGroups.Group.AUDIENCE)).extracting(SuggestionGroups.Suggestion::phrase)
                .containsExactly("sourdough starter for beginners");
        assertThat(groups.values().stream().flatMap(List::stream)).allSatisfy(s -> assertThat(s.demand()).isBetween(0, 100));
    }
}
