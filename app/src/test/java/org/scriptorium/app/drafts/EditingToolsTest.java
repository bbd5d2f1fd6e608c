package org.scriptorium.app.drafts;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class EditingToolsTest {
    @Test
    void boldWrapsTheSelectionAndASecondPressUnwrapsIt() {
        String text = "make this loud";
        MarkdownFormatting.Edit bold = MarkdownFormatting.toggleWrap(text, 10, 14, "**");
        String once = apply(text, bold);
        assertThat(once).isEqualTo("make this **loud**");
        assertThat(once.substring(bold.selectFrom(), bold.selectTo())).isEqualTo("loud");

        String twice = apply(once, MarkdownFormatting.toggleWrap(once, bold.selectFrom(), bold.selectTo(), "**"));
        assertThat(twice).isEqualTo(text);
    }

    @Test
    void linkSelectsThePlaceholderUrlSoTypingReplacesIt() {
        String text = "see the docs";
        MarkdownFormatting.Edit link = MarkdownFormatting.link(text, 8, 12);
        String linked = apply(text, link);
        assertThat(linked).isEqualTo("see the [docs](https://)");
        assertThat(linked.substring(link.selectFrom(), link.selectTo())).isEqualTo("https://");
    }

    @Test
    void findWrapsAroundIgnoresCaseAndReplaceAllKeepsOtherText() {
        String text = "Straße and STRASSE and straße";
        assertThat(TextFinder.next(text, "STRASSE", 0, false)).isEqualTo(11);
        assertThat(TextFinder.next(text, "straße", 1, false)).isEqualTo(23);
        assertThat(TextFinder.next(text, "straße", 24, true)).isEqualTo(23);
        assertThat(TextFinder.previous(text, "and", 11, false)).isEqualTo(7);
        assertThat(TextFinder.count(text, "strasse", false)).isEqualTo(1);
        assertThat(TextFinder.replaceAll("a$b a$b", "a$b", "x\\y", true)).isEqualTo("x\\y x\\y");
    }

    @Test
    void aWholeWordIsNotPartOfALongerOneAndAMatchKnowsItsPlace() {
        String text = "art, party, Art. art_deco and smart art";
        assertThat(TextFinder.count(text, "art", false, false)).isEqualTo(6);
        assertThat(TextFinder.count(text, "art", false, true)).isEqualTo(3); // art, Art, and the last art
        assertThat(TextFinder.replaceAll(text, "art", "craft", false, true)).isEqualTo("craft, party, craft. art_deco and smart craft");
        assertThat(TextFinder.next(text, "art", 1, false, true)).isEqualTo(12);
        assertThat(TextFinder.ordinal(text, "art", 12, false, true)).isEqualTo(2); // "2 of 3"
        assertThat(TextFinder.ordinal(text, "art", 6, false, true)).isZero(); // inside "party": not a match
        assertThat(TextFinder.ranges(text, "art", false, true)).extracting(r -> r[0]).containsExactly(0, 12, 36); // what is highlighted
    }

    @Test
    void highlightingMarksHeadingsEmphasisCodeAndLinks() {
        String text = "# Title\n\nSome **bold** and `code` with [a link](https://x.org).";
        var spans = MarkdownHighlighter.styles(text);
        StringBuilder seen = new StringBuilder();
        int position = 0;
        for (var span : spans) {
            if (!span.getStyle().isEmpty()) {
                seen.append(span.getStyle().iterator().next()).append('=')
                        .append(text, position, position + span.getLength()).append(';');
            }
            position += span.getLength();
        }
        assertThat(seen.toString()).isEqualTo("md-heading=# Title;md-bold=**bold**;md-code=`code`;md-link=[a link](https://x.org);");
    }

    private static String apply(String text, MarkdownFormatting.Edit edit) {
        return text.substring(0, edit.start()) + edit.replacement() + text.substring(edit.end());
    }
}
