package org.scriptorium.core.drafts;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.scriptorium.core.drafts.DiffLine.Kind.ADDED;
import static org.scriptorium.core.drafts.DiffLine.Kind.REMOVED;
import static org.scriptorium.core.drafts.DiffLine.Kind.SAME;

class WordDiffTest {
    @Test
    void aParagraphChangedInPlaceIsShownOnceWithItsChangedWordsMarked() {
        String before = "# Grid\n\nTransformers take two years to arrive.\nCrews are booked.\nOld line.";
        String after = "# Grid\n\nTransformers now take three years to arrive!\nCrews are booked.\nA new closing line.\nAnd one more.";

        List<WordDiff.Line> lines = WordDiff.of(DiffLine.between(before, after));

        assertThat(lines).extracting(WordDiff.Line::kind).containsExactly(WordDiff.Line.Kind.SAME, WordDiff.Line.Kind.SAME,
                WordDiff.Line.Kind.CHANGED, WordDiff.Line.Kind.SAME, WordDiff.Line.Kind.CHANGED, WordDiff.Line.Kind.ADDED);
        assertThat(lines.get(2).spans()).containsExactly(
                new WordDiff.Span(SAME, "Transformers "), new WordDiff.Span(ADDED, "now "), new WordDiff.Span(SAME, "take "),
                new WordDiff.Span(REMOVED, "two"), new WordDiff.Span(ADDED, "three"), new WordDiff.Span(SAME, " years to arrive"),
                new WordDiff.Span(REMOVED, "."), new WordDiff.Span(ADDED, "!"));
        assertThat(lines.get(2).text()).isEqualTo("Transformers now take three years to arrive!"); // reads as the current text
        assertThat(lines.get(5).text()).isEqualTo("And one more.");
    }

    @Test
    void identicalTextsAreAllKept() {
        assertThat(WordDiff.of(DiffLine.between("a\nb", "a\nb"))).allMatch(l -> l.kind() == WordDiff.Line.Kind.SAME);
    }
}
