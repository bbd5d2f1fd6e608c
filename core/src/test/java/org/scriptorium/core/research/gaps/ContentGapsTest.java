package org.scriptorium.core.research.gaps;

import org.junit.jupiter.api.Test;
import org.scriptorium.core.drafts.DraftDocument;
import org.scriptorium.core.drafts.DraftStatus;
import org.scriptorium.core.research.competitors.ArticleOutline;
import org.scriptorium.core.research.competitors.CompetitorService;
import org.scriptorium.core.research.keywords.Keyword;
import org.scriptorium.core.research.keywords.TopicKeywords;
import org.scriptorium.core.research.sources.SourceLabel;
import org.scriptorium.core.research.topics.SearchIntent;
import org.scriptorium.core.research.topics.TopicFields;
import org.scriptorium.core.research.topics.TopicMeasures;
import org.scriptorium.core.research.topics.TopicOrigin;
import org.scriptorium.core.research.topics.TopicStatus;
import org.scriptorium.core.research.topics.TopicSummary;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** Gaps on a small fixture: three competitor articles (two about the topic), one draft of the user's. */
class ContentGapsTest {
    private static final Instant NOW = Instant.parse("2027-03-01T09:00:00Z");
    private final TopicSummary topic = new TopicSummary(UUID.randomUUID(), "Keeping a sourdough starter alive", TopicStatus.DRAFTED,
            TopicOrigin.MANUAL, List.of("sourdough starter", "feeding"), List.of(), SourceLabel.NONE, TopicMeasures.NONE, Set.of(), NOW, NOW,
            new TopicFields(null, null, null, null));

    private final List<CompetitorService.CompetitorArticles> articles = List.of(
            article("Crumb & Co", "How often to feed a sourdough starter", 1800, Instant.parse("2027-02-26T00:00:00Z"),
                    List.of("Feeding ratios", "Keeping a starter in the fridge", "Introduction", "Signs your starter is hungry"),
                    List.of("What ratio should you use?"),
                    "Feeding a sourdough starter keeps it alive. Ratios of flour and water. The fridge slows a starter down."),
            article("Loaf Lab", "Sourdough starter care: the complete guide", 2600, Instant.parse("2027-02-20T00:00:00Z"),
                    List.of("Feeding ratio for a sourdough starter", "Reviving a neglected starter", "Conclusion"),
                    List.of(),
                    "Care of a sourdough starter: feeding, reviving and storing. Starter alive after a month away."),
            article("Loaf Lab", "Choosing a stand mixer", 900, Instant.parse("2027-02-25T00:00:00Z"),
                    List.of("Bowl size", "Motor power"), List.of(), "Stand mixers knead dough with a hook."));

    private final DraftDocument draft = new DraftDocument(UUID.randomUUID(), "Keeping a sourdough starter alive", """
            # Keeping a sourdough starter alive

            ## Feeding ratios

            Equal weights of flour and water, once a day; the ratio matters less than the rhythm.

            ## Naming your starter

            Every starter deserves a name; mine is called Clint Yeastwood.
            """, DraftStatus.DRAFT, List.of(), 40, NOW, NOW, null, 1, null);

    @Test
    void showsWhoCoveredTheTopicAndTheSubtopicsTheDraftLeavesOutMostSharedFirst() {
        GapReport report = ContentGaps.of(topic, articles, List.of(draft), Optional.empty());

        // The stand mixer article is not about the topic.
        assertThat(report.coveredBy()).extracting(GapReport.CoveredBy::title)
                .containsExactly("How often to feed a sourdough starter", "Sourdough starter care: the complete guide");
        assertThat(report.coveredBy().getFirst().words()).isEqualTo(1800);
        assertThat(report.coveredBy().getFirst().headings()).isEqualTo(4);
        // The draft's "Feeding ratios" covers both competitors' ratio sections and the ratio question; "Introduction" and
        // "Conclusion" are no subtopic; the stand mixer's sections are not about the topic.
        assertThat(report.gaps()).extracting(GapReport.Gap::subtopic)
                .containsExactlyInAnyOrder("Keeping a starter in the fridge", "Signs your starter is hungry", "Reviving a neglected starter");
        assertThat(report.onlyYours()).containsExactly("Naming your starter");
        assertThat(report.drafts()).containsExactly("Keeping a sourdough starter alive");
    }

