package org.scriptorium.core.analytics;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

class SnapshotScheduleTest {
    private static final Instant OUT = Instant.parse("2027-03-01T09:00:00Z");

    @Test
    void aPostIsMeasuredOftenWhileNewThenLessThenNever() {
        assertThat(SnapshotSchedule.due(OUT, null, OUT.plus(Duration.ofMinutes(59)))).isEmpty(); // too young
        assertThat(SnapshotSchedule.due(OUT, null, OUT.plus(Duration.ofHours(1)))).contains(Duration.ofHours(1));
        Instant firstTaken = OUT.plus(Duration.ofMinutes(61));
        assertThat(SnapshotSchedule.due(OUT, firstTaken, OUT.plus(Duration.ofHours(5)))).isEmpty(); // measured at 1 h
        assertThat(SnapshotSchedule.due(OUT, firstTaken, OUT.plus(Duration.ofHours(6)))).contains(Duration.ofHours(6));
        // Closed for two days: one snapshot catches up, for the latest age passed, not one per missed age.
        assertThat(SnapshotSchedule.due(OUT, firstTaken, OUT.plus(Duration.ofHours(50)))).contains(Duration.ofDays(1));
        assertThat(SnapshotSchedule.due(OUT, OUT.plus(Duration.ofHours(50)), OUT.plus(Duration.ofHours(60)))).isEmpty();
        assertThat(SnapshotSchedule.due(OUT, OUT.plus(Duration.ofDays(8)), OUT.plus(Duration.ofDays(30)))).contains(Duration.ofDays(30));
        // After its 30-day snapshot, a post is measured no more.
        assertThat(SnapshotSchedule.due(OUT, OUT.plus(Duration.ofDays(30)), OUT.plus(Duration.ofDays(400)))).isEmpty();
        assertThat(SnapshotSchedule.next(OUT, OUT.plus(Duration.ofHours(2)))).contains(OUT.plus(Duration.ofHours(6)));
        assertThat(SnapshotSchedule.next(OUT, OUT.plus(Duration.ofDays(31)))).isEqualTo(Optional.empty());
    }
}
