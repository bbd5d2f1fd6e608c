package org.scriptorium.app.posts;

import org.scriptorium.core.drafts.PlannedDraft;

import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;

/** What the calendar shows on a day: a post at its time, or a draft on the day it is planned to be published. */
public sealed interface CalendarEntry {
    DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

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

        /** "09:00 America/New_York" when the post was planned in a zone whose clock reads otherwise, else null. */
        public String plannedElsewhere() {
            var planned = row.post().plannedLocal();
            return planned.toLocalDateTime().equals(shownAt.toLocalDateTime()) ? null : TIME.format(planned) + " " + planned.getZone().getId();
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
