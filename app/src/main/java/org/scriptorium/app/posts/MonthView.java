package org.scriptorium.app.posts;

import atlantafx.base.theme.Styles;
import javafx.collections.ListChangeListener;
import javafx.geometry.Bounds;
import javafx.geometry.Pos;
import javafx.scene.Cursor;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.RowConstraints;
import javafx.scene.layout.VBox;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A month of posts: a week per row from Monday, each post a chip coloured by its network and marked by its status.
 * Drag a chip to another day to move the post there (same time of day in the zone it was planned in); click one to
 * select it. Draws what the view model gives; moving is the view model's.
 */
final class MonthView extends VBox {
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");
    private final PostsViewModel model;
    private final GridPane grid = new GridPane();
    private final Label title = new Label();
    private final List<DayCell> cells = new ArrayList<>();

    private record DayCell(LocalDate day, VBox box) {
    }

    MonthView(PostsViewModel model) {
        this.model = model;
        setId("monthView");
        setSpacing(8);
        Button previous = new Button("‹");
        previous.setId("previousMonth");
        previous.setOnAction(e -> model.monthProperty().set(model.monthProperty().get().minusMonths(1)));
        Button next = new Button("›");
        next.setId("nextMonth");
        next.setOnAction(e -> model.monthProperty().set(model.monthProperty().get().plusMonths(1)));
        Button today = new Button("Today");
        today.setOnAction(e -> model.monthProperty().set(YearMonth.now()));
        title.setId("monthTitle");
        title.getStyleClass().add(Styles.TITLE_4);
        HBox header = new HBox(8, previous, next, today, title);
        header.setAlignment(Pos.CENTER_LEFT);
        for (int c = 0; c < 7; c++) {
            ColumnConstraints column = new ColumnConstraints();
            column.setPercentWidth(100.0 / 7);
            grid.getColumnConstraints().add(column);
        }
        grid.getStyleClass().add("month-grid");
        VBox.setVgrow(grid, Priority.ALWAYS);
        getChildren().addAll(header, grid);
        model.posts().addListener((ListChangeListener<PostsViewModel.Row>) change -> draw());
        model.monthProperty().addListener((o, a, b) -> draw());
        draw();
    }

    private void draw() {
        YearMonth month = model.monthProperty().get();
        title.setText(month.getMonth().getDisplayName(TextStyle.FULL, Locale.ENGLISH) + " " + month.getYear());
        grid.getChildren().clear();
        grid.getRowConstraints().clear();
        cells.clear();
        for (int c = 0; c < 7; c++) {
            Label name = new Label(DayOfWeek.of(c + 1).getDisplayName(TextStyle.SHORT, Locale.ENGLISH));
            name.getStyleClass().add(Styles.TEXT_MUTED);
            grid.add(name, c, 0);
        }
        grid.getRowConstraints().add(new RowConstraints());
        Map<LocalDate, List<PostsViewModel.Row>> byDay = model.byDay();
        LocalDate first = month.atDay(1);
        LocalDate start = first.minusDays(first.getDayOfWeek().getValue() - 1L);
        for (int week = 0; week < 6; week++) {
            RowConstraints row = new RowConstraints();
            row.setVgrow(Priority.ALWAYS);
            row.setMinHeight(70);
            grid.getRowConstraints().add(row);
            for (int d = 0; d < 7; d++) {
                LocalDate day = start.plusDays(week * 7L + d);
                VBox box = new VBox(2);
                box.getStyleClass().add("month-day");
                if (!YearMonth.from(day).equals(month)) {
                    box.getStyleClass().add("month-day-outside");
                }
                if (day.equals(LocalDate.now())) {
                    box.getStyleClass().add("month-day-today");
                }
                box.setId("day-" + day);
                Label number = new Label(Integer.toString(day.getDayOfMonth()));
                number.getStyleClass().add(Styles.TEXT_SMALL);
                box.getChildren().add(number);
                byDay.getOrDefault(day, List.of()).forEach(r -> box.getChildren().add(chip(r)));
                box.setMinHeight(Region.USE_PREF_SIZE);
                grid.add(box, d, week + 1);
                cells.add(new DayCell(day, box));
            }
        }
    }

    private Label chip(PostsViewModel.Row row) {
        var post = row.post();
        Label chip = new Label((row.warnings().isEmpty() ? "" : "! ") + TIME.format(post.scheduledAt().atZone(java.time.ZoneId.systemDefault()))
                + " " + post.text().replaceAll("\\s+", " "));
        chip.setId("chip-" + post.id());
        chip.getStyleClass().addAll("post-chip", "post-chip-" + post.status().name().toLowerCase(Locale.ROOT),
                "post-chip-" + row.account().split(" ")[0].toLowerCase(Locale.ROOT));
        chip.setMaxWidth(Double.MAX_VALUE);
        if (!row.warnings().isEmpty()) {
            chip.getStyleClass().add("post-chip-warning");
            chip.setTooltip(new javafx.scene.control.Tooltip(String.join("\n", row.warnings())));
        }
        chip.setCursor(Cursor.HAND);
        chip.setOnMouseClicked(e -> model.selectedProperty().set(row));
        // A drag with the mouse, not the system's drag and drop: a chip only ever moves within this grid.
        chip.setOnMouseDragged(e -> chip.setOpacity(0.6));
        chip.setOnMouseReleased(e -> {
            chip.setOpacity(1);
            cells.stream().filter(c -> {
                Bounds b = c.box().localToScene(c.box().getBoundsInLocal());
                return b.contains(e.getSceneX(), e.getSceneY());
            }).findFirst().ifPresent(target -> model.moveTo(row, target.day()));
        });
        return chip;
    }
}
