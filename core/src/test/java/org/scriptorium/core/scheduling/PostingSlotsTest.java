package org.scriptorium.core.scheduling;

import org.junit.jupiter.api.Test;
import org.scriptorium.core.InvalidInput;

import java.time.Instant;
import java.time.ZoneId;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PostingSlotsTest {
    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

    @Test
    void theQueueTakesTheNextFreeSlotInTheSlotsZoneAcrossTheWeekendAndTheClockChange() {
        PostingSlots slots = PostingSlots.parse("Mon-Fri 09:00,17:00; Sat 10:30", BERLIN);
        Instant fridayEvening = Instant.parse("2026-03-27T17:30:00Z"); // 18:30 in Berlin
        assertThat(slots.nextFree(fridayEvening, Set.of())).isEqualTo("2026-03-28T09:30:00Z"); // Sat 10:30 CET
        // Saturday taken: Monday 09:00, after the clocks went forward on Sunday (CEST, +02:00).
        assertThat(slots.nextFree(fridayEvening, Set.of(Instant.parse("2026-03-28T09:30:00Z")))).isEqualTo("2026-03-30T07:00:00Z");
        assertThat(slots.spec()).isEqualTo("Mon-Fri 09:00,17:00; Sat 10:30");
        assertThat(PostingSlots.parse("Sat 10:30; Mon 9:00; Tue 09:00; Thu 09:00", BERLIN).spec()).isEqualTo("Mon-Tue 09:00; Thu 09:00; Sat 10:30");
        assertThat(PostingSlots.parse(slots.spec(), BERLIN)).isEqualTo(slots);
    }

    @Test
    void aRangeMayWrapOverTheWeekendAndWhatCannotBeReadIsSaid() {
        assertThat(PostingSlots.parse("Fri-Mon 8:15", BERLIN).slots()).extracting(s -> s.day().name())
                .containsExactly("MONDAY", "FRIDAY", "SATURDAY", "SUNDAY");
        assertThatThrownBy(() -> PostingSlots.parse("Someday 09:00", BERLIN)).isInstanceOf(InvalidInput.class).hasMessageContaining("not a day");
        assertThatThrownBy(() -> PostingSlots.parse("Mon 9am", BERLIN)).hasMessageContaining("not a time");
        assertThatThrownBy(() -> PostingSlots.parse("  ", BERLIN)).hasMessageContaining("at least one slot");
    }
}
