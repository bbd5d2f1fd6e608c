package org.scriptorium.app.posts;

import atlantafx.base.theme.Styles;
import atlantafx.base.theme.Tweaks;
import javafx.geometry.Bounds;
import javafx.geometry.Insets;
import javafx.geometry.Point2D;
import javafx.geometry.Pos;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The week (seven day columns) or the day (one wide column) over an hour grid: each post at its time in the calendar's
 * zone, overlapping posts side by side; the drafts planned for a day in a strip above it. Opens at working hours. Drag
 * a post to a slot to move it to that time, double-click an empty slot to plan a post there.
 */
final class TimeGridView extends VBox implements CalendarPage {
    private static final double GUTTER = 56;
    private static final int WORKING_HOURS_FROM = 8;
    private static final int DRAFTS_SHOWN = 2;

    private final CalendarViewModel calendar;
    private final boolean week;
    private final HBox headings = new HBox();
    private final HBox draftStrip = new HBox();
    private final List<DayColumn> columns = new ArrayList<>();
    private final List<Label> headingLabels = new ArrayList<>();
    private final List<VBox> draftCells = new ArrayList<>();
    private final ScrollPane scroll;
    private boolean scrolledToWorkingHours;

    TimeGridView(CalendarViewModel calendar, int days) {
        this.calendar = calendar;
        this.week = days > 1;
        setId(week ? "weekView" : "dayView");
        getStyleClass().add("time-grid");
        HBox body = new HBox(hourGutter());
        headings.getChildren().add(gutterSpace(""));
        Label draftsLabel = gutterSpace("Drafts");
        draftStrip.getChildren().add(draftsLabel);
        draftStrip.getStyleClass().add("draft-strip");
        for (int i = 0; i < days; i++) {
            DayColumn column = new DayColumn(calendar::newPostAt);
            HBox.setHgrow(column, Priority.ALWAYS);
            columns.add(column);
            body.getChildren().add(column);
            Label heading = new Label();
            heading.getStyleClass().add("time-grid-heading");
            heading.setMaxWidth(Double.MAX_VALUE);
            heading.setMinWidth(0);
            heading.setPrefWidth(0);
            HBox.setHgrow(heading, Priority.ALWAYS);
            heading.widthProperty().addListener((o, a, b) -> fitHeading(heading));
            heading.fontProperty().addListener((o, a, b) -> fitHeading(heading)); // a theme's font can be wider
            headingLabels.add(heading);
            headings.getChildren().add(heading);
            VBox drafts = new VBox(2);
            drafts.getStyleClass().add("draft-cell");
            drafts.setMinWidth(0);
            drafts.setPrefWidth(0);
            HBox.setHgrow(drafts, Priority.ALWAYS);
            draftCells.add(drafts);
            draftStrip.getChildren().add(drafts);
        }
        scroll = new ScrollPane(body);
        scroll.setFitToWidth(true);
        scroll.getStyleClass().add(Tweaks.EDGE_TO_EDGE);
        VBox.setVgrow(scroll, Priority.ALWAYS);
        // The headings line up with the columns: they leave room for the scroll bar the grid has and they do not.
        scroll.viewportBoundsProperty().addListener((o, a, viewport) -> {
            Insets room = new Insets(0, Math.max(0, scroll.getWidth() - viewport.getWidth()), 0, 0);
            headings.setPadding(room);
            draftStrip.setPadding(room);
            if (!scrolledToWorkingHours && viewport.getHeight() > 0) {
                scrolledToWorkingHours = true;
                double hidden = 24 * DayColumn.HOUR_HEIGHT - viewport.getHeight();
                // A little above the hour, so its label is not cut.
                double top = WORKING_HOURS_FROM * DayColumn.HOUR_HEIGHT - DayColumn.SLOT_HEIGHT / 2;
                scroll.setVvalue(hidden <= 0 ? 0 : Math.min(1, top / hidden));
            }
        });
        // Only the grid gives up height when the view is short; the headings and the drafts keep theirs.
        headings.setMinHeight(Region.USE_PREF_SIZE);
        draftStrip.setMinHeight(Region.USE_PREF_SIZE);
        getChildren().addAll(headings, draftStrip, scroll);
    }

    @Override
    public void draw() {
        List<LocalDate> days = calendar.shownDays();
        Map<LocalDate, List<CalendarEntry>> byDay = calendar.entriesByDay();
        LocalDate today = calendar.currentDay();
        for (int i = 0; i < columns.size(); i++) {
            LocalDate day = days.get(i);
            List<CalendarEntry> entries = byDay.getOrDefault(day, List.of());
            drawColumn(columns.get(i), day, entries, day.equals(today));
            drawDrafts(draftCells.get(i), day, entries);
            Label heading = headingLabels.get(i);
            heading.setUserData(day);
            fitHeading(heading);
            heading.pseudoClassStateChanged(javafx.css.PseudoClass.getPseudoClass("today"), day.equals(today));
            heading.setOnMouseClicked(week ? e -> calendar.showDay(day) : null);
        }
    }

