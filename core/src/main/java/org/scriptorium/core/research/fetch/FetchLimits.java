package org.scriptorium.core.research.fetch;

import java.time.Duration;
import java.util.Objects;

/**
 * How much a single fetch may cost: bytes read, time spent and redirects followed.
 * {@code callDeadline} bounds the whole call, redirects and body included, so a server that stalls mid-body
 * cannot hold a poller thread.
 */
public record FetchLimits(long maxBytes, Duration connectTimeout, Duration readTimeout, Duration callDeadline,
                          int maxRedirects) {

    public FetchLimits {
        if (maxBytes <= 0) {
            throw new IllegalArgumentException("maxBytes must be positive");
        }
        Objects.requireNonNull(connectTimeout, "connectTimeout");
        Objects.requireNonNull(readTimeout, "readTimeout");
        Objects.requireNonNull(callDeadline, "callDeadline");
        if (maxRedirects < 0) {
            throw new IllegalArgumentException("maxRedirects must not be negative");
        }
    }

    /** Feeds: large enough for a feed with full article bodies, small enough to never hurt memory. */
    public static FetchLimits feeds() {
        return new FetchLimits(10L * 1024 * 1024, Duration.ofSeconds(10), Duration.ofSeconds(15),
                Duration.ofSeconds(30), 5);
    }

    /** Web pages: articles rarely pass 1 MB of HTML; 5 MB leaves room for inline styles and scripts. */
    public static FetchLimits pages() {
        return new FetchLimits(5L * 1024 * 1024, Duration.ofSeconds(10), Duration.ofSeconds(15),
                Duration.ofSeconds(30), 5);
    }
}
