package org.scriptorium.core.research.feeds;

import org.scriptorium.core.research.fetch.Charsets;
import org.scriptorium.core.research.fetch.FailureKind;
import org.scriptorium.core.research.fetch.FetchLimits;
import org.scriptorium.core.research.fetch.FetchRequest;
import org.scriptorium.core.research.fetch.FetchResult;
import org.scriptorium.core.research.fetch.HttpFetcher;

import java.net.URI;
import java.util.Locale;
import java.util.Objects;

/** Fetches a web page and extracts its article. Blocking, thread-safe, never throws for a bad page. */
public final class ArticleReader {
    private final HttpFetcher fetcher;
    private final ArticleExtractor extractor = new ArticleExtractor();

    public ArticleReader(HttpFetcher fetcher) {
        this.fetcher = Objects.requireNonNull(fetcher, "fetcher");
    }

    public ArticleOutcome read(URI url) {
        FetchResult result = fetcher.fetch(FetchRequest.of(url).accepting("text/html, application/xhtml+xml;q=0.9"),
                FetchLimits.pages());
        return switch (result) {
            case FetchResult.Failed failed -> new ArticleOutcome.Failed(failed.kind(), failed.message());
            case FetchResult.NotModified ignored -> new ArticleOutcome.Failed(FailureKind.CLIENT_ERROR,
                    HttpFetcher.host(url) + " answered as if Scriptorium had asked for a cached copy.");
            case FetchResult.Fetched page -> extract(page);
        };
    }

    private ArticleOutcome extract(FetchResult.Fetched page) {
        String host = HttpFetcher.host(page.finalUrl());
        String type = page.contentType() == null ? "" : page.contentType().toLowerCase(Locale.ROOT).split(";")[0].strip();
        if (!type.isEmpty() && !type.contains("html")) {
            return new ArticleOutcome.Failed(FailureKind.NOT_A_FEED, "The address on " + host + " is a " + type
                    + " file, not a web page, so there is no article to read.");
        }
        try {
            ExtractedArticle article = extractor.extract(Charsets.decode(page.body(), page.contentType()), page.finalUrl());
            if (article.text().isBlank()) {
                return new ArticleOutcome.Failed(FailureKind.MALFORMED, "The page on " + host + " has no readable text.");
            }
            return new ArticleOutcome.Article(article);
        } catch (RuntimeException e) {
            return new ArticleOutcome.Failed(FailureKind.MALFORMED, "The page on " + host + " could not be read ("
                    + e.getClass().getSimpleName() + ").");
        }
    }
}
