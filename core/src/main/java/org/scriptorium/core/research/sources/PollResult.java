package org.scriptorium.core.research.sources;

import java.util.UUID;

/** What one poll of one source did, in the terms `source poll` reports. */
public record PollResult(UUID sourceId, String title, Status status, int added, int duplicates, int nearDuplicates,
                         String error) {
    public enum Status {
        /** Read, and its new documents stored. */
        OK,
        /** The server said nothing changed since the last poll (conditional GET). */
        NOT_MODIFIED,
        /** It failed this time; its health says why. */
        FAILED,
        /** It is gone (410) and has been turned off. */
        DISABLED,
        /** Not polled: cancelled, or asked to wait (429) until later. */
        SKIPPED
    }

    public boolean failed() {
        return status == Status.FAILED || status == Status.DISABLED;
    }
}
