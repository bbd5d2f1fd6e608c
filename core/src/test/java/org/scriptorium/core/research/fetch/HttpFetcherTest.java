package org.scriptorium.core.research.fetch;

import mockwebserver3.MockResponse;
import mockwebserver3.MockResponseBody;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import mockwebserver3.SocketEffect;
import okio.BufferedSink;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import static org.assertj.core.api.Assertions.assertThat;

class HttpFetcherTest {
    private static final Instant NOW = Instant.parse("2026-03-01T12:00:00Z");
    private static final FetchLimits SHORT = new FetchLimits(64 * 1024, Duration.ofSeconds(2), Duration.ofSeconds(2),
            Duration.ofSeconds(2), 3);

    private final MockWebServer server = new MockWebServer();
    private final HttpFetcher fetcher = new HttpFetcher(new okhttp3.OkHttpClient(), Clock.fixed(NOW, ZoneOffset.UTC));

    @BeforeEach
    void start() throws IOException {
        server.start();
    }

    @AfterEach
    void stop() {
        server.close();
    }

    private URI url(String path) {
        return server.url(path).uri();
    }

    private FetchResult fetch(String path) {
        return fetcher.fetch(FetchRequest.of(url(path)), SHORT);
    }

    private static FetchResult.Failed failure(FetchResult result) {
        assertThat(result).isInstanceOf(FetchResult.Failed.class);
        return (FetchResult.Failed) result;
    }

    @Test
    void fetchedBodyComesWithValidatorsAndOurUserAgent() throws InterruptedException {
        server.enqueue(new MockResponse.Builder().setHeader("Content-Type", "application/rss+xml")
                .setHeader("ETag", "\"v1\"").setHeader("Last-Modified", "Sat, 28 Feb 2026 10:00:00 GMT")
                .body("<rss/>").build());

        FetchResult.Fetched fetched = (FetchResult.Fetched) fetch("/feed");

        assertThat(new String(fetched.body())).isEqualTo("<rss/>");
        assertThat(fetched.etag()).isEqualTo("\"v1\"");
        assertThat(fetched.lastModified()).isEqualTo("Sat, 28 Feb 2026 10:00:00 GMT");
        assertThat(fetched.contentType()).isEqualTo("application/rss+xml");
        assertThat(server.takeRequest().getHeaders().get("User-Agent")).isEqualTo("Scriptorium/0.1 (+feed reader)");
    }

    @Test
    void conditionalGetSendsValidatorsAndReports304AsNotModified() throws InterruptedException {
        server.enqueue(new MockResponse.Builder().code(304).build());

        FetchResult result = fetcher.fetch(FetchRequest.of(url("/feed"))
                .conditional("\"v1\"", "Sat, 28 Feb 2026 10:00:00 GMT"), SHORT);

        assertThat(result).isInstanceOf(FetchResult.NotModified.class);
        RecordedRequest request = server.takeRequest();
        assertThat(request.getHeaders().get("If-None-Match")).isEqualTo("\"v1\"");
        assertThat(request.getHeaders().get("If-Modified-Since")).isEqualTo("Sat, 28 Feb 2026 10:00:00 GMT");
    }

    @Test
    void relativeRedirectsAreFollowedToTheFinalUrl() {
        server.enqueue(new MockResponse.Builder().code(301).setHeader("Location", "/moved").build());
        server.enqueue(new MockResponse.Builder().code(302).setHeader("Location", "final?x=1").build());
        server.enqueue(new MockResponse.Builder().body("here").build());

        FetchResult.Fetched fetched = (FetchResult.Fetched) fetch("/start");

        assertThat(fetched.finalUrl()).isEqualTo(url("/final?x=1"));
        assertThat(new String(fetched.body())).isEqualTo("here");
    }

    @Test
    void redirectLoopIsDetectedWithoutExhaustingTheRedirectBudget() {
        server.enqueue(new MockResponse.Builder().code(302).setHeader("Location", "/b").build());
        server.enqueue(new MockResponse.Builder().code(302).setHeader("Location", "/a").build());

        FetchResult.Failed failed = failure(fetch("/a"));

        assertThat(failed.kind()).isEqualTo(FailureKind.REDIRECT_LOOP);
        assertThat(server.getRequestCount()).isEqualTo(2);
    }

    @Test
    void tooManyRedirectsStopAtTheLimit() {
        for (int i = 1; i <= 10; i++) {
            server.enqueue(new MockResponse.Builder().code(307).setHeader("Location", "/hop" + i).build());
        }

        FetchResult.Failed failed = failure(fetch("/hop0"));

        assertThat(failed.kind()).isEqualTo(FailureKind.TOO_MANY_REDIRECTS);
        assertThat(server.getRequestCount()).isEqualTo(SHORT.maxRedirects() + 1);
    }

    @Test
    void redirectToAnotherSchemeIsRefused() {
        server.enqueue(new MockResponse.Builder().code(302).setHeader("Location", "file:///etc/hostname").build());

        assertThat(failure(fetch("/x")).kind()).isEqualTo(FailureKind.UNSAFE);
    }

    @Test
    void onlyWebSchemesAreFetched() {
        FetchResult result = fetcher.fetch(FetchRequest.of(URI.create("file:///etc/passwd")), SHORT);

        assertThat(failure(result).kind()).isEqualTo(FailureKind.UNSAFE);
    }

    @Test
    void notFoundAndGoneAreToldApart() {
        server.enqueue(new MockResponse.Builder().code(404).build());
        server.enqueue(new MockResponse.Builder().code(410).build());

        FetchResult.Failed missing = failure(fetch("/missing"));
        FetchResult.Failed gone = failure(fetch("/gone"));

        assertThat(missing.kind()).isEqualTo(FailureKind.NOT_FOUND);
        assertThat(gone.kind()).isEqualTo(FailureKind.GONE);
        assertThat(gone.message()).contains(server.getHostName()).contains("gone").contains("disabled");
    }

