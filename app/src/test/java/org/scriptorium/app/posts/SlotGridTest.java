package org.scriptorium.app.posts;

import org.junit.jupiter.api.Test;
import org.scriptorium.core.InvalidInput;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.time.ZoneId;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SlotGridTest {
    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

    @Test
    void theGridAndTheTypedSlotsAreTwoViewsOfTheSameWeek() {
        SlotGrid grid = SlotGrid.of("Mon-Fri 09:00; Sat 10:30", BERLIN);
        // Every hour of the working day is a row, and 10:30 gets its own row because a slot is there.
        assertThat(grid.times()).startsWith(LocalTime.of(7, 0)).endsWith(LocalTime.of(21, 0)).contains(LocalTime.of(10, 30)).hasSize(16);
        assertThat(grid.has(DayOfWeek.WEDNESDAY, LocalTime.of(9, 0))).isTrue();

        grid.set(DayOfWeek.WEDNESDAY, LocalTime.of(9, 0), false); // a day off midweek
        grid.set(DayOfWeek.SUNDAY, LocalTime.of(18, 0), true);
        assertThat(grid.spec()).isEqualTo("Mon-Tue 09:00; Thu-Fri 09:00; Sat 10:30; Sun 18:00");
        assertThat(SlotGrid.of(grid.spec(), BERLIN).spec()).isEqualTo(grid.spec());

        grid.set(DayOfWeek.SATURDAY, LocalTime.of(10, 30), false);
        assertThat(grid.times()).doesNotContain(LocalTime.of(10, 30)); // an off-hour row goes with its last slot
        assertThat(SlotGrid.of("", BERLIN).spec()).isEmpty();
        assertThatThrownBy(() -> SlotGrid.of("Someday 09:00", BERLIN)).isInstanceOf(InvalidInput.class).hasMessageContaining("not a day");
    }
}
