package org.scriptorium.core.writing.offline;

import org.junit.jupiter.api.Test;
import org.scriptorium.core.Progress;
import org.scriptorium.core.research.reports.Citations;
import org.scriptorium.core.writing.ai.TokenSink;
import org.scriptorium.core.writing.assistant.Outline;
import org.scriptorium.core.writing.assistant.WritingBrief;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class OfflineWriterTest {
    private final OfflineWriter writer = new OfflineWriter();
    private final WritingBrief brief = Briefs.heatPumps();

    @Test
    void theOutlineOpensWithTheSummaryGroupsThePointsIntoThemesAndKeepsTheirCitations() {
        StringBuilder streamed = new StringBuilder();
        Outline outline = writer.outline(brief, streamed::append, Progress.NONE);

        List<String> headings = outline.sections().stream().map(Outline.Section::heading).toList();
        assertThat(headings.getFirst()).isEqualTo("Introduction");
        assertThat(headings).contains("What we don't know yet").endsWith("Conclusion");
        assertThat(headings.size()).isBetween(5, 9);
        assertThat(outline.sections().getFirst().points())
                .containsExactly("The Marlow Energy Agency doubled its heat pump grant to 7,500 euros per household in March [1][2].");
        List<String> points = outline.sections().stream().flatMap(s -> s.points().stream()).toList();
        assertThat(points).containsAll(brief.keyPoints()).containsAll(brief.openQuestions());
        // The three installer points land under one theme.
        Outline.Section installers = outline.sections().stream()
                .filter(s -> s.points().contains("Only 310 installers in the region hold the certificate the grant requires [3]."))
                .findFirst().orElseThrow();
        assertThat(installers.points()).anyMatch(p -> p.contains("training scheme"));
        assertThat(installers.heading()).containsIgnoringCase("installers");
        assertThat(outline.title()).isEqualTo("Heat Pump Subsidies and Installers");
        assertThat(streamed.toString()).isEqualTo(outline.toMarkdown());
    }

    @Test
    void everyCitationInTheDraftResolvesToAReferenceListedAtItsEnd() {
        String draft = writer.draft(brief, writer.outline(brief, TokenSink.NONE, Progress.NONE), TokenSink.NONE, Progress.NONE);

        assertThat(draft).startsWith("# Heat Pump Subsidies and Installers\n\n> Assembled offline from the research");
        String body = draft.substring(0, draft.indexOf("## References"));
        String references = draft.substring(draft.indexOf("## References"));
        Matcher line = Pattern.compile("(?m)^(\\d+)\\. \\[(.+)]\\((.+)\\)$").matcher(references);
        List<WritingBrief.Reference> listed = new ArrayList<>();
        while (line.find()) {
            listed.add(new WritingBrief.Reference(Integer.parseInt(line.group(1)), line.group(2), line.group(3)));
        }
        assertThat(listed).extracting(WritingBrief.Reference::number).containsExactly(1, 2, 3, 4);
        assertThat(listed.get(1).title()).isEqualTo("Grant applications surge (analysis)");
        assertThat(listed).extracting(WritingBrief.Reference::url)
                .containsExactlyElementsOf(brief.sources().stream().map(WritingBrief.Reference::url).toList());
        assertThat(Citations.cited(body)).containsExactly(1, 2, 3, 4);
    }

    @Test
    void everySentenceOfTheDraftIsQuotedFromTheBriefOrIsOneOfTheTemplates() {
        String draft = writer.draft(brief, writer.outline(brief, TokenSink.NONE, Progress.NONE), TokenSink.NONE, Progress.NONE);

        Set<String> allowed = new HashSet<>(Sentences.of(brief.summary()));
        allowed.addAll(brief.keyPoints());
        allowed.addAll(brief.openQuestions());
        allowed.add(DraftTemplates.OPEN_QUESTIONS_LEAD);
        allowed.addAll(DraftTemplates.conclusion(brief.topic(), OutlineBuilder.entities(brief)));
        String body = draft.substring(0, draft.indexOf("## References"));
        List<String> prose = body.lines().filter(l -> !l.isBlank() && !l.startsWith("#") && !l.startsWith(">")).toList();
        assertThat(prose).isNotEmpty();
        int transitions = 0;
        for (String paragraph : prose) {
            for (String sentence : Sentences.of(paragraph)) {
                String quoted = DraftTemplates.withoutTransition(sentence);
                transitions += quoted.equals(sentence) ? 0 : 1;
                assertThat(allowed).as("sentence of the draft").contains(quoted);
            }
        }
        assertThat(transitions).isGreaterThanOrEqualTo(3);
        assertThat(body).contains("The names to watch are Marlow Energy Agency")
                .doesNotContain("Also, Households", "In addition, Households"); // joins lower-case a common word only
    }

    @Test
    void cancellingStopsTheDraftBetweenSentencesAndNothingMoreIsStreamed() {
        Outline outline = writer.outline(brief, TokenSink.NONE, Progress.NONE);
        List<String> chunks = new ArrayList<>();
        Progress cancelAfterFive = new Progress() {
            @Override
            public void update(double fraction, String message) {
            }

            @Override
            public boolean isCancelled() {
                return chunks.size() >= 5;
            }
        };

        assertThatThrownBy(() -> writer.draft(brief, outline, chunks::add, cancelAfterFive)).isInstanceOf(Progress.Cancelled.class);
        assertThat(chunks).hasSize(5);
        List<String> all = new ArrayList<>();
        String whole = writer.draft(brief, outline, all::add, Progress.NONE);
        assertThat(String.join("", all)).isEqualTo(whole);
        assertThat(all.size()).isGreaterThan(20);
    }

    @Test
    void theWriterSaysItIsTheOfflineEngine() {
        assertThat(writer.describe()).isEqualTo("offline engine (no AI service)");
    }
}