    @Test
    void searchQuestionsNobodyAnswersAreGapsTooWithTheirDemand() {
        TopicKeywords keywords = new TopicKeywords(topic.id(), "us-en", NOW, List.of("sourdough starter"), List.of(
                new Keyword("how long does sourdough starter last in the fridge", "x", "question", SearchIntent.INFORMATIONAL, 70, null, 40, 1, "sourdough starter"),
                new Keyword("how to make sourdough starter rise", "y", "question", SearchIntent.INFORMATIONAL, 55, null, 10, 0, "sourdough starter")),
                List.of());

        GapReport report = ContentGaps.of(topic, articles, List.of(draft), Optional.of(keywords));

        assertThat(report.gaps()).filteredOn(g -> g.kind().equals("search")).extracting(GapReport.Gap::subtopic, GapReport.Gap::demand)
                .contains(org.assertj.core.groups.Tuple.tuple("how to make sourdough starter rise", 55));
    }

    @Test
    void aDraftsContentScoreSaysWhatWouldRaiseIt() {
        TopicKeywords keywords = new TopicKeywords(topic.id(), "us-en", NOW, List.of("sourdough starter"), List.of(
                new Keyword("sourdough starter feeding ratio", "a", "other", SearchIntent.INFORMATIONAL, 80, null, null, 0, "sourdough starter"),
                new Keyword("sourdough starter jar", "b", "other", SearchIntent.COMMERCIAL, 60, null, null, 0, "sourdough starter"),
                new Keyword("why is my sourdough starter not rising", "c", "question", SearchIntent.INFORMATIONAL, 50, null, null, 0, "sourdough starter")),
                List.of());

        ContentScore score = ContentScore.of(draft.title(), draft.body(), Optional.of(keywords), articles.stream().limit(2).map(a -> a.article()).toList());

        assertThat(score.parts()).extracting(ContentScore.Part::name)
                .containsExactly("Keywords", "Questions", "Sections", "Links", "Length", "Reading ease");
        assertThat(score.score()).isEqualTo(score.parts().stream().mapToInt(ContentScore.Part::points).sum()).isBetween(1, 99);
        assertThat(part(score, "Keywords").advice()).contains("\"sourdough starter jar\"").doesNotContain("feeding ratio");
        assertThat(part(score, "Questions").advice()).contains("why is my sourdough starter not rising");
        assertThat(part(score, "Links").points()).isZero();
        assertThat(part(score, "Length").advice()).contains("2200 (median)");

        String better = draft.body() + "\n## Why is my starter not rising?\n\nA cold kitchen. See [one](https://a.example), [two](https://b.example)"
                + " and [three](https://c.example). Keep it in a jar.\n";
        assertThat(ContentScore.of(draft.title(), better, Optional.of(keywords), List.of()).score()).isGreaterThan(score.score());
    }

    private static ContentScore.Part part(ContentScore score, String name) {
        return score.parts().stream().filter(p -> p.name().equals(name)).findFirst().orElseThrow();
    }

    private static CompetitorService.CompetitorArticles article(String competitor, String title, int words, Instant published, List<String> headings,
                                                               List<String> questions, String text) {
        return new CompetitorService.CompetitorArticles(UUID.nameUUIDFromBytes(competitor.getBytes()), competitor,
                new ArticleOutline("https://" + competitor.replaceAll("\\W", "").toLowerCase() + ".example/" + title.hashCode(), title, published, words,
                        headings, questions, List.of(), text));
    }
}
