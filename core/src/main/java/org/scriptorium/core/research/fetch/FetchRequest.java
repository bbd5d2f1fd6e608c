package org.scriptorium.core.research.fetch;

import java.net.URI;
import java.util.Objects;

/**
 * One GET. {@code etag} and {@code lastModified} come from the previous successful fetch (null if none) and
 * turn the request into a conditional one; {@code accept} is the Accept header (null for any).
 */
public record FetchRequest(URI url, String etag, String lastModified, String accept) {

    public FetchRequest {
        Objects.requireNonNull(url, "url");
    }

    public static FetchRequest of(URI url) {
        return new FetchRequest(url, null, null, null);
    }

    public FetchRequest conditional(String etag, String lastModified) {
        return new FetchRequest(url, etag, lastModified, accept);
    }

    public FetchRequest accepting(String accept) {
        return new FetchRequest(url, etag, lastModified, accept);
    }
}
