package org.scriptorium.core.markdown;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;

import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Known XSS payloads, written into a draft in every way a writer could, never reach the preview. */
class XssPayloadTest {

    private static final HtmlSanitizer SANITIZER = new HtmlSanitizer();
    private static final MarkdownRenderer RENDERER = new MarkdownRenderer(SANITIZER);

    /** The ways a payload can sit in a draft. */
    private enum Placement {
        RAW_BLOCK(payload -> payload),
        RAW_INLINE(payload -> "Before " + payload + " after."),
        LINK(payload -> "[x](" + payload + ")"),
        ANGLE_LINK(payload -> "[x](<" + payload + ">)"),
        REFERENCE_LINK(payload -> "See [x][ref].\n\n[ref]: " + payload),
        IMAGE(payload -> "![x](" + payload + ")");

        private final UnaryOperator<String> toMarkdown;

        Placement(UnaryOperator<String> toMarkdown) {
            this.toMarkdown = toMarkdown;
        }

        String markdown(String payload) {
            return toMarkdown.apply(payload);
        }
    }

    static List<String> payloads() throws IOException {
        try (InputStream in = XssPayloadTest.class.getResourceAsStream("xss-payloads.txt")) {
            assertThat(in).as("xss-payloads.txt on the test classpath").isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
                    .filter(line -> !line.isBlank() && !line.startsWith("# "))
                    .map(line -> line.replace("{TAB}", "\t").replace("{NL}", "\n"))
                    .toList();
        }
    }

    static Stream<Arguments> payloadsInEveryPlacement() throws IOException {
        return payloads().stream().flatMap(payload -> Stream.of(Placement.values())
                .flatMap(placement -> Stream.of(RemoteImages.values())
                        .map(images -> Arguments.of(placement, images, payload))));
    }

    @Test
    void thePayloadListCoversTheCheatSheet() throws IOException {
        assertThat(payloads()).hasSizeGreaterThanOrEqualTo(40).doesNotHaveDuplicates();
    }

    @ParameterizedTest(name = "{0} {1}: {2}")
    @MethodSource("payloadsInEveryPlacement")
    void renderedDraftContainsNothingABrowserWouldRunOrLoad(Placement placement, RemoteImages images, String payload) {
        String html = RENDERER.fragment(placement.markdown(payload), images);

        assertThat(DangerousHtml.findings(html)).as("findings in %s", html).isEmpty();
        assertThat(html.toLowerCase(java.util.Locale.ROOT)).doesNotContain(
                "<script", "<iframe", "<object", "<embed", "<form", "<meta", "<base", "<style", "<svg", "<link");
    }

    @ParameterizedTest(name = "{0} {1}: {2}")
    @MethodSource("payloadsInEveryPlacement")
    void renderedDraftIsReadByABrowserAsItIsWrittenAndSanitizingItAgainChangesNothing(
            Placement placement, RemoteImages images, String payload) {
        String html = RENDERER.fragment(placement.markdown(payload), images);

        assertThat(HtmlReading.asBrowserBuildsIt(html)).as("read from %s", html).isEqualTo(HtmlReading.asTagsSpellIt(html));
        assertThat(SANITIZER.sanitize(html, images)).isEqualTo(html);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("payloads")
    void sanitizerAloneRemovesThePayload(String payload) {
        String html = SANITIZER.sanitize(payload);

        assertThat(DangerousHtml.findings(html)).as("findings in %s", html).isEmpty();
    }

    /** Guards the guard: unsanitized, every payload must trip the checks above as raw HTML or in some placement. */
    @ParameterizedTest(name = "{0}")
    @MethodSource("payloads")
    void withoutSanitizingThePayloadWouldBeCaught(String payload) {
        Parser parser = Parser.builder().build();
        HtmlRenderer unsafeRenderer = HtmlRenderer.builder().build();

        Stream<String> unsafeRenderings = Stream.of(Placement.values())
                .map(placement -> unsafeRenderer.render(parser.parse(placement.markdown(payload))));
        boolean caught = Stream.concat(Stream.of(payload), unsafeRenderings)
                .anyMatch(html -> !DangerousHtml.findings(html).isEmpty());

        assertThat(caught).as("unsanitized rendering of %s is flagged", payload).isTrue();
    }
}
