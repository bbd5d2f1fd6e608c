package org.scriptorium.core.store;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;

/** A clock at the database's precision (microseconds), so an instant reads back exactly as it was written. */
public final class StoreClock extends Clock {
    private final Clock source;

    public StoreClock(Clock source) {
        this.source = source;
    }

    @Override
    public ZoneId getZone() {
        return source.getZone();
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return new StoreClock(source.withZone(zone));
    }

    @Override
    public Instant instant() {
        return source.instant().truncatedTo(ChronoUnit.MICROS);
    }
}
