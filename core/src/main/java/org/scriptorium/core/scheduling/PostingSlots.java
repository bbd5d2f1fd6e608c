package org.scriptorium.core.scheduling;

import org.scriptorium.core.InvalidInput;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

/**
 * An account's posting slots: the weekdays and times its queue fills, in the zone they are meant in, written the
 * way a user says them: "Mon-Fri 09:00,17:00; Sat 10:30". "Add to queue" takes the next slot no post already has.
 */
public record PostingSlots(List<Slot> slots, ZoneId zone) {
    /** One weekday at one wall-clock time. */
    public record Slot(DayOfWeek day, LocalTime time) implements Comparable<Slot> {
        @Override
        public int compareTo(Slot o) {
            return day != o.day ? day.compareTo(o.day) : time.compareTo(o.time);
        }
    }

    private static final List<String> DAYS = List.of("mon", "tue", "wed", "thu", "fri", "sat", "sun");
    /** How far ahead to look for a free slot before saying the queue is full. */
    private static final int LOOK_AHEAD_DAYS = 366;

    public PostingSlots {
        slots = List.copyOf(new TreeSet<>(slots));
    }

    /** Reads "Mon-Fri 09:00,17:00; Sat 10:30"; says what is wrong with a part it cannot read. */
    public static PostingSlots parse(String spec, ZoneId zone) {
        List<Slot> slots = new ArrayList<>();
        for (String part : (spec == null ? "" : spec).split(";")) {
            String p = part.strip();
            if (p.isEmpty()) {
                continue;
            }
            String[] dayAndTimes = p.split("\\s+", 2);
            if (dayAndTimes.length < 2) {
                throw new InvalidInput("\"" + p + "\" needs days and times, e.g. Mon-Fri 09:00,17:00.");
            }
            Set<DayOfWeek> days = days(dayAndTimes[0]);
            for (String t : dayAndTimes[1].split(",")) {
                LocalTime time;
                try {
                    time = LocalTime.parse(t.strip().length() == 4 ? "0" + t.strip() : t.strip());
                } catch (DateTimeParseException e) {
                    throw new InvalidInput("\"" + t.strip() + "\" is not a time; write it like 09:00.");
                }
                days.forEach(d -> slots.add(new Slot(d, time)));
            }
        }
        if (slots.isEmpty()) {
            throw new InvalidInput("Give at least one slot, e.g. \"Mon-Fri 09:00,17:00\".");
        }
        return new PostingSlots(slots, zone);
    }

    /** The next slot after {@code now} that no post in {@code taken} already has. */
    public Instant nextFree(Instant now, Set<Instant> taken) {
        LocalDate day = LocalDate.ofInstant(now, zone);
        for (int i = 0; i < LOOK_AHEAD_DAYS; i++, day = day.plusDays(1)) {
            for (Slot slot : slots) {
                if (slot.day() == day.getDayOfWeek()) {
                    Instant at = PlannedTime.of(day.atTime(slot.time()), zone).instant();
                    if (at.isAfter(now) && !taken.contains(at)) {
                        return at;
                    }
                }
            }
        }
        throw new InvalidInput("The queue has no free slot in the next year; add slots or plan the post for a time.");
    }

    /** Back in the form {@link #parse} reads, days with the same times run together: "Mon-Fri 09:00,17:00; Sat 10:30". */
    public String spec() {
        StringBuilder out = new StringBuilder();
        DayOfWeek[] week = DayOfWeek.values();
        for (int i = 0; i < week.length; ) {
            String times = times(week[i]);
            int end = i;
            while (end + 1 < week.length && times.equals(times(week[end + 1]))) {
                end++;
            }
            if (!times.isEmpty()) {
                String days = end == i ? label(week[i]) : label(week[i]) + "-" + label(week[end]);
                out.append(out.isEmpty() ? "" : "; ").append(days).append(' ').append(times);
            }
            i = end + 1;
        }
        return out.toString();
    }

    private String times(DayOfWeek day) {
        return String.join(",", slots.stream().filter(s -> s.day() == day).map(s -> s.time().toString()).toList());
    }

    private static Set<DayOfWeek> days(String text) {
        String t = text.toLowerCase(Locale.ROOT);
        String[] range = t.split("-");
        int from = day(range[0]);
        int to = range.length > 1 ? day(range[1]) : from;
        Set<DayOfWeek> days = EnumSet.noneOf(DayOfWeek.class);
        for (int i = from; ; i = (i + 1) % 7) { // Fri-Mon wraps over the weekend
            days.add(DayOfWeek.of(i + 1));
            if (i == to) {
                return days;
            }
        }
    }

    private static int day(String name) {
        String n = name.strip();
        int at = n.length() >= 3 ? DAYS.indexOf(n.substring(0, 3)) : -1;
        if (at < 0) {
            throw new InvalidInput("\"" + name + "\" is not a day; use Mon, Tue, Wed, Thu, Fri, Sat or Sun.");
        }
        return at;
    }

    private static String label(DayOfWeek d) {
        String n = DAYS.get(d.getValue() - 1);
        return Character.toUpperCase(n.charAt(0)) + n.substring(1);
    }
}
