package org.scriptorium.core.scheduling;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;

import static org.assertj.core.api.Assertions.assertThat;

class PlannedTimeTest {
    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

    private static Instant nineInBerlin(String day) {
        return PlannedTime.of(LocalDateTime.parse(day + "T09:00"), BERLIN).instant();
    }

    @Test
    void nineInTheMorningInBerlinStaysNineOnBothSidesOfBothClockChanges() {
        assertThat(nineInBerlin("2026-03-28")).isEqualTo("2026-03-28T08:00:00Z"); // CET, +01:00
        assertThat(nineInBerlin("2026-03-29")).isEqualTo("2026-03-29T07:00:00Z"); // CEST from this night, +02:00
        assertThat(nineInBerlin("2026-10-24")).isEqualTo("2026-10-24T07:00:00Z");
        assertThat(nineInBerlin("2026-10-25")).isEqualTo("2026-10-25T08:00:00Z"); // back to CET
        assertThat(PlannedTime.of(LocalDateTime.parse("2026-03-29T09:00"), BERLIN).note()).isNull();
    }

    @Test
    void aPostPlannedInBerlinKeepsItsBerlinTimeWhenShownInNewYork() {
        PlannedTime planned = PlannedTime.parse("2026-03-20T09:00", "Europe/Berlin", ZoneId.of("UTC"));
        ScheduledPost post = new ScheduledPost(null, null, null, "x", null, null, PostStatus.SCHEDULED, planned.instant(), planned.zone(), null, null, null, null);
        assertThat(post.plannedLocal().toLocalTime()).hasToString("09:00");
        // New York is still on winter time on 20 March 2026 while the US changed on 8 March: 5 hours apart that week, not 6.
        assertThat(post.scheduledAt().atZone(ZoneId.of("America/New_York")).toLocalTime()).hasToString("04:00");
    }

    @Test
    void aTimeTheClocksSkipMovesForwardAndATimeTheyRepeatMeansTheFirstAndBothAreSaid() {
        PlannedTime skipped = PlannedTime.of(LocalDateTime.parse("2026-03-29T02:30"), BERLIN);
        assertThat(skipped.instant()).isEqualTo("2026-03-29T01:30:00Z"); // 03:30 CEST
        assertThat(skipped.note()).contains("02:30 does not exist").contains("planned for 03:30");

        PlannedTime twice = PlannedTime.of(LocalDateTime.parse("2026-10-25T02:30"), BERLIN);
        assertThat(twice.instant()).isEqualTo("2026-10-25T00:30:00Z"); // the first 02:30, still CEST
        assertThat(twice.note()).contains("happens twice").contains("+02:00");
    }
}
