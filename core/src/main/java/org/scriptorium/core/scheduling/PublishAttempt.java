package org.scriptorium.core.scheduling;

import java.time.Instant;
import java.util.UUID;

/** One line of the publish log: when an attempt started and ended, how, and the platform's id or error. */
public record PublishAttempt(UUID id, UUID postId, Instant startedAt, Instant finishedAt, AttemptOutcome outcome, String error,
                             String responseId) {
}
