package org.scriptorium.core.research.fetch;

import java.net.URI;
import java.time.Instant;
import java.util.Locale;

/** What one fetch produced. Never an exception: a bad source is an ordinary outcome for a feed reader. */
public sealed interface FetchResult {

    /**
     * A 2xx response with its body, read in full and within the byte limit.
     *
     * @param contentLocation the Content-Location header as sent (null if none)
     */
    record Fetched(URI finalUrl, int status, String contentType, byte[] body, String etag, String lastModified,
                   String contentLocation) implements FetchResult {

        /**
         * What relative addresses in the body are relative to: the Content-Location the server named (RFC 9110
         * lets it name the document's own address), else the address it was fetched from.
         */
        public URI base() {
            if (contentLocation == null || contentLocation.isBlank()) {
                return finalUrl;
            }
            try {
                URI location = finalUrl.resolve(contentLocation.strip());
                String scheme = String.valueOf(location.getScheme()).toLowerCase(Locale.ROOT);
                return (scheme.equals("http") || scheme.equals("https")) && location.getHost() != null ? location : finalUrl;
            } catch (IllegalArgumentException e) {
                return finalUrl; // an unreadable header is treated as no header
            }
        }
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
