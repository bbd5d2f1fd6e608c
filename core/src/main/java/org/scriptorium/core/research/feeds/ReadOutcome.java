package org.scriptorium.core.research.feeds;

import org.scriptorium.core.research.fetch.FailureKind;

import java.net.URI;
import java.time.Instant;

/** The result of reading one source once; the poller stores entries, validators and failures from it. */
public sealed interface ReadOutcome {

    /**
     * @param feedUrl      the feed actually read: the discovered one when the source was a page, so the
     *                     caller can read it directly next time; the validators belong to it
     */
    record Entries(ParsedFeed feed, URI feedUrl, String etag, String lastModified) implements ReadOutcome {
    }

    /** Nothing changed since the validators the caller sent. */
    record NotModified() implements ReadOutcome {
    }

    /** {@code message} is one sentence naming the host; {@code retryAfter} is set when the server asked. */
    record Failed(FailureKind kind, String message, Instant retryAfter) implements ReadOutcome {
    }
}
