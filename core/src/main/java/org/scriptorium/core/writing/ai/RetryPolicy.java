package org.scriptorium.core.writing.ai;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.DoubleSupplier;

/**
 * How often and how long to wait before asking again. Exponential backoff with jitter (between half and all of
 * the step, so many clients do not return at once), unless the server said when to come back.
 *
 * @param longestRetryAfter a Retry-After further away than this is not waited for inside one call; the
 *                          failure is reported with the time instead
 * @param jitter            numbers in [0, 1)
 */
public record RetryPolicy(int maxAttempts, Duration firstDelay, Duration maxDelay, Duration longestRetryAfter,
                          DoubleSupplier jitter) {
    public static final RetryPolicy DEFAULT = new RetryPolicy(3, Duration.ofSeconds(1), Duration.ofSeconds(8),
            Duration.ofSeconds(60), () -> ThreadLocalRandom.current().nextDouble());

    public RetryPolicy {
        if (maxAttempts < 1) {
            throw new IllegalArgumentException("At least one attempt is needed, not " + maxAttempts);
        }
        Objects.requireNonNull(firstDelay, "firstDelay");
        Objects.requireNonNull(maxDelay, "maxDelay");
        Objects.requireNonNull(longestRetryAfter, "longestRetryAfter");
        Objects.requireNonNull(jitter, "jitter");
    }

    /** The backoff after the given number of failed attempts (1, 2, …), before any server hint. */
    public Duration backoff(int failedAttempts) {
        long step = firstDelay.toMillis() << Math.min(failedAttempts - 1, 20);
        long capped = Math.min(step, maxDelay.toMillis());
        return Duration.ofMillis(Math.round(capped * (0.5 + 0.5 * jitter.getAsDouble())));
    }

    /**
     * How long to wait before the next attempt, or null when waiting is not worth it within this call.
     *
     * @param retryAfter when the server asked to be called again, or null
     */
    public Duration waitBefore(int failedAttempts, Instant retryAfter, Instant now) {
        if (failedAttempts >= maxAttempts) {
            return null;
        }
        if (retryAfter == null) {
            return backoff(failedAttempts);
        }
        Duration asked = Duration.between(now, retryAfter);
        if (asked.compareTo(longestRetryAfter) > 0) {
            return null;
        }
        return asked.isNegative() ? Duration.ZERO : asked;
    }
}
