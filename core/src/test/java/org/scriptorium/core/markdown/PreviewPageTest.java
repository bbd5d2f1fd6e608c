package org.scriptorium.core.markdown;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

class PreviewPageTest {

    private static final Pattern CSP_META =
            Pattern.compile("<meta http-equiv=\"Content-Security-Policy\" content=\"([^\"]*)\">");
    private static final String DRAFT_WITH_REMOTE_IMAGE = "# Title\n\n![A cat](https://example.com/cat.png)\n";

    private final PreviewPage preview = new PreviewPage();

    @Test
    void isACompleteUtf8DocumentAroundTheRenderedDraft() {
        String page = preview.page("# Grüße\n\nText", PreviewOptions.defaults());

        assertThat(page).startsWith("<!DOCTYPE html>")
                .contains("<meta charset=\"utf-8\">", "<style>", "max-width: 46em")
                .contains("<h1>Grüße</h1>", "<p>Text</p>")
                .endsWith("</html>\n");
    }

    @Test
    void byDefaultThePolicyForbidsScriptsAndEveryRemoteLoad() {
        Map<String, List<String>> csp = csp(preview.page("text", PreviewOptions.defaults()));

        assertThat(csp.get("default-src")).containsExactly("'none'");
        assertThat(csp).doesNotContainKeys("script-src", "script-src-elem", "connect-src", "font-src");
        assertThat(csp.get("img-src")).containsExactly("data:");
        assertThat(csp.get("style-src")).containsExactly("'unsafe-inline'");
        assertThat(csp.get("base-uri")).containsExactly("'none'");
    }

    @Test
    void allowingRemoteImagesOpensOnlyImages() {
        PreviewOptions options = PreviewOptions.defaults().withRemoteImages(RemoteImages.LOAD);

        Map<String, List<String>> csp = csp(preview.page("text", options));

        assertThat(csp.get("img-src")).containsExactlyInAnyOrder("data:", "https:", "http:");
        assertThat(csp.get("default-src")).containsExactly("'none'");
        assertThat(csp).doesNotContainKeys("script-src", "script-src-elem", "connect-src");
    }

    @Test
    void thePolicyComesBeforeAnythingThatCouldLoad() {
        String page = preview.page(DRAFT_WITH_REMOTE_IMAGE, PreviewOptions.defaults().withRemoteImages(RemoteImages.LOAD));

        int policy = page.indexOf("Content-Security-Policy");
        assertThat(policy).isPositive().isLessThan(page.indexOf("<style>")).isLessThan(page.indexOf("<img"));
    }

    @Test
    void remoteImagesAreNotReferencedByDefaultButTheirAltTextShows() {
        String page = preview.page(DRAFT_WITH_REMOTE_IMAGE, PreviewOptions.defaults());

        assertThat(page).doesNotContain("<img", "src=\"https://example.com/cat.png\"")
                .contains(">A cat</span>");
    }

    @Test
    void remoteImagesAreShownWhenAllowed() {
        String page = preview.page(DRAFT_WITH_REMOTE_IMAGE,
                PreviewOptions.defaults().withRemoteImages(RemoteImages.LOAD));

        assertThat(page).contains("<img src=\"https://example.com/cat.png\" alt=\"A cat\" />");
    }

    @Test
    void allowingRemoteImagesStillKeepsThisComputerAndTheLocalNetworkOut() {
        String draft = """
                ![router](http://192.168.1.1/admin.png) ![metadata](http://169.254.169.254/latest)

                <img src="http://2130706433/pixel.gif" alt="loopback"> <img src="http://[::ffff:7f00:1]/x.png" alt="mapped">

                ![A cat](https://example.com/cat.png)
                """;

        String page = preview.page(draft, PreviewOptions.defaults().withRemoteImages(RemoteImages.LOAD));

        assertThat(page).doesNotContain("<img src=\"http://192.168", "<img src=\"http://169.254", "<img src=\"http://2130706433",
                        "<img src=\"http://[::ffff")
                .contains(">router</span>", ">metadata</span>", ">loopback</span>", ">mapped</span>")
                .contains("title=\"Image on a local network address, not loaded: http://192.168.1.1/admin.png\"")
                .contains("<img src=\"https://example.com/cat.png\" alt=\"A cat\" />");
    }

    @Test
    void rawHtmlImagesAreBlockedToo() {
        String page = preview.page("<img src=\"http://tracker.example/pixel.gif\" alt=\"\">", PreviewOptions.defaults());

        assertThat(page).doesNotContain("<img", "src=\"http://tracker.example");
    }

    @Test
    void darkAndLightPagesAskForDifferentColourSchemes() {
        String light = preview.page("text", PreviewOptions.defaults());
        String dark = preview.page("text", PreviewOptions.defaults().withTheme(PreviewTheme.DARK));

        assertThat(light).contains("<html class=\"light\">", "<meta name=\"color-scheme\" content=\"light\">");
        assertThat(dark).contains("<html class=\"dark\">", "<meta name=\"color-scheme\" content=\"dark\">");
        assertThat(dark).contains("html.dark {");
    }

    @Test
    void theWholePageCarriesNoScript() {
        String page = preview.page("<script>alert(1)</script>\n\n[x](javascript:alert(1))", PreviewOptions.defaults());

        assertThat(page.toLowerCase(java.util.Locale.ROOT)).doesNotContain("<script", "javascript:");
    }

    private static Map<String, List<String>> csp(String page) {
        Matcher meta = CSP_META.matcher(page);
        assertThat(meta.find()).as("page has a CSP meta element").isTrue();
        String policy = meta.group(1);
        assertThat(meta.find()).as("page has only one CSP meta element").isFalse();
        return Arrays.stream(policy.split(";"))
                .map(String::trim)
                .filter(directive -> !directive.isEmpty())
                .map(directive -> directive.split("\\s+"))
                .collect(Collectors.toMap(parts -> parts[0], parts -> List.of(parts).subList(1, parts.length)));
    }
}
