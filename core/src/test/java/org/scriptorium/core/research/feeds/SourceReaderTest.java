package org.scriptorium.core.research.feeds;

import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.scriptorium.core.research.fetch.FailureKind;
import org.scriptorium.core.research.fetch.HttpFetcher;

import java.io.IOException;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

import static org.assertj.core.api.Assertions.assertThat;

class SourceReaderTest {
    private final MockWebServer server = new MockWebServer();
    private final Map<String, MockResponse> routes = new ConcurrentHashMap<>();
    private final List<RecordedRequest> requests = new CopyOnWriteArrayList<>();
    private SourceReader reader;

    @BeforeEach
    void start() throws IOException {
        server.setDispatcher(new Dispatcher() {
            @Override
            public MockResponse dispatch(RecordedRequest request) {
                requests.add(request);
                return routes.getOrDefault(request.getTarget(), new MockResponse.Builder().code(404).build());
            }
        });
        server.start();
        reader = new SourceReader(HttpFetcher.withDefaults(), url("/api/v1"));
    }

    @AfterEach
    void stop() {
        server.close();
    }

    private URI url(String path) {
        return server.url(path).uri();
    }

    private void serve(String target, String contentType, String fixture) {
        routes.put(target, new MockResponse.Builder().setHeader("Content-Type", contentType)
                .setHeader("ETag", "\"" + fixture + "\"").body(Fixtures.text(fixture)).build());
    }

    private static ReadOutcome.Entries entries(ReadOutcome outcome) {
        assertThat(outcome).isInstanceOf(ReadOutcome.Entries.class);
        return (ReadOutcome.Entries) outcome;
    }

    @Test
    void feedUrlThatIsAPageFollowsTheAdvertisedFeedOnceAndReportsIt() {
        serve("/blog", "text/html; charset=utf-8", "page-with-feed.html");
        serve("/journal/feed.xml", "application/rss+xml", "rss20.xml");

        ReadOutcome.Entries read = entries(reader.read(SourceKind.FEED, url("/blog"), null, null));

        assertThat(read.feedUrl()).isEqualTo(url("/journal/feed.xml"));
        assertThat(read.etag()).isEqualTo("\"rss20.xml\"");
        assertThat(read.feed().entries()).hasSize(2);
    }

    @Test
    void pageSourceDiscoversItsFeedAndSendsTheFeedsValidators() throws Exception {
        serve("/blog", "text/html", "page-with-feed.html");
        routes.put("/journal/feed.xml", new MockResponse.Builder().code(304).build());

        ReadOutcome outcome = reader.read(SourceKind.PAGE, url("/blog"), "\"v7\"", null);

        assertThat(outcome).isInstanceOf(ReadOutcome.NotModified.class);
        assertThat(requests).extracting(RecordedRequest::getTarget).containsExactly("/blog", "/journal/feed.xml");
        assertThat(requests.get(1).getHeaders().get("If-None-Match")).isEqualTo("\"v7\"");
    }

    @Test
    void pageWithoutAFeedFailsWithAMessageNamingTheHost() {
        routes.put("/plain", new MockResponse.Builder().setHeader("Content-Type", "text/html")
                .body("<!doctype html><html><body><p>Just a page.</p></body></html>").build());

        ReadOutcome outcome = reader.read(SourceKind.FEED, url("/plain"), null, null);

        ReadOutcome.Failed failed = (ReadOutcome.Failed) outcome;
        assertThat(failed.kind()).isEqualTo(FailureKind.NOT_A_FEED);
        assertThat(failed.message()).contains(server.getHostName()).contains("web page").contains("no feed");
    }

    @Test
    void unchangedFeedIsNotModified() {
        routes.put("/feed", new MockResponse.Builder().code(304).build());

        assertThat(reader.read(SourceKind.FEED, url("/feed"), "\"abc\"", "Sat, 28 Feb 2026 10:00:00 GMT"))
                .isInstanceOf(ReadOutcome.NotModified.class);
        assertThat(requests.getFirst().getHeaders().get("If-Modified-Since")).isEqualTo("Sat, 28 Feb 2026 10:00:00 GMT");
    }

