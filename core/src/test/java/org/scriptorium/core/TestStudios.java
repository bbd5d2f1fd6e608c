package org.scriptorium.core;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicReference;

/** Studios on real H2 files in temp folders, with a clock tests can move. */
public final class TestStudios {
    private TestStudios() {
    }

    public static Studio open(Path dataDir) {
        return Studio.open(dataDir);
    }

    /**
     * A clock that starts at a pinned instant in a pinned zone and then runs at the machine's pace: "today" is the same
     * on any day the tests run, while timers, waits and rounds still see time pass.
     */
    public static Clock runningFrom(java.time.ZonedDateTime start) {
        return new RunningClock(start.toInstant(), System.nanoTime(), start.getZone());
    }

    private static final class RunningClock extends Clock {
        private final Instant start;
        private final long startNanos;
        private final java.time.ZoneId zone;

        RunningClock(Instant start, long startNanos, java.time.ZoneId zone) {
            this.start = start;
            this.startNanos = startNanos;
            this.zone = zone;
        }

        @Override
        public java.time.ZoneId getZone() {
            return zone;
        }

        @Override
        public Clock withZone(java.time.ZoneId other) {
            return new RunningClock(start, startNanos, other);
        }

        @Override
        public Instant instant() {
            return start.plusNanos(System.nanoTime() - startNanos);
        }
    }

    /** A clock that only moves when told to, so timestamps in assertions are exact. */
    public static final class ManualClock extends Clock {
        private final AtomicReference<Instant> now;

        public ManualClock(Instant start) {
            this.now = new AtomicReference<>(start);
        }

        public void advance(Duration by) {
            now.updateAndGet(t -> t.plus(by));
        }

        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now.get();
        }
    }
}
