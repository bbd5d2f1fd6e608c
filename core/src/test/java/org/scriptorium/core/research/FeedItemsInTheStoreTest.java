package org.scriptorium.core.research;

import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scriptorium.core.Progress;
import org.scriptorium.core.Studio;
import org.scriptorium.core.TestStudios;
import org.scriptorium.core.research.documents.DocumentSummary;
import org.scriptorium.core.research.sources.NewSource;
import org.scriptorium.core.research.sources.PollResult;

import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** What a polled feed leaves in the store: its words searchable, its permalinks kept, no date made up. */
class FeedItemsInTheStoreTest {
    private static final String FEED = """
            <rss version="2.0"><channel><title>Code notes</title><link>https://code.example/</link>
              <item><title>Vector&lt;T&gt; and the &lt;blink&gt; tag</title><link>https://code.example/vector</link>
                <description>Generics, and a tag history.</description></item>
              <item><title>Day ninety-nine</title><guid isPermaLink="false">https://code.example/posts/99</guid>
                <pubDate>Sun, 99 Jun 2009 12:00:00 GMT</pubDate></item>
            </channel></rss>""";

    @TempDir
    Path dataDir;

    private final MockWebServer server = new MockWebServer();
    private Studio studio;

    @BeforeEach
    void open() throws Exception {
        server.enqueue(new MockResponse.Builder().setHeader("Content-Type", "application/rss+xml").body(FEED).build());
        server.start();
        studio = TestStudios.open(dataDir);
    }

    @AfterEach
    void close() {
        studio.close();
        server.close();
    }

    @Test
    void itemsKeepTheirWordsTheirPermalinksAndAnUnknownDate() {
        ResearchEngine research = studio.research();
        research.sources().add(NewSource.of(server.url("/feed.xml").toString()));

        List<PollResult> results = research.poller().poll(List.of(), Progress.NONE);

        assertThat(results).singleElement().satisfies(r -> assertThat(r.added()).isEqualTo(2));
        assertThat(research.documents().search("blink")).singleElement()
                .satisfies(d -> assertThat(d.title()).isEqualTo("Vector<T> and the <blink> tag"));
        DocumentSummary withoutLink = research.documents().search("ninety").getFirst();
        assertThat(withoutLink.url()).isEqualTo("https://code.example/posts/99");
        assertThat(research.documents().search("vector").getFirst().publishedAt()).isNull();
        assertThat(withoutLink.publishedAt()).isNull();
    }
}
