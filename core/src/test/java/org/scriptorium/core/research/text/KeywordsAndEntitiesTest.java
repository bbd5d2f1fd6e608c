package org.scriptorium.core.research.text;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class KeywordsAndEntitiesTest {
    private static final LabelledArticles ARTICLES = LabelledArticles.load();

    @Test
    void termsAreStemmedWithoutStopWordsAndShownAsWritten() {
        List<Terms.Token> tokens = Terms.tokens("The threads were released by Oracle's engineers.");

        assertThat(tokens).extracting(Terms.Token::term).containsExactly("thread", "release", "oracle", "engineer");
        assertThat(tokens).extracting(Terms.Token::surface).containsExactly("threads", "released", "Oracle", "engineers");
        Terms.DisplayForms forms = new Terms.DisplayForms();
        forms.addAll(Terms.tokens("Virtual threads. Threads are cheap, threads scale. Java runs them; Java 25 too."));
        assertThat(forms.of("thread")).isEqualTo("threads");
        assertThat(forms.of("java")).isEqualTo("Java");
    }

    @Test
    void keywordsOfAStoryAreItsOwnPhrasesNotThoseOfEveryArticle() {
        List<String> cluster = new ArrayList<>();
        List<String> background = new ArrayList<>();
        ARTICLES.texts().forEach((file, text) -> (ARTICLES.topic().get(file).equals("java") ? cluster : background).add(text));

        List<String> keywords = new KeywordExtractor().keywords(cluster, background, 8);

        assertThat(keywords).hasSize(8).contains("Java 25").doesNotContain("said", "the", "year");
        assertThat(keywords).noneMatch(k -> k.matches("\\d+"));
        // A chosen phrase is not repeated as its own words.
        assertThat(keywords).doesNotContain("25");
        assertThat(new KeywordExtractor().keywords(List.of(), background, 5)).isEmpty();
    }

    @Test
    void entitiesAreNamesProductsAndAcronymsButNotSentenceStartsOrDays() {
        List<String> texts = List.of(
                "Yesterday Tomas Reyes joined Harbour City. The striker said on Monday that Harbour City felt like home.",
                "Reyes scored twice. Fans of Harbour City cheered as NASA and the Bank of England watched, apparently.",
                "The OpenJDK project shipped Java 25 on Tuesday. Critics said Java 25 was late.");

        List<String> entities = new EntityExtractor().entities(texts, 10);

        assertThat(entities.getFirst()).isEqualTo("Harbour City");
        assertThat(entities).contains("Tomas Reyes", "NASA", "Bank of England", "OpenJDK", "Java 25");
        assertThat(entities).doesNotContain("Yesterday", "The", "Monday", "Tuesday", "Critics", "Fans");
    }
}
