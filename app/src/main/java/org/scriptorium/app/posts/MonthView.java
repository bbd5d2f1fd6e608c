package org.scriptorium.app.posts;

import atlantafx.base.theme.Styles;
import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.RowConstraints;
import javafx.scene.layout.VBox;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A month of posts: a week per row from Monday, each post a chip coloured by its network and marked by its status,
 * each draft planned that day a muted chip. A day shows at most {@link #MAX_LINES} of them, the last as "+N more",
 * which opens the day: a busy month draws as fast as a quiet one. Drag a chip to another day to move it there (a
 * post keeps its time of day in the zone it was planned in); double-click a day to plan a post on it.
 */
final class MonthView extends VBox implements CalendarPage {
    static final int MAX_LINES = 3;
    private static final LocalTime NEW_POST_TIME = LocalTime.of(9, 0);
    private final CalendarViewModel calendar;
    private final GridPane grid = new GridPane();
    private final List<DayCell> cells = new ArrayList<>();

    private record DayCell(LocalDate day, VBox box) {
    }

    MonthView(CalendarViewModel calendar) {
        this.calendar = calendar;
        setId("monthView");
        for (int c = 0; c < 7; c++) {
            ColumnConstraints column = new ColumnConstraints();
            column.setPercentWidth(100.0 / 7);
            grid.getColumnConstraints().add(column);
        }
        grid.getStyleClass().add("month-grid");
        VBox.setVgrow(grid, Priority.ALWAYS);
        getChildren().add(grid);
    }

    @Override
    public void draw() {
        LocalDate focus = calendar.focusProperty().get();
        LocalDate today = calendar.currentDay();
        grid.getChildren().clear();
        grid.getRowConstraints().clear();
        cells.clear();
        for (int c = 0; c < 7; c++) {
            Label name = new Label(DayOfWeek.of(c + 1).getDisplayName(TextStyle.SHORT, Locale.ENGLISH));
            name.getStyleClass().add(Styles.TEXT_MUTED);
            grid.add(name, c, 0);
        }
        grid.getRowConstraints().add(new RowConstraints());
        Map<LocalDate, List<CalendarEntry>> byDay = calendar.entriesByDay();
        List<LocalDate> days = calendar.shownDays();
        for (int week = 0; week < days.size() / 7; week++) {
            RowConstraints row = new RowConstraints();
            row.setVgrow(Priority.ALWAYS);
            row.setMinHeight(70);
            grid.getRowConstraints().add(row);
            for (int d = 0; d < 7; d++) {
                LocalDate day = days.get(week * 7 + d);
                VBox box = dayCell(day, byDay.getOrDefault(day, List.of()), day.getMonth() != focus.getMonth(), day.equals(today));
                grid.add(box, d, week + 1);
                cells.add(new DayCell(day, box));
            }
        }
    }

    private VBox dayCell(LocalDate day, List<CalendarEntry> entries, boolean outside, boolean today) {
        VBox box = new VBox(2);
        box.getStyleClass().add("month-day");
        if (outside) {
            box.getStyleClass().add("month-day-outside");
        }
        if (today) {
            box.getStyleClass().add("month-day-today");
        }
        box.setId("day-" + day);
        Label number = new Label(Integer.toString(day.getDayOfMonth()));
        number.getStyleClass().add(Styles.TEXT_SMALL);
        box.getChildren().add(number);
        int shown = entries.size() <= MAX_LINES ? entries.size() : MAX_LINES - 1;
        for (CalendarEntry entry : entries.subList(0, shown)) {
            box.getChildren().add(chip(entry));
        }
        if (shown < entries.size()) {
            Hyperlink more = new Hyperlink("+" + (entries.size() - shown) + " more");
            more.setId("more-" + day);
            more.getStyleClass().addAll("calendar-more", Styles.TEXT_SMALL);
            more.setOnAction(e -> calendar.showDay(day));
            box.getChildren().add(more);
        }
        box.setMinHeight(Region.USE_PREF_SIZE);
        box.setOnMouseClicked(e -> {
            if (e.getButton() == MouseButton.PRIMARY && e.getClickCount() == 2) {
                calendar.newPostAt(day, NEW_POST_TIME);
            }
        });
        return box;
    }

    private Label chip(CalendarEntry entry) {
        Label chip = switch (entry) {
            case CalendarEntry.Post post -> CalendarChips.post(calendar, post, CalendarChips.Room.SMALL);
            case CalendarEntry.Draft draft -> CalendarChips.draft(draft);
        };
        CalendarChips.clickAndDrag(chip, clicks -> calendar.open(entry, clicks), at -> dayAt(at).ifPresent(day -> calendar.moveToDay(entry, day)),
                this::hovering);
        return chip;
    }

    /** Lights up the day under a dragged chip; none when the drag ends (null). */
    private void hovering(Point2D at) {
        LocalDate under = at == null ? null : dayAt(at).orElse(null);
        for (DayCell cell : cells) {
            cell.box().pseudoClassStateChanged(javafx.css.PseudoClass.getPseudoClass("drop-target"), cell.day().equals(under));
        }
    }

    private java.util.Optional<LocalDate> dayAt(Point2D scenePoint) {
        return cells.stream().filter(c -> {
            Bounds b = c.box().localToScene(c.box().getBoundsInLocal());
            return b.contains(scenePoint);
        }).map(DayCell::day).findFirst();
    }
}
