package org.scriptorium.core.scheduling;

import org.scriptorium.core.InvalidInput;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeParseException;
import java.time.zone.ZoneOffsetTransition;

/**
 * A wall-clock time in a zone turned into the instant it means, with a sentence when the wall clock is odd that day.
 * A time that does not exist (02:30 on the spring-forward night) moves forward by the gap, to 03:30, as the clocks
 * do; a time that happens twice (02:30 on the fall-back night) means the first one, still in summer time. Both
 * choices are said, so the user can pick another time.
 */
public record PlannedTime(Instant instant, ZoneId zone, String note) {
    public static PlannedTime of(LocalDateTime local, ZoneId zone) {
        ZoneOffsetTransition transition = zone.getRules().getTransition(local);
        ZonedDateTime resolved = local.atZone(zone); // gaps move forward, overlaps take the earlier offset
        if (transition == null) {
            return new PlannedTime(resolved.toInstant(), zone, null);
        }
        String day = local.toLocalDate().toString();
        String note = transition.isGap()
                ? local.toLocalTime() + " does not exist in " + zone + " on " + day + " (the clocks go from " + transition.getDateTimeBefore().toLocalTime()
                  + " to " + transition.getDateTimeAfter().toLocalTime() + "); planned for " + resolved.toLocalTime() + " instead."
                : local.toLocalTime() + " happens twice in " + zone + " on " + day + "; planned for the first, at UTC" + resolved.getOffset() + ".";
        return new PlannedTime(resolved.toInstant(), zone, note);
    }

    /** "2026-12-01T09:00" in the zone named (or the one given when none is). */
    public static PlannedTime parse(String localDateTime, String zoneName, ZoneId fallback) {
        ZoneId zone;
        try {
            zone = zoneName == null || zoneName.isBlank() ? fallback : ZoneId.of(zoneName.strip());
        } catch (DateTimeException e) {
            throw new InvalidInput("Unknown time zone \"" + zoneName + "\"; use a name like Europe/Berlin or America/New_York.");
        }
        try {
            return of(LocalDateTime.parse(localDateTime.strip()), zone);
        } catch (DateTimeParseException e) {
            throw new InvalidInput("A time is written like 2026-12-01T09:00; got \"" + localDateTime + "\".");
        }
    }
}
