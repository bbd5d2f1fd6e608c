package org.scriptorium.core.markdown;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MarkdownRendererTest {

    private final MarkdownRenderer renderer = new MarkdownRenderer();

    @Test
    void rendersAGfmTableWithColumnAlignment() {
        String html = renderer.fragment("""
                | Left | Centre | Right |
                |:-----|:------:|------:|
                | a    | b      | c     |
                """);

        assertThat(html).contains("<table>", "<thead>", "<tbody>")
                .contains("<th align=\"left\">Left</th>", "<th align=\"center\">Centre</th>")
                .contains("<td align=\"right\">c</td>");
    }

    @Test
    void rendersStrikethrough() {
        assertThat(renderer.fragment("This is ~~gone~~ now.")).contains("<del>gone</del>");
    }

    @Test
    void turnsABareUrlIntoAnExternalLink() {
        assertThat(renderer.fragment("Read https://example.com/post today."))
                .contains("<a href=\"https://example.com/post\" rel=\"nofollow noopener noreferrer\">"
                        + "https://example.com/post</a>");
    }

    @Test
    void rendersTaskItemsAsDisabledCheckboxes() {
        String html = renderer.fragment("""
                - [x] done
                - [ ] todo
                """);

        assertThat(html)
                .contains("<li><input type=\"checkbox\" disabled=\"\" checked=\"\" /> done</li>")
                .contains("<li><input type=\"checkbox\" disabled=\"\" /> todo</li>");
    }

    @Test
    void leadingYamlFrontMatterIsNotShown() {
        String html = renderer.fragment("""
                ---
                title: Secret working title
                tags: [draft, internal]
                ---
                # Hello
                """);

        assertThat(html).isEqualTo("<h1>Hello</h1>\n").doesNotContain("Secret working title");
    }

    @Test
    void aRuleLaterInTheDraftIsStillARule() {
        String html = renderer.fragment("Intro\n\n---\n\nkey: value\n");

        assertThat(html).contains("<hr />", "key: value");
    }

    @Test
    void keepsTheStructureWritersUse() {
        String html = renderer.fragment("""
                ## Section

                Some *emphasis*, **strong** and `inline code`.

                > A quote.

                1. first
                2. second
                """);

        assertThat(html).contains("<h2>Section</h2>", "<em>emphasis</em>", "<strong>strong</strong>",
                "<code>inline code</code>", "<blockquote>", "<ol>", "<li>second</li>");
    }

    @Test
    void keepsTheLanguageOfAFencedCodeBlockAndEscapesItsContent() {
        String html = renderer.fragment("""
                ```java
                if (a < b && c > d) {}
                ```
                """);

        assertThat(html).contains("<pre><code class=\"language-java\">if (a &lt; b &amp;&amp; c &gt; d) {}");
    }

    @Test
    void safeInlineHtmlSurvives() {
        String html = renderer.fragment("""
                Press <kbd>Ctrl</kbd>+<kbd>S</kbd>. H<sub>2</sub>O and E = mc<sup>2</sup>.

                <details><summary>More</summary>

                Hidden text

                </details>
                """);

        assertThat(html).contains("<kbd>Ctrl</kbd>", "<kbd>S</kbd>", "H<sub>2</sub>O", "mc<sup>2</sup>",
                "<details><summary>More</summary>", "<p>Hidden text</p>", "</details>");
    }

    @Test
    void hostileInlineHtmlIsRemovedButTheSurroundingTextStays() {
        String html = renderer.fragment("Hello <script>alert(1)</script><b onclick=\"steal()\">world</b>!");

        assertThat(html).isEqualTo("<p>Hello <b>world</b>!</p>\n");
    }

    @Test
    void inPageRelativeAndMailLinksWorkWithoutExternalRel() {
        String html = renderer.fragment("[Intro](#intro), [notes](../notes.md) and [mail](mailto:me@example.com)");

        assertThat(html).contains("<a href=\"#intro\">Intro</a>", "<a href=\"../notes.md\">notes</a>")
                .contains("href=\"mailto:me&#64;example.com\"")
                .doesNotContain("rel=");
    }

    @Test
    void imagesKeepAltTitleAndSource() {
        String html = renderer.fragment("![A cat](https://example.com/cat.png \"Our cat\")");

        assertThat(html).contains("<img src=\"https://example.com/cat.png\" alt=\"A cat\" title=\"Our cat\" />");
    }

    @Test
    void inlineRasterImagesAreKeptButInlineSvgIsNot() {
        String png = renderer.fragment("![dot](data:image/png;base64,iVBORw0KGgo)");
        String svg = renderer.fragment("![logo](data:image/svg+xml;base64,PHN2Zz4=)");

        assertThat(png).contains("src=\"data:image/png;base64,iVBORw0KGgo\"");
        assertThat(svg).doesNotContain("src=").contains("alt=\"logo\"");
    }

    @Test
    void blockingRemoteImagesLeavesTheirAltTextVisible() {
        String html = renderer.fragment("![A cat](https://example.com/cat.png)", RemoteImages.BLOCK);

        assertThat(html).doesNotContain("<img")
                .contains("<span class=\"blocked-image\" title=\"Image not loaded: https://example.com/cat.png\">"
                        + "A cat</span>");
    }
}
