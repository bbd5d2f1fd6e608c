package org.scriptorium.core.writing.ai;

import java.time.Duration;
import java.util.Objects;

/**
 * Everything about how a provider calls its service that is not the service itself: timeouts, retries, when
 * the circuit breaker opens and for how long, and how waiting is done.
 */
public record CallPolicy(Timeouts timeouts, RetryPolicy retry, int failuresToOpen, Duration openFor, Sleeper sleeper) {
    public static final CallPolicy DEFAULT = new CallPolicy(Timeouts.DEFAULT, RetryPolicy.DEFAULT, 5,
            Duration.ofSeconds(30), Sleeper.REAL);

    public CallPolicy {
        Objects.requireNonNull(timeouts, "timeouts");
        Objects.requireNonNull(retry, "retry");
        Objects.requireNonNull(openFor, "openFor");
        Objects.requireNonNull(sleeper, "sleeper");
        if (failuresToOpen < 1) {
            throw new IllegalArgumentException("failuresToOpen must be at least 1, not " + failuresToOpen);
        }
    }

    public CallPolicy withTimeouts(Timeouts changed) {
        return new CallPolicy(changed, retry, failuresToOpen, openFor, sleeper);
    }

    public CallPolicy withRetry(RetryPolicy changed) {
        return new CallPolicy(timeouts, changed, failuresToOpen, openFor, sleeper);
    }

    public CallPolicy withSleeper(Sleeper changed) {
        return new CallPolicy(timeouts, retry, failuresToOpen, openFor, changed);
    }
}