    /** "Monday, December 7" for one day, "Mon 7" in a week, "7" alone when a narrow window leaves no room for more. */
    private void fitHeading(Label heading) {
        if (!(heading.getUserData() instanceof LocalDate day)) {
            return;
        }
        var formats = org.scriptorium.app.common.Formats.current();
        String full = week ? formats.dayHeading(day) : formats.fullDate(day);
        javafx.scene.text.Text measure = new javafx.scene.text.Text(full);
        measure.setFont(heading.getFont());
        double room = heading.getWidth() - heading.snappedLeftInset() - heading.snappedRightInset();
        heading.setText(room <= 0 || measure.getLayoutBounds().getWidth() + 2 <= room ? full : formats.narrowDayHeading(day));
    }

    private void drawColumn(DayColumn column, LocalDate day, List<CalendarEntry> entries, boolean today) {
        column.show(day, today);
        if (today) {
            column.showNow(calendar.minuteNow());
        }
        List<CalendarEntry.Post> posts = entries.stream()
                .filter(CalendarEntry.Post.class::isInstance).map(CalendarEntry.Post.class::cast).toList();
        var layout = TimeGridLayout.of(posts, CalendarEntry.Post::minuteOfDay, DayColumn.SLOT_MINUTES, DayColumn.SLOT_MINUTES,
                week ? 3 : 6);
        for (var placed : layout.placed()) {
            Label chip = CalendarChips.post(calendar, placed.item(), week ? CalendarChips.Room.SMALL : CalendarChips.Room.WIDE);
            CalendarChips.clickAndDrag(chip, clicks -> calendar.open(placed.item(), clicks), at -> dropped(placed.item(), at), this::hovering);
            column.place(chip, placed.minute(), placed.lane(), placed.lanes());
        }
        for (var overflow : layout.overflows()) {
            Hyperlink more = new Hyperlink("+" + overflow.items().size());
            more.getStyleClass().add("calendar-more");
            more.setOnAction(e -> {
                if (week) {
                    calendar.showDay(day);
                } else {
                    calendar.showAgendaFrom(day);
                }
            });
            column.place(more, overflow.minute(), overflow.lane(), overflow.lanes());
        }
    }

    private void drawDrafts(VBox cell, LocalDate day, List<CalendarEntry> entries) {
        cell.getChildren().clear();
        List<CalendarEntry.Draft> drafts = entries.stream()
                .filter(CalendarEntry.Draft.class::isInstance).map(CalendarEntry.Draft.class::cast).toList();
        int shown = drafts.size() <= DRAFTS_SHOWN ? drafts.size() : DRAFTS_SHOWN - 1;
        for (CalendarEntry.Draft draft : drafts.subList(0, shown)) {
            Label chip = CalendarChips.draft(draft);
            CalendarChips.clickAndDrag(chip, clicks -> calendar.open(draft, clicks), at -> dropped(draft, at), this::hovering);
            cell.getChildren().add(chip);
        }
        if (shown < drafts.size()) {
            Hyperlink more = new Hyperlink("+" + (drafts.size() - shown) + " more");
            more.getStyleClass().addAll("calendar-more", Styles.TEXT_SMALL);
            more.setOnAction(e -> calendar.showAgendaFrom(day));
            cell.getChildren().add(more);
        }
    }

    private void hovering(Point2D at) {
        columns.forEach(column -> column.highlightSlotAt(at));
    }

    /** A post dropped on a slot moves to its time; anything dropped on a day's drafts strip moves to that day. */
    private void dropped(CalendarEntry entry, Point2D at) {
        for (DayColumn column : columns) {
            Optional<LocalTime> slot = column.slotAt(at);
            if (slot.isPresent()) {
                if (entry instanceof CalendarEntry.Post post) {
                    calendar.moveToSlot(post, column.day(), slot.get());
                } else {
                    calendar.moveToDay(entry, column.day());
                }
                return;
            }
        }
        for (int i = 0; i < draftCells.size(); i++) {
            Bounds cell = draftCells.get(i).localToScene(draftCells.get(i).getBoundsInLocal());
            if (cell.contains(at)) {
                calendar.moveToDay(entry, columns.get(i).day());
                return;
            }
        }
    }

    private static VBox hourGutter() {
        VBox gutter = new VBox();
        gutter.getStyleClass().add("hour-gutter");
        for (int hour = 0; hour < 24; hour++) {
            Label label = new Label(String.format(Locale.ROOT, "%02d:00", hour));
            label.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.TEXT_MUTED);
            label.setAlignment(Pos.TOP_RIGHT);
            label.setMinSize(GUTTER, DayColumn.HOUR_HEIGHT);
            label.setPrefSize(GUTTER, DayColumn.HOUR_HEIGHT);
            label.setMaxSize(GUTTER, DayColumn.HOUR_HEIGHT);
            label.setPadding(new Insets(0, 6, 0, 0));
            gutter.getChildren().add(label);
        }
        return gutter;
    }

    private static Label gutterSpace(String text) {
        Label label = new Label(text);
        label.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.TEXT_MUTED);
        label.setMinWidth(GUTTER);
        label.setPrefWidth(GUTTER);
        label.setMaxWidth(GUTTER);
        label.setMinHeight(Region.USE_PREF_SIZE);
        return label;
    }
}
