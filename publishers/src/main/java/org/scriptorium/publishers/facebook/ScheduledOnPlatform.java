package org.scriptorium.publishers.facebook;

import java.time.Instant;

/** A post Facebook holds for a Page until its time: its id there, its text, and when it goes out (null if Facebook did not say). */
public record ScheduledOnPlatform(String postId, String message, Instant publishAt) {
}
