package org.scriptorium.app.posts;

import org.scriptorium.core.drafts.PlannedDraft;

import java.time.LocalDate;
import java.time.ZonedDateTime;

/** What the calendar shows on a day: a post at its time, or a draft on the day it is planned to be published. */
public sealed interface CalendarEntry {

    LocalDate day();

    /** A post at its planned instant as the calendar's zone reads it. */
    record Post(PostsViewModel.Row row, ZonedDateTime shownAt) implements CalendarEntry {
        @Override
        public LocalDate day() {
            return shownAt.toLocalDate();
        }

        public int minuteOfDay() {
            return shownAt.getHour() * 60 + shownAt.getMinute();
        }

        /** "21:30 (New York)" when the post was planned in a zone whose clock reads otherwise, else null. */
        public String plannedElsewhere() {
            var planned = row.post().plannedLocal();
            var formats = org.scriptorium.app.common.Formats.current();
            return planned.toLocalDateTime().equals(shownAt.toLocalDateTime()) ? null
                    : formats.time(planned.toLocalTime()) + " (" + formats.zone(planned.getZone()) + ")";
        }
    }

    /** A draft on the day it is planned to be published: a day, the same in every zone. */
    record Draft(PlannedDraft draft) implements CalendarEntry {
        @Override
        public LocalDate day() {
            return draft.plannedOn();
        }
    }
}
