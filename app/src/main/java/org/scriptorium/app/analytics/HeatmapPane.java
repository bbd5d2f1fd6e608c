package org.scriptorium.app.analytics;

import atlantafx.base.theme.Styles;
import javafx.geometry.HPos;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Region;
import org.scriptorium.app.common.Formats;
import org.scriptorium.core.analytics.BestTimes;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.time.format.TextStyle;
import java.util.Locale;

/**
 * A weekday × hour heatmap of an account's engagement: the stronger a cell's score, the deeper its colour; the best
 * times are outlined; every cell says on hover how many posts went out then and how they did.
 */
final class HeatmapPane extends GridPane {
    HeatmapPane() {
        setId("bestTimesHeatmap");
        setHgap(2);
        setVgap(2);
    }

    void show(BestTimes.Result result) {
        getChildren().clear();
        if (result == null || result.heatmap().isEmpty()) {
            return;
        }
        int first = Math.min(7, result.heatmap().stream().mapToInt(BestTimes.Cell::hour).min().orElse(7));
        int last = Math.max(21, result.heatmap().stream().mapToInt(BestTimes.Cell::hour).max().orElse(21));
        double strongest = result.heatmap().stream().mapToDouble(BestTimes.Cell::score).max().orElse(1);
        Locale locale = Locale.getDefault(Locale.Category.FORMAT);
        for (int h = first; h <= last; h++) {
            Label hour = new Label(String.valueOf(h));
            hour.getStyleClass().addAll(Styles.TEXT_MUTED, Styles.TEXT_SMALL);
            GridPane.setHalignment(hour, HPos.CENTER);
            add(hour, h - first + 1, 0);
        }
        for (DayOfWeek day : DayOfWeek.values()) {
            Label name = new Label(day.getDisplayName(TextStyle.SHORT, locale));
            name.getStyleClass().add(Styles.TEXT_SMALL);
            name.setMinWidth(Region.USE_PREF_SIZE);
            add(name, 0, day.getValue());
            for (int h = first; h <= last; h++) {
                int hour = h;
                Region cell = new Region();
                cell.getStyleClass().add("heat-cell");
                cell.setMinSize(14, 16);
                cell.setPrefSize(22, 18);
                BestTimes.Cell data = result.heatmap().stream().filter(c -> c.day() == day && c.hour() == hour).findFirst().orElse(null);
                String when = day.getDisplayName(TextStyle.FULL, locale) + " " + Formats.current().time(LocalTime.of(hour, 0));
                if (data == null) {
                    Tooltip.install(cell, new Tooltip(when + ": no posts"));
                } else {
                    cell.setOpacity(0.25 + 0.75 * Math.min(1, data.score() / strongest));
                    cell.getStyleClass().add("heat-cell-filled");
                    if (result.best().contains(data)) {
                        cell.getStyleClass().add("heat-cell-best");
                    }
                    Tooltip.install(cell, new Tooltip(when + ": " + Formats.current().count(data.posts(), "post") + ", "
                            + Math.round(data.mean()) + " engagement on average"));
                }
                add(cell, h - first + 1, day.getValue());
            }
        }
    }
}
