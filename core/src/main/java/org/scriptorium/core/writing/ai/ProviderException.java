package org.scriptorium.core.writing.ai;

import org.scriptorium.core.ScriptoriumException;

import java.time.Instant;

/** A provider call that failed, said in one sentence ("Ollama is not running on localhost:11434"). */
public final class ProviderException extends ScriptoriumException {
    public enum Kind { NOT_RUNNING, BAD_KEY, UNKNOWN_MODEL, RATE_LIMITED, SERVER_ERROR, TIMEOUT, MALFORMED, CIRCUIT_OPEN, BUDGET }

    private final Kind kind;
    private final Instant retryAfter;

    public ProviderException(Kind kind, String message) {
        this(kind, message, null, null);
    }

    public ProviderException(Kind kind, String message, Instant retryAfter, Throwable cause) {
        super(message, cause);
        this.kind = kind;
        this.retryAfter = retryAfter;
    }

    public Kind kind() {
        return kind;
    }

    /** When the service said to try again (429/503 Retry-After), or null. */
    public Instant retryAfter() {
        return retryAfter;
    }
}
