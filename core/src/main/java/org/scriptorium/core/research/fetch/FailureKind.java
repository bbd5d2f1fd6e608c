package org.scriptorium.core.research.fetch;

/** Why reading a source failed; the poller decides from this whether to retry, back off or disable. */
public enum FailureKind {
    NETWORK,
    TIMEOUT,
    TOO_LARGE,
    REDIRECT_LOOP,
    TOO_MANY_REDIRECTS,
    NOT_FOUND,
    /** The server said the resource is permanently gone (HTTP 410): the source should be disabled. */
    GONE,
    RATE_LIMITED,
    SERVER_ERROR,
    CLIENT_ERROR,
    NOT_A_FEED,
    MALFORMED,
    /** Refused for safety: a scheme other than http(s), a DOCTYPE or an entity in XML. */
    UNSAFE
}
