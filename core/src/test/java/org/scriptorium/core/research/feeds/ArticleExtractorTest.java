package org.scriptorium.core.research.feeds;

import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import org.junit.jupiter.api.Test;
import org.scriptorium.core.research.fetch.HttpFetcher;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

class ArticleExtractorTest {
    private final ArticleExtractor extractor = new ArticleExtractor();

    @Test
    void articleTextIsKeptInParagraphsAndBoilerplateDropped() {
        ExtractedArticle article = extractor.extract(Fixtures.text("article.html"),
                URI.create("https://waterways.example/2026/01/lock?utm_source=feed"));

        assertThat(article.text()).isEqualTo("""
                The volunteers arrived at dawn, with chest waders, a borrowed crane, and a flask of strong tea.

                Oak for the new gates came from a managed woodland nearby, seasoned for two winters, planed by hand, \
                and fitted with iron straps forged in the village.

                By the end of the month, the lower gate swung freely, the paddles held, and the first narrowboat in \
                thirty years passed through.""");
        assertThat(article.text()).doesNotContain("tracking", "Subscribe", "Copyright", "Another story", "Boats");
    }

    @Test
    void metadataComesFromTheHead() {
        ExtractedArticle article = extractor.extract(Fixtures.text("article.html"),
                URI.create("https://waterways.example/2026/01/lock"));

        assertThat(article.title()).isEqualTo("Restoring a canal lock, one gate at a time");
        assertThat(article.byline()).isEqualTo("Priya Ramsden");
        assertThat(article.published()).isEqualTo(Instant.parse("2026-01-28T07:00:00Z"));
        assertThat(article.language()).isEqualTo("en-GB");
        assertThat(article.canonicalUrl()).isEqualTo(URI.create("https://waterways.example/stories/canal-lock-restoration"));
    }

    @Test
    void pageWithoutMetadataFallsBackToTimeElementAndTitle() {
        String html = "<html><head><title>Plain page</title></head><body><div>"
                + "<p>Written <time datetime=\"2025-12-24\">on Christmas Eve</time>, this note has enough words, "
                + "and commas, to count as prose.</p></div></body></html>";

        ExtractedArticle article = extractor.extract(html, URI.create("https://notes.example/x"));

        assertThat(article.title()).isEqualTo("Plain page");
        assertThat(article.published()).isEqualTo(Instant.parse("2025-12-24T00:00:00Z"));
        assertThat(article.language()).isNull();
        assertThat(article.canonicalUrl()).isNull();
    }

    @Test
    void readerFetchesHtmlAndRefusesOtherContentTypes() throws Exception {
        try (MockWebServer server = new MockWebServer()) {
            server.enqueue(new MockResponse.Builder().setHeader("Content-Type", "text/html; charset=utf-8")
                    .body(Fixtures.text("article.html")).build());
            server.enqueue(new MockResponse.Builder().setHeader("Content-Type", "application/pdf")
                    .body(new okio.Buffer().write("%PDF-1.7".getBytes(StandardCharsets.US_ASCII))).build());
            server.start();
            ArticleReader reader = new ArticleReader(HttpFetcher.withDefaults());

            ArticleOutcome page = reader.read(server.url("/lock").uri());
            ArticleOutcome pdf = reader.read(server.url("/report.pdf").uri());

            assertThat(((ArticleOutcome.Article) page).article().byline()).isEqualTo("Priya Ramsden");
            assertThat(((ArticleOutcome.Failed) pdf).message()).contains("application/pdf").contains("not a web page")
                    .contains(server.getHostName());
        }
    }
}
