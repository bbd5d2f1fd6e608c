package org.scriptorium.app.posts;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.ToIntFunction;

/**
 * Where the items of one day go in a time grid: each takes {@code span} minutes from its start; items that overlap are
 * set side by side in lanes, as many as the busiest moment of their group needs. When a group needs more lanes than
 * fit, the last lane that fits shows a count of the rest instead, one count per slot where they start.
 */
final class TimeGridLayout {
    /** An item in its lane, out of the {@code lanes} its group of overlapping items is divided into. */
    record Placed<T>(T item, int minute, int lane, int lanes) {
    }

    /** A count of the items that did not fit, at the slot where they start, in the last lane shown. */
    record Overflow<T>(List<T> items, int minute, int lane, int lanes) {
    }

    record Layout<T>(List<Placed<T>> placed, List<Overflow<T>> overflows) {
    }

    private TimeGridLayout() {
    }

    /**
     * Lays out one day's items. {@code span} is how long an item takes on the grid (posts are a moment, shown as a
     * slot), {@code slot} the grid's step for grouping what does not fit, {@code maxLanes} how many lanes fit.
     */
    static <T> Layout<T> of(List<T> items, ToIntFunction<T> minuteOfDay, int span, int slot, int maxLanes) {
        List<T> sorted = new ArrayList<>(items);
        sorted.sort(Comparator.comparingInt(minuteOfDay));
        List<Placed<T>> placed = new ArrayList<>();
        List<Overflow<T>> overflows = new ArrayList<>();
        int from = 0;
        while (from < sorted.size()) {
            // A group: items that overlap one another in a chain, so they share one division into lanes.
            int end = minuteOfDay.applyAsInt(sorted.get(from)) + span;
            int to = from + 1;
            while (to < sorted.size() && minuteOfDay.applyAsInt(sorted.get(to)) < end) {
                end = Math.max(end, minuteOfDay.applyAsInt(sorted.get(to)) + span);
                to++;
            }
            placeGroup(sorted.subList(from, to), minuteOfDay, span, slot, maxLanes, placed, overflows);
            from = to;
        }
        return new Layout<>(placed, overflows);
    }

    private static <T> void placeGroup(List<T> group, ToIntFunction<T> minuteOfDay, int span, int slot, int maxLanes,
                                       List<Placed<T>> placed, List<Overflow<T>> overflows) {
        List<Integer> laneEnds = new ArrayList<>();
        int[] lanes = new int[group.size()];
        for (int i = 0; i < group.size(); i++) {
            int start = minuteOfDay.applyAsInt(group.get(i));
            int lane = 0;
            while (lane < laneEnds.size() && laneEnds.get(lane) > start) {
                lane++;
            }
            if (lane == laneEnds.size()) {
                laneEnds.add(start + span);
            } else {
                laneEnds.set(lane, start + span);
            }
            lanes[i] = lane;
        }
        int needed = laneEnds.size();
        int shown = Math.min(needed, maxLanes);
        // With too many lanes, the last one shown holds the counts, so it takes no item of its own.
        int itemLanes = needed > maxLanes ? maxLanes - 1 : needed;
        Map<Integer, List<T>> folded = new LinkedHashMap<>();
        for (int i = 0; i < group.size(); i++) {
            int minute = minuteOfDay.applyAsInt(group.get(i));
            if (lanes[i] < itemLanes) {
                placed.add(new Placed<>(group.get(i), minute, lanes[i], shown));
            } else {
                folded.computeIfAbsent(minute / slot * slot, k -> new ArrayList<>()).add(group.get(i));
            }
        }
        folded.forEach((minute, rest) -> overflows.add(new Overflow<>(rest, minute, shown - 1, shown)));
    }
}
