package org.scriptorium.app.posts;

import org.scriptorium.core.scheduling.PostingSlots;
import org.scriptorium.core.scheduling.PostingSlots.Slot;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

/**
 * Posting slots as a week grid: a row per time (every hour of the working day, and any other time a slot has), a
 * column per weekday, each cell on or off. It reads and writes the typed form ("Mon-Fri 09:00; Sat 10:30"), so the
 * grid and the text field stay two views of the same slots.
 */
public final class SlotGrid {
    static final LocalTime FIRST_ROW = LocalTime.of(7, 0);
    static final LocalTime LAST_ROW = LocalTime.of(21, 0);

    private final ZoneId zone;
    private final TreeSet<Slot> chosen = new TreeSet<>();

    private SlotGrid(ZoneId zone) {
        this.zone = zone;
    }

    /** The grid of the slots written in {@code spec}; an empty spec is an empty week. Throws on a spec it cannot read. */
    public static SlotGrid of(String spec, ZoneId zone) {
        SlotGrid grid = new SlotGrid(zone);
        if (spec != null && !spec.isBlank()) {
            grid.chosen.addAll(PostingSlots.parse(spec, zone).slots());
        }
        return grid;
    }

    /** The rows: each hour from 07:00 to 21:00, and the time of any slot between them or outside them. */
    public List<LocalTime> times() {
        TreeSet<LocalTime> times = new TreeSet<>();
        for (LocalTime t = FIRST_ROW; !t.isAfter(LAST_ROW); t = t.plusHours(1)) {
            times.add(t);
        }
        chosen.forEach(slot -> times.add(slot.time()));
        return new ArrayList<>(times);
    }

    public boolean has(DayOfWeek day, LocalTime time) {
        return chosen.contains(new Slot(day, time));
    }

    public void set(DayOfWeek day, LocalTime time, boolean on) {
        if (on) {
            chosen.add(new Slot(day, time));
        } else {
            chosen.remove(new Slot(day, time));
        }
    }

    /** The slots in the typed form, days with the same times run together; empty for an empty week. */
    public String spec() {
        return chosen.isEmpty() ? "" : new PostingSlots(List.copyOf(chosen), zone).spec();
    }

    public int size() {
        return chosen.size();
    }
}
