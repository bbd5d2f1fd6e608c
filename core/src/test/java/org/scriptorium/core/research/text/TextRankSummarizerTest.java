package org.scriptorium.core.research.text;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

class TextRankSummarizerTest {
    private static final String CENTRAL = "The Kessing battery factory will employ three thousand workers when production starts in 2028.";
    private static final List<SourcedPassage> SOURCES = List.of(
            new SourcedPassage(1, "Voltera confirmed its plans on Monday. " + CENTRAL
                    + " The factory will make lithium iron phosphate cells for cheaper cars. The weather on Monday was mild."),
            new SourcedPassage(2, "Regional leaders praised the battery factory in Kessing and its three thousand jobs for workers. "
                    + "It is still unclear whether the rail link to the port will be finished in time. "
                    + "The old steelworks site needs clearing before construction of the factory starts."),
            new SourcedPassage(3, "A local bakery opened a second shop in the square. " + CENTRAL
                    + " Will the town have enough houses for three thousand new workers?"),
            new SourcedPassage(4, "The factory in Kessing is expected to employ thousands of workers making battery cells. "
                    + "Production of battery cells at the factory starts in 2028, according to the company. "
                    + "Residents worry about lorries on narrow roads."));

    @Test
    void theSentenceEverySourceRepeatsLeadsTheSummaryAndCitesEachSourceItCameFrom() {
        Summary summary = new TextRankSummarizer().summarize(SOURCES, "battery factory jobs", 2);

        assertThat(summary.summary()).hasSize(2);
        CitedSentence central = summary.summary().stream().filter(s -> s.text().equals(CENTRAL)).findFirst().orElseThrow();
        assertThat(central.sources()).containsExactly(1, 3);
        assertThat(summary.summary()).noneMatch(s -> s.text().contains("bakery") || s.text().contains("weather"));
    }

    @Test
    void everySentenceIsQuotedVerbatimFromASourceItCites() {
        Summary summary = new TextRankSummarizer().summarize(SOURCES, "battery factory", 3);

        List<CitedSentence> all = Stream.of(summary.summary(), summary.keyPoints(), summary.openQuestions()).flatMap(List::stream).toList();
        assertThat(all).isNotEmpty();
        for (CitedSentence sentence : all) {
            assertThat(sentence.sources()).isNotEmpty().allMatch(n -> n >= 1 && n <= SOURCES.size());
            for (int source : sentence.sources()) {
                assertThat(SOURCES.get(source - 1).text()).contains(sentence.text());
            }
        }
        List<String> texts = new ArrayList<>(all.stream().filter(s -> !summary.openQuestions().contains(s)).map(CitedSentence::text).toList());
        assertThat(texts).doesNotHaveDuplicates();
    }

    @Test
    void questionsAndUncertaintiesBecomeOpenQuestionsNotSummary() {
        Summary summary = new TextRankSummarizer().summarize(SOURCES, "battery factory", 3);

        assertThat(summary.openQuestions()).extracting(CitedSentence::text).containsExactlyInAnyOrder(
                "It is still unclear whether the rail link to the port will be finished in time.",
                "Will the town have enough houses for three thousand new workers?");
        assertThat(summary.summary()).noneMatch(s -> s.text().endsWith("?"));
        assertThat(summary.keyPoints()).noneMatch(s -> s.text().endsWith("?"));
    }

    @Test
    void nothingToSummariseGivesAnEmptySummary() {
        Summary summary = new TextRankSummarizer().summarize(List.of(new SourcedPassage(1, "Too short.")), "anything", 3);

        assertThat(summary.summary()).isEmpty();
        assertThat(summary.keyPoints()).isEmpty();
        assertThat(summary.openQuestions()).isEmpty();
    }
}
