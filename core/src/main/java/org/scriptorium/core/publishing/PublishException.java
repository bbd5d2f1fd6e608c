package org.scriptorium.core.publishing;

import org.scriptorium.core.ScriptoriumException;

import java.time.Duration;
import java.time.Instant;

/** A publishing call that failed, typed by what the caller should do next, with a sentence a user understands. */
public final class PublishException extends ScriptoriumException {
    public enum Kind {
        /**
         * Try again later: a network error before the request was sent, 429, a 5xx to anything but a create;
         * {@link #retryAfter()} when the network said.
         */
        RETRYABLE,
        /** The token expired or was revoked: the user must connect the account again. */
        AUTH_EXPIRED,
        /** The network refused the post for good (content, permissions, a duplicate): {@link #platformMessage()} says why. */
        REJECTED,
        /**
         * The create may have reached the network (no answer after sending, a dropped connection, a 5xx answer):
         * reconcile before any retry, not before {@link #retryAfter()} when the network said.
         */
        OUTCOME_UNKNOWN
    }

    private final Kind kind;
    private final Duration retryAfter;
    private final Instant pausedUntil;
    private final String platformMessage;
    private final boolean forbidden;

    private PublishException(Kind kind, String message, Duration retryAfter, Instant pausedUntil, String platformMessage, Throwable cause) {
        this(kind, message, retryAfter, pausedUntil, platformMessage, cause, false);
    }

    private PublishException(Kind kind, String message, Duration retryAfter, Instant pausedUntil, String platformMessage, Throwable cause,
                             boolean forbidden) {
        super(message, cause);
        this.kind = kind;
        this.retryAfter = retryAfter;
        this.pausedUntil = pausedUntil;
        this.platformMessage = platformMessage;
        this.forbidden = forbidden;
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

    /** Refused because the account's grant does not allow it (an HTTP 403): connecting again with more permissions may. */
    public static PublishException forbidden(String message, String platformMessage) {
        return new PublishException(Kind.REJECTED, message, null, null, platformMessage, null, true);
    }

    public static PublishException outcomeUnknown(String message, Throwable cause) {
        return outcomeUnknown(message, null, cause);
    }

    /** An unknown outcome the network asked us to look into no sooner than {@code retryAfter} from now (null: at once). */
    public static PublishException outcomeUnknown(String message, Duration retryAfter, Throwable cause) {
        return new PublishException(Kind.OUTCOME_UNKNOWN, message, retryAfter, null, null, cause);
    }

    public Kind kind() {
        return kind;
    }

    /** Whether the network refused for want of a permission (rather than for the content): readers tell it without reading messages. */
    public boolean forbidden() {
        return forbidden;
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
