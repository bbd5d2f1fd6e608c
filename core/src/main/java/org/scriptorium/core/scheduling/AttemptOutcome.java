package org.scriptorium.core.scheduling;

/** How one attempt ended, as the publish log shows it (none while it is under way). */
public enum AttemptOutcome {
    /** The platform took the post. */
    PUBLISHED,
    /** Reconciliation found the post an earlier attempt created. */
    FOUND,
    /** Reconciliation showed the earlier attempt did not create it: it will be sent again. */
    ABSENT,
    /** A transient error: tried again later. */
    RETRY,
    /** The request may have reached the platform: reconciled before anything else. */
    UNKNOWN,
    /** Refused for good, or out of retries. */
    FAILED,
    /** Came due while the app was closed, later than the catch-up policy allows. */
    MISSED,
    /** Handed to the platform, which holds it until its time. */
    HANDED_OFF,
    /** The platform did not take the hand-off (the error says why); the post stays planned here. */
    NOT_HANDED_OFF
}
