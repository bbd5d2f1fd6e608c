package org.scriptorium.core.analytics;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * When a post's numbers are worth reading again: often while it is new, then less and less, then never. A post is
 * due at each of these ages after it went out unless a snapshot was already taken at or after that age.
 */
public final class SnapshotSchedule {
    /** 1 hour, 6 hours, a day, 3 days, a week, 30 days: after the last, a post's numbers hardly move. */
    public static final List<Duration> AGES = List.of(Duration.ofHours(1), Duration.ofHours(6), Duration.ofDays(1), Duration.ofDays(3),
            Duration.ofDays(7), Duration.ofDays(30));

    private SnapshotSchedule() {
    }

    /** The age a post is due to be measured at now, or empty when it is not due (too young, measured, or past 30 days). */
    public static Optional<Duration> due(Instant publishedAt, Instant lastTakenAt, Instant now) {
        Optional<Duration> due = Optional.empty();
        for (Duration age : AGES) {
            Instant at = publishedAt.plus(age);
            if (now.isBefore(at)) {
                break;
            }
            if (lastTakenAt == null || lastTakenAt.isBefore(at)) {
                due = Optional.of(age);
            }
        }
        return due;
    }

    /** When the post is next due after {@code now}, or empty when its schedule has ended. */
    public static Optional<Instant> next(Instant publishedAt, Instant now) {
        return AGES.stream().map(publishedAt::plus).filter(now::isBefore).findFirst();
    }
}
