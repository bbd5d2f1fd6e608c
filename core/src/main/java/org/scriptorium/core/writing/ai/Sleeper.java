package org.scriptorium.core.writing.ai;

import org.scriptorium.core.Progress;

import java.time.Duration;

/** Waits between attempts; tests pass one that only records, so retries cost no time. */
@FunctionalInterface
public interface Sleeper {
    /** Sleeps in short slices so a cancel during a long Retry-After wait is noticed at once. */
    Sleeper REAL = (duration, progress) -> {
        long end = System.nanoTime() + duration.toNanos();
        long left;
        while ((left = end - System.nanoTime()) > 0) {
            progress.checkCancelled();
            try {
                Thread.sleep(Duration.ofNanos(Math.min(left, Duration.ofMillis(100).toNanos())));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new Progress.Cancelled();
            }
        }
        progress.checkCancelled();
    };

    /** @throws Progress.Cancelled when the user gives up while waiting */
    void sleep(Duration duration, Progress progress);
}
