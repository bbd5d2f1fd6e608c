package org.scriptorium.core.writing.ai;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.temporal.ChronoUnit;
import java.util.Objects;

/**
 * Stops calling a service that keeps failing, so the user learns at once instead of after three slow retries
 * each time. Opens after {@code failuresToOpen} failed calls in a row; once {@code openFor} has passed the next
 * call is let through, and one more failure opens it again.
 */
public final class CircuitBreaker {
    private final String name;
    private final int failuresToOpen;
    private final Duration openFor;
    private final Clock clock;
    private int consecutiveFailures;
    private Instant openUntil;

    public CircuitBreaker(String name, int failuresToOpen, Duration openFor, Clock clock) {
        this.name = Objects.requireNonNull(name, "name");
        this.failuresToOpen = failuresToOpen;
        this.openFor = Objects.requireNonNull(openFor, "openFor");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** @throws ProviderException of kind CIRCUIT_OPEN while the breaker is open */
    public synchronized void checkClosed() {
        if (openUntil != null && clock.instant().isBefore(openUntil)) {
            LocalTime at = LocalTime.ofInstant(openUntil, clock.getZone()).truncatedTo(ChronoUnit.SECONDS);
            throw new ProviderException(ProviderException.Kind.CIRCUIT_OPEN, name + " failed " + consecutiveFailures
                    + " times in a row, so Scriptorium will not try it again before " + at + ".", openUntil, null);
        }
    }

    public synchronized void recordSuccess() {
        consecutiveFailures = 0;
        openUntil = null;
    }

    public synchronized void recordFailure() {
        consecutiveFailures++;
        if (consecutiveFailures >= failuresToOpen) {
            openUntil = clock.instant().plus(openFor);
        }
    }

    public synchronized boolean isOpen() {
        return openUntil != null && clock.instant().isBefore(openUntil);
    }
}
