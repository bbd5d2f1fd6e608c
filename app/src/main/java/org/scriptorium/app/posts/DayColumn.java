package org.scriptorium.app.posts;

import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Region;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.BiConsumer;

/**
 * One day of the week or day view: a half-hour slot per row, and the day's items placed over them by time and lane.
 * Positions come from {@link TimeGridLayout}; this only turns minutes and lanes into pixels as the column resizes.
 */
final class DayColumn extends Pane {
    static final double HOUR_HEIGHT = 48;
    private javafx.scene.layout.Region nowLine;
    private int nowMinute;
    static final int SLOT_MINUTES = 30;
    static final double SLOT_HEIGHT = HOUR_HEIGHT * SLOT_MINUTES / 60;
    private static final int SLOTS = 24 * 60 / SLOT_MINUTES;
    private static final java.time.format.DateTimeFormatter SLOT_ID = java.time.format.DateTimeFormatter.ofPattern("HHmm");

    private record Item(Node node, int minute, int lane, int lanes) {
    }

    private final List<Region> slots = new ArrayList<>();
    private final List<Item> items = new ArrayList<>();
    private LocalDate day;

    /** {@code doubleClicked} hears a double-click on an empty slot with its day and time. */
    DayColumn(BiConsumer<LocalDate, LocalTime> doubleClicked) {
        getStyleClass().add("day-column");
        for (int i = 0; i < SLOTS; i++) {
            LocalTime time = LocalTime.MIDNIGHT.plusMinutes((long) i * SLOT_MINUTES);
            Region slot = new Region();
            slot.getStyleClass().addAll("time-slot", time.getMinute() == 0 ? "time-slot-hour" : "time-slot-half");
            if (time.getHour() < 8 || time.getHour() >= 18) {
                slot.getStyleClass().add("time-slot-off-hours");
            }
            slot.setOnMouseClicked(e -> {
                if (e.getButton() == MouseButton.PRIMARY && e.getClickCount() == 2) {
                    doubleClicked.accept(day, time);
                }
            });
            slots.add(slot);
        }
        getChildren().addAll(slots);
        setMinWidth(0);
        setPrefWidth(0); // columns share the width equally, whatever they hold
    }

    /** Shows another day's items: each node at its minute, in its lane out of {@code lanes}. */
    void show(LocalDate shown, boolean today) {
        day = shown;
        getChildren().removeIf(n -> !slots.contains(n));
        items.clear();
        nowLine = null;
        for (int i = 0; i < SLOTS; i++) {
            // "slot-2026-12-01-0930": no colon, which a CSS lookup would read as a pseudo-class.
            slots.get(i).setId("slot-" + shown + "-" + SLOT_ID.format(LocalTime.MIDNIGHT.plusMinutes((long) i * SLOT_MINUTES)));
        }
        pseudoClassStateChanged(javafx.css.PseudoClass.getPseudoClass("today"), today);
    }

    private static final javafx.css.PseudoClass DROP_TARGET = javafx.css.PseudoClass.getPseudoClass("drop-target");

    /** Lights up the slot under a dragged chip (scene point), or none when the point is elsewhere or null. */
    void highlightSlotAt(Point2D scenePoint) {
        int index = scenePoint == null ? -1 : slotAt(scenePoint).map(t -> t.toSecondOfDay() / 60 / SLOT_MINUTES).orElse(-1);
        for (int i = 0; i < slots.size(); i++) {
            slots.get(i).pseudoClassStateChanged(DROP_TARGET, i == index);
        }
    }

    /** The "now" line across today's column, at this minute of the day (the calendar's zone). */
    void showNow(int minuteOfDay) {
        javafx.scene.layout.Region line = new javafx.scene.layout.Region();
        line.getStyleClass().add("now-line");
        line.setId("nowLine");
        line.setMouseTransparent(true);
        nowMinute = minuteOfDay;
        nowLine = line;
        getChildren().add(line);
    }

    void place(Node node, int minute, int lane, int lanes) {
        items.add(new Item(node, minute, lane, lanes));
        getChildren().add(node);
    }

    LocalDate day() {
        return day;
    }

    /** The slot's time under a point of the scene, if the point is over this column. */
    Optional<LocalTime> slotAt(Point2D scenePoint) {
        Point2D local = sceneToLocal(scenePoint);
        if (local == null || !getLayoutBounds().contains(local)) {
            return Optional.empty();
        }
        int index = Math.clamp((int) (local.getY() / SLOT_HEIGHT), 0, SLOTS - 1);
        return Optional.of(LocalTime.MIDNIGHT.plusMinutes((long) index * SLOT_MINUTES));
    }

    @Override
    protected double computePrefHeight(double width) {
        return 24 * HOUR_HEIGHT;
    }

    @Override
    protected double computeMinHeight(double width) {
        return 24 * HOUR_HEIGHT;
    }

    @Override
    protected void layoutChildren() {
        double width = getWidth();
        for (int i = 0; i < SLOTS; i++) {
            slots.get(i).resizeRelocate(0, i * SLOT_HEIGHT, width, SLOT_HEIGHT);
        }
        if (nowLine != null) {
            nowLine.resizeRelocate(0, nowMinute * HOUR_HEIGHT / 60 - 1, width, 2);
        }
        for (Item item : items) {
            double laneWidth = (width - 4) / item.lanes();
            item.node().resizeRelocate(2 + item.lane() * laneWidth, item.minute() * HOUR_HEIGHT / 60 + 1,
                    Math.max(0, laneWidth - 2), SLOT_HEIGHT - 2);
        }
    }
}
