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
