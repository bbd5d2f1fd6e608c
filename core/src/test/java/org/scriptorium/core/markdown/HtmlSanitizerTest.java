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
}