    @Test
    void goneFeedAndRateLimitedApiBecomeFailuresNotExceptions() {
        routes.put("/old-feed", new MockResponse.Builder().code(410).build());
        routes.put("/api/v1/search?tags=front_page", new MockResponse.Builder().code(429)
                .setHeader("Retry-After", "Sun, 01 Mar 2026 13:30:00 GMT").build());

        ReadOutcome.Failed gone = (ReadOutcome.Failed) reader.read(SourceKind.FEED, url("/old-feed"), null, null);
        ReadOutcome.Failed limited = (ReadOutcome.Failed) reader.read(SourceKind.HACKER_NEWS,
                URI.create("https://news.ycombinator.com/"), null, null);

        assertThat(gone.kind()).isEqualTo(FailureKind.GONE);
        assertThat(gone.message()).contains(server.getHostName()).contains("disabled");
        assertThat(limited.kind()).isEqualTo(FailureKind.RATE_LIMITED);
        assertThat(limited.retryAfter()).isEqualTo(Instant.parse("2026-03-01T13:30:00Z"));
    }

    @Test
    void hackerNewsFrontPageCarriesEngagementAndFallsBackToTheItemPage() {
        serve("/api/v1/search?tags=front_page", "application/json", "hn-front-page.json");

        ReadOutcome.Entries read = entries(reader.read(SourceKind.HACKER_NEWS,
                URI.create("https://news.ycombinator.com/"), null, null));

        FeedEntry link = read.feed().entries().get(0);
        FeedEntry ask = read.feed().entries().get(1);
        assertThat(link.link()).isEqualTo(URI.create("https://tideclock.example/"));
        assertThat(link.points()).isEqualTo(312);
        assertThat(link.comments()).isEqualTo(87);
        assertThat(link.published()).isEqualTo(Instant.ofEpochSecond(1772359200));
        assertThat(ask.link()).isEqualTo(URI.create("https://news.ycombinator.com/item?id=48100002"));
        assertThat(ask.title()).isEqualTo("Ask HN: How do you keep \"research notes\" searchable?");
        assertThat(ask.summary()).isEqualTo("I keep notes in plain files. Grep works, until it does not.");
    }

    @Test
    void hackerNewsKeywordSourceSearchesStories() {
        serve("/api/v1/search?query=tide+clock&tags=story", "application/json", "hn-front-page.json");

        ReadOutcome.Entries read = entries(reader.read(SourceKind.HACKER_NEWS, URI.create("hn:tide%20clock"), null, null));

        assertThat(read.feed().title()).isEqualTo("Hacker News: tide clock");
        assertThat(read.feed().entries()).hasSize(2);
    }

    @Test
    void subredditListingMapsLinkAndSelfPosts() {
        serve("/r/java/.json", "application/json", "reddit-listing.json");

        ReadOutcome.Entries read = entries(reader.read(SourceKind.REDDIT, url("/r/java/"), null, null));

        assertThat(read.feed().title()).isEqualTo("r/java");
        FeedEntry linkPost = read.feed().entries().get(0);
        FeedEntry selfPost = read.feed().entries().get(1);
        assertThat(linkPost.link()).isEqualTo(URI.create("https://blog.example/virtual-threads-reader"));
        assertThat(linkPost.points()).isEqualTo(421);
        assertThat(linkPost.comments()).isEqualTo(58);
        assertThat(selfPost.link()).isEqualTo(url("/r/java/comments/1b2c3d/which_xml_parser_settings/"));
        assertThat(selfPost.summary()).isEqualTo("We disable DOCTYPEs entirely. Is that enough?");
        assertThat(selfPost.contentHtml()).isEqualTo("<div class=\"md\"><p>We disable DOCTYPEs entirely.</p></div>");
        assertThat(selfPost.published()).isEqualTo(Instant.ofEpochSecond(1772290000));
    }

    @Test
    void brokenApiAnswerIsAFailure() {
        routes.put("/r/java/.json", new MockResponse.Builder().body("<html>Too many requests</html>").build());

        ReadOutcome outcome = reader.read(SourceKind.REDDIT, url("/r/java"), null, null);

        assertThat(((ReadOutcome.Failed) outcome).kind()).isEqualTo(FailureKind.MALFORMED);
    }

    @Test
    void relativeLinksInAFeedResolveAgainstItsContentLocation() {
        routes.put("/feed", new MockResponse.Builder().setHeader("Content-Type", "application/atom+xml")
                .setHeader("Content-Location", "https://blog.example/2026/")
                .body("""
                        <feed xmlns="http://www.w3.org/2005/Atom"><title>Moved</title><id>urn:m</id>
                          <updated>2026-01-01T00:00:00Z</updated>
                          <entry><title>Relative</title><id>urn:m:1</id><updated>2026-01-01T00:00:00Z</updated>
                            <link href="posts/relative.html"/></entry></feed>""").build());

        ReadOutcome.Entries read = entries(reader.read(SourceKind.FEED, url("/feed"), null, null));

        assertThat(read.feed().entries().getFirst().link()).isEqualTo(URI.create("https://blog.example/2026/posts/relative.html"));
    }
}
