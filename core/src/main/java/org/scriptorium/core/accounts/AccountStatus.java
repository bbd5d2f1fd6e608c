package org.scriptorium.core.accounts;

/** Whether an account can publish now, and if not, what the user has to do. */
public enum AccountStatus {
    CONNECTED,
    /** The token expired or was revoked: connect again. */
    NEEDS_REAUTHORIZATION,
    /** A rate limit: nothing goes out before {@link Account#pausedUntil()}. */
    PAUSED
}
