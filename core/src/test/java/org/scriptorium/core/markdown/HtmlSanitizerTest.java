package org.scriptorium.core.markdown;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Raw-HTML cases the Markdown renderer never produces itself but a pasted snippet can contain. */
class HtmlSanitizerTest {

    private final HtmlSanitizer sanitizer = new HtmlSanitizer();

    @Test
    void onlyTextAlignSurvivesInStyles() {
        String html = sanitizer.sanitize("<p style=\"text-align: center; position: fixed; color: red\">x</p>");

        assertThat(html).isEqualTo("<p style=\"text-align:center\">x</p>");
    }

    @Test
    void aPastedCheckboxCannotBeToggledAndOtherInputsAreDropped() {
        String html = sanitizer.sanitize("<input type=\"checkbox\"><input type=\"text\" value=\"x\"><input>");

        assertThat(html).isEqualTo("<input type=\"checkbox\" disabled=\"disabled\" />");
    }

    @Test
    void protocolRelativeLinksCountAsExternal() {
        assertThat(sanitizer.sanitize("<a href=\"//example.com/x\">x</a>"))
                .isEqualTo("<a href=\"//example.com/x\" rel=\"nofollow noopener noreferrer\">x</a>");
    }

    @Test
    void aPastedRelAttributeIsReplacedNotTrusted() {
        assertThat(sanitizer.sanitize("<a href=\"https://example.com\" rel=\"opener\" target=\"_blank\">x</a>"))
                .isEqualTo("<a href=\"https://example.com\" rel=\"nofollow noopener noreferrer\">x</a>");
    }

    @Test
    void onlyLanguageClassesSurviveOnCode() {
        assertThat(sanitizer.sanitize("<code class=\"language-kotlin\">a</code><code class=\"evil wide\">b</code>"))
                .isEqualTo("<code class=\"language-kotlin\">a</code><code>b</code>");
    }

    @Test
    void headingIdsForInPageLinksSurvive() {
        assertThat(sanitizer.sanitize("<h2 id=\"setup\">Setup</h2>")).isEqualTo("<h2 id=\"setup\">Setup</h2>");
    }

    @Test
    void blockingKeepsInlineImagesAndReplacesEveryImageThatNeedsAFetch() {
        String html = sanitizer.sanitize(
                "<img src=\"data:image/gif;base64,R0lGOD\" alt=\"inline\">"
                        + "<img src=\"http://example.com/a.png\" alt=\"remote\">"
                        + "<img src=\"pictures/b.png\">",
                RemoteImages.BLOCK);

        assertThat(html).isEqualTo("<img src=\"data:image/gif;base64,R0lGOD\" alt=\"inline\" />"
                + "<span class=\"blocked-image\" title=\"Image not loaded: http://example.com/a.png\">remote</span>"
                + "<span class=\"blocked-image\" title=\"Image not loaded: pictures/b.png\">image</span>");
    }

    @Test
    void placeholderTextIsEscaped() {
        String html = sanitizer.sanitize("<img src=\"https://x.example/a.png\" alt=\"&lt;b&gt;bold&lt;/b&gt;\">",
                RemoteImages.BLOCK);

        assertThat(html).contains(">&lt;b&gt;bold&lt;/b&gt;</span>").doesNotContain("<b>");
    }

    @Test
    void whatADroppedSelectHeldIsWrittenWhereABrowserPutsIt() {
        String html = new MarkdownRenderer(sanitizer).fragment("Text <select><template><li> text.</template></select>");

        assertThat(html).isEqualTo("<p>Text </p><li> text.</li><p></p>\n");
        assertThat(HtmlReading.asBrowserBuildsIt(html)).isEqualTo(HtmlReading.asTagsSpellIt(html));
    }

    @Test
    void aBlockInsideAParagraphIsWrittenWhereABrowserPutsIt() {
        assertThat(sanitizer.sanitize("<p>One<div>two</div></p>")).isEqualTo("<p>One</p><div>two</div><p></p>");
    }

    @Test
    void overlappingEmphasisIsWrittenAsABrowserRepairsIt() {
        assertThat(sanitizer.sanitize("a <b>bold <i>both</b> italic</i>"))
                .isEqualTo("a <b>bold <i>both</i></b><i> italic</i>");
    }

    @Test
    void aBlankFirstLineInPreformattedTextSurvives() {
        String html = sanitizer.sanitize("<pre>\n\nindented</pre>");

        assertThat(HtmlReading.asBrowserBuildsIt(html)).isEqualTo("pre\n  \"\\nindented\"\n");
        assertThat(sanitizer.sanitize(html)).isEqualTo(html);
    }

    @Test
    void aValueWithABacktickSettles() {
        String html = sanitizer.sanitize("<img src=\"https://example.com/a`b.png\" alt=\"a`b\">");

        assertThat(sanitizer.sanitize(html)).isEqualTo(html);
    }

    @Test
    void aBlockedImagePlaceholderSurvivesASecondPass() {
        String once = sanitizer.sanitize("<img src=\"https://example.com/a.png\" alt=\"A\">", RemoteImages.BLOCK);

        assertThat(sanitizer.sanitize(once, RemoteImages.BLOCK)).isEqualTo(once).contains("class=\"blocked-image\"");
    }

    @Test
    void markupThatDoesNotSettleIsShownAsItsTextOnly() {
        // This soup needs two passes to settle and a third to confirm; two are all this sanitizer may take.
        HtmlSanitizer hurried = new HtmlSanitizer(2);

        assertThat(hurried.sanitize("<h1><a><h2>Title</a> &amp; more")).isEqualTo("<p>Title &amp; more</p>");
    }
}
