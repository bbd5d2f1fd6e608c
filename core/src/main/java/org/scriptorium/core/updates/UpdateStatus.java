package org.scriptorium.core.updates;

import java.time.Instant;
import java.util.Optional;

/**
 * What a check found: the version running, the newest release it may move to (empty when the feed lists none), whether
 * that one is newer, and when the feed was asked.
 */
public record UpdateStatus(String current, Optional<Release> latest, boolean newer, Instant checkedAt) {
    /** "Scriptorium 1.3.0 is available." or "Scriptorium 1.2.0 is the latest version." */
    public String describe() {
        if (newer) {
            return "Scriptorium " + latest.orElseThrow().version() + " is available (this is " + current + ").";
        }
        return latest.map(r -> "Scriptorium " + current + " is up to date; the latest release is " + r.version() + ".")
                .orElse("Scriptorium " + current + " is up to date; the release feed lists no release yet.");
    }
}
