package org.scriptorium.core.research.feeds;

import org.scriptorium.core.research.fetch.FailureKind;
import org.scriptorium.core.research.fetch.FetchLimits;
import org.scriptorium.core.research.fetch.FetchRequest;
import org.scriptorium.core.research.fetch.FetchResult;
import org.scriptorium.core.research.fetch.HttpFetcher;

import java.net.URI;
import java.util.Objects;

/**
 * Reads one source of any kind, once. Blocking and thread-safe: the poller calls it from many virtual
 * threads. It never throws for a bad source; every failure is a {@link ReadOutcome.Failed} whose message
 * names the host.
 */
public final class SourceReader {
    private static final String FEED_ACCEPT = "application/rss+xml, application/atom+xml, application/feed+json, "
            + "application/xml;q=0.9, text/xml;q=0.9, application/json;q=0.8, */*;q=0.5";
    private static final String PAGE_ACCEPT = "text/html, application/xhtml+xml;q=0.9, */*;q=0.5";
    private static final String JSON_ACCEPT = "application/json";

    private final HttpFetcher fetcher;
    private final URI hackerNewsApiBase;
    private final FeedParser parser = new FeedParser();

    public SourceReader(HttpFetcher fetcher, URI hackerNewsApiBase) {
        this.fetcher = Objects.requireNonNull(fetcher, "fetcher");
        this.hackerNewsApiBase = hackerNewsApiBase == null ? HackerNewsApi.DEFAULT_API_BASE : hackerNewsApiBase;
    }

    /** {@code etag} and {@code lastModified} are the validators from the previous read (null if none). */
    public ReadOutcome read(SourceKind kind, URI url, String etag, String lastModified) {
        try {
            return switch (kind) {
                case FEED -> readFeed(url, etag, lastModified, true);
                case PAGE -> readPage(url, etag, lastModified);
                case HACKER_NEWS -> readApi(url, HackerNewsApi.requestUrl(url, hackerNewsApiBase), etag, lastModified,
                        HackerNewsApi::map);
                case REDDIT -> readApi(url, RedditApi.requestUrl(url), etag, lastModified, RedditApi::map);
            };
        } catch (IllegalArgumentException e) {
            return new ReadOutcome.Failed(FailureKind.CLIENT_ERROR, e.getMessage(), null);
        } catch (RuntimeException e) {
            // A parser bug must not take the poller down; the user still learns which source failed.
            return new ReadOutcome.Failed(FailureKind.MALFORMED, "Scriptorium could not read the source from "
                    + HttpFetcher.host(url) + " (" + e.getClass().getSimpleName() + ").", null);
        }
    }

    private ReadOutcome readFeed(URI url, String etag, String lastModified, boolean mayDiscover) {
        FetchResult result = fetcher.fetch(new FetchRequest(url, etag, lastModified, FEED_ACCEPT), FetchLimits.feeds());
        return switch (result) {
            case FetchResult.NotModified ignored -> new ReadOutcome.NotModified();
            case FetchResult.Failed failed -> failed(failed);
            case FetchResult.Fetched fetched -> {
                try {
                    yield new ReadOutcome.Entries(parser.parse(fetched.body(), fetched.contentType(), fetched.finalUrl(), fetched.base()),
                            url, fetched.etag(), fetched.lastModified());
                } catch (FeedFormatException e) {
                    if (mayDiscover && !e.advertisedFeeds().isEmpty()) {
                        // The validators belonged to the page address, not the feed it points to.
                        yield readFeed(e.advertisedFeeds().getFirst(), null, null, false);
                    }
                    yield new ReadOutcome.Failed(e.kind(), e.getMessage(), null);
                }
            }
        };
    }

    private ReadOutcome readPage(URI url, String etag, String lastModified) {
        FetchResult result = fetcher.fetch(FetchRequest.of(url).accepting(PAGE_ACCEPT), FetchLimits.pages());
        return switch (result) {
            case FetchResult.NotModified ignored -> new ReadOutcome.NotModified();
            case FetchResult.Failed failed -> failed(failed);
            case FetchResult.Fetched page -> {
                try {
                    // Some "pages" are feeds already; then there is nothing to discover.
                    yield new ReadOutcome.Entries(parser.parse(page.body(), page.contentType(), page.finalUrl(), page.base()),
                            url, page.etag(), page.lastModified());
                } catch (FeedFormatException e) {
                    if (e.advertisedFeeds().isEmpty()) {
                        yield new ReadOutcome.Failed(e.kind(), e.getMessage(), null);
                    }
                    // The caller's validators are those of the feed it got from us last time.
                    yield readFeed(e.advertisedFeeds().getFirst(), etag, lastModified, false);
                }
            }
        };
    }

    /** Parses an API answer; the source URL is passed so the mapping can name and link the source. */
    @FunctionalInterface
    private interface ApiMapping {
        ParsedFeed map(byte[] body, URI sourceUrl) throws FeedFormatException;
    }

    private ReadOutcome readApi(URI sourceUrl, URI apiUrl, String etag, String lastModified, ApiMapping mapping) {
        FetchResult result = fetcher.fetch(new FetchRequest(apiUrl, etag, lastModified, JSON_ACCEPT), FetchLimits.feeds());
        return switch (result) {
            case FetchResult.NotModified ignored -> new ReadOutcome.NotModified();
            case FetchResult.Failed failed -> failed(failed);
            case FetchResult.Fetched fetched -> {
                try {
                    yield new ReadOutcome.Entries(mapping.map(fetched.body(), sourceUrl), sourceUrl,
                            fetched.etag(), fetched.lastModified());
                } catch (FeedFormatException e) {
                    yield new ReadOutcome.Failed(e.kind(), e.getMessage(), null);
                }
            }
        };
    }

    private static ReadOutcome failed(FetchResult.Failed failed) {
        return new ReadOutcome.Failed(failed.kind(), failed.message(), failed.retryAfter());
    }
}
