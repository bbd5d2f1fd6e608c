package org.scriptorium.core.publishing;

import org.scriptorium.core.ScriptoriumException;

import java.time.Duration;
import java.time.Instant;

/** A publishing call that failed, typed by what the caller should do next, with a sentence a user understands. */
public final class PublishException extends ScriptoriumException {
    public enum Kind {
        /** Try again later: a network error before the request was sent, 5xx, 429; {@link #retryAfter()} when the network said. */
        RETRYABLE,
        /** The token expired or was revoked: the user must connect the account again. */
        AUTH_EXPIRED,
        /** The network refused the post for good (content, permissions, a duplicate): {@link #platformMessage()} says why. */
        REJECTED,
        /** The request may have reached the network (a timeout after sending): reconcile before any retry. */
        OUTCOME_UNKNOWN
    }

    private final Kind kind;
    private final Duration retryAfter;
    private final Instant pausedUntil;
    private final String platformMessage;

    private PublishException(Kind kind, String message, Duration retryAfter, Instant pausedUntil, String platformMessage, Throwable cause) {
        super(message, cause);
        this.kind = kind;
        this.retryAfter = retryAfter;
        this.pausedUntil = pausedUntil;
        this.platformMessage = platformMessage;
    }

    public static PublishException retryable(String message, Duration retryAfter, Throwable cause) {
        return new PublishException(Kind.RETRYABLE, message, retryAfter, null, null, cause);
    }

    /** A limit for the day (or another window): nothing more goes to this account until the instant. */
    public static PublishException pausedUntil(String message, Instant until) {
        return new PublishException(Kind.RETRYABLE, message, null, until, null, null);
    }

    public static PublishException authExpired(String message) {
        return new PublishException(Kind.AUTH_EXPIRED, message, null, null, null, null);
    }

    public static PublishException rejected(String message, String platformMessage) {
        return new PublishException(Kind.REJECTED, message, null, null, platformMessage, null);
    }

    public static PublishException outcomeUnknown(String message, Throwable cause) {
        return new PublishException(Kind.OUTCOME_UNKNOWN, message, null, null, null, cause);
    }

    public Kind kind() {
        return kind;
    }

    /** How long the network asked us to wait, or null. */
    public Duration retryAfter() {
        return retryAfter;
    }

    /** Until when the account is paused (a daily limit), or null. */
    public Instant pausedUntil() {
        return pausedUntil;
    }

    /** The network's own words for a rejection, or null. */
    public String platformMessage() {
        return platformMessage;
    }
}
