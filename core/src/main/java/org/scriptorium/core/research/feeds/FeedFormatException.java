package org.scriptorium.core.research.feeds;

import org.scriptorium.core.research.fetch.FailureKind;

import java.net.URI;
import java.util.List;

/** The bytes could not be read as a feed; the message is one sentence for the user. */
public final class FeedFormatException extends Exception {
    private final FailureKind kind;
    private final List<URI> advertisedFeeds;

    public FeedFormatException(FailureKind kind, String message) {
        this(kind, message, List.of(), null);
    }

    public FeedFormatException(FailureKind kind, String message, Throwable cause) {
        this(kind, message, List.of(), cause);
    }

    public FeedFormatException(FailureKind kind, String message, List<URI> advertisedFeeds, Throwable cause) {
        super(message, cause);
        this.kind = kind;
        this.advertisedFeeds = List.copyOf(advertisedFeeds);
    }

    /** NOT_A_FEED, MALFORMED or UNSAFE. */
    public FailureKind kind() {
        return kind;
    }

    /** For a web page: the feeds it advertises, best first (empty otherwise). */
    public List<URI> advertisedFeeds() {
        return advertisedFeeds;
    }
}
