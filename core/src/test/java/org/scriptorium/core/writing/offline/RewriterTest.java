package org.scriptorium.core.writing.offline;

import org.junit.jupiter.api.Test;
import org.scriptorium.core.Progress;
import org.scriptorium.core.writing.ai.TokenSink;
import org.scriptorium.core.writing.assistant.RewriteKind;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class RewriterTest {
    private static final String CONTEXT = "The pilot started in a cold January. Fifty homes took part in the pilot. "
            + "The pilot homes replaced their gas boilers with heat pumps. Their heating bills fell by a third over the winter. "
            + "A local bakery sponsored the opening event. Engineers checked each heat pump twice a month during the pilot.";
    private final OfflineWriter writer = new OfflineWriter();

    private String rewrite(String selection, RewriteKind kind, String context) {
        return writer.rewrite(selection, kind, context, TokenSink.NONE, Progress.NONE);
    }

    @Test
    void shorterKeepsTheCentralSentencesWithinAboutSixtyPercentOfTheWords() {
        String text = "Heat pumps cut heating bills in the pilot homes. The bills fell because heat pumps use less energy than "
                + "gas boilers. Our office cat slept through the whole meeting. Heat pumps also kept the homes warm on the "
                + "coldest nights of the winter. The pilot homes want to keep their heat pumps.";

        String shorter = rewrite(text, RewriteKind.SHORTER, "");

        assertThat(Sentences.wordCount(shorter)).isLessThanOrEqualTo((int) Math.round(Sentences.wordCount(text) * 0.6)).isPositive();
        assertThat(shorter).doesNotContain("cat").contains("Heat pumps cut heating bills in the pilot homes.");
        assertThat(Sentences.of(shorter)).allMatch(text::contains);
    }

    @Test
    void longerAddsTheSentencesOfTheContextMostLikeTheSelection() {
        String longer = rewrite("The pilot homes replaced their gas boilers with heat pumps.", RewriteKind.LONGER, CONTEXT);

        assertThat(longer).startsWith("The pilot homes replaced their gas boilers with heat pumps. ")
                .contains("Engineers checked each heat pump twice a month during the pilot.")
                .doesNotContain("bakery");
    }

    @Test
    void longerWithoutContextAddsALeadInForTheWriterRatherThanAFact() {
        assertThat(rewrite("Transformers run hot on cold evenings. Transformers need upgrades.", RewriteKind.LONGER, ""))
                .isEqualTo("Transformers run hot on cold evenings. Transformers need upgrades. Here is why that matters for transformers.");
    }

    @Test
    void continueGivesOnlyTheSentencesThatFollowTheSelectionInTheContext() {
        String next = rewrite("Fifty homes took part in the pilot.", RewriteKind.CONTINUE, CONTEXT);

        assertThat(next).isEqualTo("The pilot homes replaced their gas boilers with heat pumps. Their heating bills fell by a third over the winter.");
        assertThat(rewrite("Nobody mentioned tariffs.", RewriteKind.CONTINUE, ""))
                .isEqualTo("What happens next with tariffs is the question to follow.");
    }

    @Test
    void formalExpandsContractionsAndSwapsEverydayWordsKeepingTheirCase() {
        assertThat(rewrite("Don't worry, we'll get a lot of offers. Maybe we CAN'T buy them all.", RewriteKind.FORMAL, ""))
                .isEqualTo("Do not worry, we will obtain many offers. Perhaps we CANNOT purchase them all.");
    }

    @Test
    void casualContractsWhereEnglishAllowsItAndUsesEverydayWords() {
        assertThat(rewrite("We do not know whether it is ready. That is what it is. Perhaps we require approximately ten.",
                RewriteKind.CASUAL, ""))
                .isEqualTo("We don't know whether it's ready. That's what it is. Maybe we need about ten.");
    }

    @Test
    void grammarFixesAreTheSafeMechanicalOnes() {
        assertThat(rewrite("i think the the grid is ready . it needs a upgrade  before an winter, e.g. a new transformer",
                RewriteKind.FIX_GRAMMAR, ""))
                .isEqualTo("I think the grid is ready. It needs an upgrade before a winter, e.g. a new transformer.");
        assertThat(rewrite("an user waited an hour for a FBI agent and a LLM", RewriteKind.FIX_GRAMMAR, ""))
                .isEqualTo("A user waited an hour for an FBI agent and an LLM.");
    }

    @Test
    void aRewriteIsStreamedASentenceAtATime() {
        List<String> chunks = new ArrayList<>();
        String result = writer.rewrite("i agree. the the plan works", RewriteKind.FIX_GRAMMAR, "", chunks::add, Progress.NONE);

        assertThat(chunks).hasSize(2);
        assertThat(String.join("", chunks)).isEqualTo(result).isEqualTo("I agree. The plan works.");
    }
}
