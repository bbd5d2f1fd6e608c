package org.scriptorium.core.analytics;

import org.junit.jupiter.api.Test;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

import static org.assertj.core.api.Assertions.assertThat;

class BestTimesTest {
    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

    @Test
    void aGeneratedHistoryWithKnownBestTimesGivesThemBackAndOneLuckyPostDoesNot() {
        // Twelve weeks of posts at working hours; Tuesday 09:00 and Thursday 17:00 do three times as well as the rest.
        SplittableRandom random = new SplittableRandom(42);
        List<BestTimes.Outcome> history = new ArrayList<>();
        LocalDate monday = LocalDate.of(2027, 1, 4);
        for (int week = 0; week < 12; week++) {
            for (int day = 0; day < 5; day++) {
                for (int hour : new int[] {9, 12, 17}) {
                    LocalDate date = monday.plusWeeks(week).plusDays(day);
                    boolean strong = (date.getDayOfWeek() == DayOfWeek.TUESDAY && hour == 9) || (date.getDayOfWeek() == DayOfWeek.THURSDAY && hour == 17);
                    long engagement = (strong ? 60 : 20) + random.nextInt(10);
                    // Published a few minutes past the hour, across the spring clock change: the hour is Berlin's.
                    history.add(new BestTimes.Outcome(date.atTime(hour, random.nextInt(20)).atZone(BERLIN).toInstant(), engagement));
                }
            }
        }
        // One Sunday post went viral once: a single lucky post is not a best time.
        history.add(new BestTimes.Outcome(LocalDate.of(2027, 2, 7).atTime(20, 0).atZone(BERLIN).toInstant(), 5_000));

        BestTimes.Result result = BestTimes.of(history, BERLIN, 2, 3);

        assertThat(result.best()).extracting(BestTimes.Cell::day, BestTimes.Cell::hour)
                .containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple(DayOfWeek.TUESDAY, 9), org.assertj.core.groups.Tuple.tuple(DayOfWeek.THURSDAY, 17));
        assertThat(result.slots(BERLIN)).isEqualTo("Tue 09:00; Thu 17:00");
        assertThat(result.heatmap()).hasSize(16).anySatisfy(c -> {
            assertThat(c.day()).isEqualTo(DayOfWeek.SUNDAY);
            assertThat(c.posts()).isEqualTo(1);
        });
        assertThat(result.posts()).isEqualTo(181);
        assertThat(BestTimes.of(List.of(), BERLIN, 3, 1).best()).isEmpty();
    }
}
