package org.scriptorium.core.research.fetch;

import java.net.URI;
import java.time.Instant;

/** What one fetch produced. Never an exception: a bad source is an ordinary outcome for a feed reader. */
public sealed interface FetchResult {

    /** A 2xx response with its body, read in full and within the byte limit. */
    record Fetched(URI finalUrl, int status, String contentType, byte[] body, String etag, String lastModified)
            implements FetchResult {
    }

    /** The server confirmed (304) that the copy from the previous fetch is still current. */
    record NotModified(URI finalUrl) implements FetchResult {
    }

    /**
     * @param message    one sentence for the user, naming the host
     * @param status     the HTTP status when there was one
     * @param retryAfter when the server asked us to come back, if it did
     */
    record Failed(FailureKind kind, String message, Integer status, Instant retryAfter) implements FetchResult {
    }
}