    @Test
    void rateLimitHonoursRetryAfterInSeconds() {
        server.enqueue(new MockResponse.Builder().code(429).setHeader("Retry-After", "120").build());

        FetchResult.Failed failed = failure(fetch("/api"));

        assertThat(failed.kind()).isEqualTo(FailureKind.RATE_LIMITED);
        assertThat(failed.status()).isEqualTo(429);
        assertThat(failed.retryAfter()).isEqualTo(NOW.plusSeconds(120));
    }

    @Test
    void unavailableWithRetryAfterDateIsARateLimit() {
        server.enqueue(new MockResponse.Builder().code(503)
                .setHeader("Retry-After", "Sun, 01 Mar 2026 13:30:00 GMT").build());

        FetchResult.Failed failed = failure(fetch("/api"));

        assertThat(failed.kind()).isEqualTo(FailureKind.RATE_LIMITED);
        assertThat(failed.retryAfter()).isEqualTo(Instant.parse("2026-03-01T13:30:00Z"));
    }

    @Test
    void serverAndClientErrorsAreClassified() {
        server.enqueue(new MockResponse.Builder().code(500).build());
        server.enqueue(new MockResponse.Builder().code(403).build());

        assertThat(failure(fetch("/a")).kind()).isEqualTo(FailureKind.SERVER_ERROR);
        assertThat(failure(fetch("/b")).kind()).isEqualTo(FailureKind.CLIENT_ERROR);
    }

    @Test
    void endlessBodyIsCutAtTheCapWithoutReadingItAll() {
        AtomicLong written = new AtomicLong();
        server.enqueue(new MockResponse.Builder().body(new EndlessBody(200L * 1024 * 1024, written)).build());
        long started = System.nanoTime();

        FetchResult.Failed failed = failure(fetch("/huge"));

        assertThat(failed.kind()).isEqualTo(FailureKind.TOO_LARGE);
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(2));
        // Socket buffers let the server run ahead a little, never anywhere near the 200 MB it offered.
        assertThat(written.get()).isLessThan(20L * 1024 * 1024);
    }

    @Test
    void declaredOversizedBodyIsRefusedBeforeReading() {
        server.enqueue(new MockResponse.Builder().body("x".repeat(70 * 1024)).build());

        assertThat(failure(fetch("/big")).kind()).isEqualTo(FailureKind.TOO_LARGE);
    }

    @Test
    void serverThatSendsHeadersThenHangsEndsAsTimeout() {
        FetchLimits impatient = new FetchLimits(64 * 1024, Duration.ofSeconds(5), Duration.ofSeconds(5),
                Duration.ofMillis(500), 3);
        server.enqueue(new MockResponse.Builder().body("<rss>never finished</rss>")
                .onResponseBody(SocketEffect.Stall.INSTANCE).build());
        long started = System.nanoTime();

        FetchResult result = fetcher.fetch(FetchRequest.of(url("/slow")), impatient);

        assertThat(failure(result).kind()).isEqualTo(FailureKind.TIMEOUT);
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(3));
    }

    @Test
    void slowTrickleIsCutByTheOverallDeadline() {
        FetchLimits impatient = new FetchLimits(64 * 1024, Duration.ofSeconds(5), Duration.ofSeconds(5),
                Duration.ofMillis(600), 3);
        // One byte every 100 ms never trips the read timeout, only the deadline.
        server.enqueue(new MockResponse.Builder().body("x".repeat(100))
                .throttleBody(1, 100, TimeUnit.MILLISECONDS).build());

        assertThat(failure(fetcher.fetch(FetchRequest.of(url("/trickle")), impatient)).kind())
                .isEqualTo(FailureKind.TIMEOUT);
    }

    @Test
    void unreachableHostIsANetworkFailure() {
        URI closed = url("/");
        server.close();

        FetchResult.Failed failed = failure(fetcher.fetch(FetchRequest.of(closed), SHORT));

        assertThat(failed.kind()).isEqualTo(FailureKind.NETWORK);
        assertThat(failed.message()).contains(closed.getHost());
    }

    /** Streams zeros in 64 KB writes, counting what actually left, until the client hangs up. */
    private record EndlessBody(long length, AtomicLong written) implements MockResponseBody {
        @Override
        public long getContentLength() {
            return -1;
        }

        @Override
        public void writeTo(BufferedSink sink) throws IOException {
            byte[] chunk = new byte[64 * 1024];
            while (written.get() < length) {
                sink.write(chunk);
                sink.flush();
                written.addAndGet(chunk.length);
            }
        }
    }

    @Test
    void contentLocationNamesTheBaseOfTheBodyWhenItIsAWebAddress() {
        server.enqueue(new MockResponse.Builder().setHeader("Content-Location", "/archive/2026/feed.xml").body("<rss/>").build());
        server.enqueue(new MockResponse.Builder().setHeader("Content-Location", "file:///etc/passwd").body("<rss/>").build());
        server.enqueue(new MockResponse.Builder().body("<rss/>").build());

        FetchResult.Fetched relative = (FetchResult.Fetched) fetch("/feed");
        FetchResult.Fetched local = (FetchResult.Fetched) fetch("/feed");
        FetchResult.Fetched none = (FetchResult.Fetched) fetch("/feed");

        assertThat(relative.contentLocation()).isEqualTo("/archive/2026/feed.xml");
        assertThat(relative.base()).isEqualTo(url("/archive/2026/feed.xml"));
        assertThat(local.base()).isEqualTo(url("/feed"));
        assertThat(none.base()).isEqualTo(url("/feed"));
    }
}
