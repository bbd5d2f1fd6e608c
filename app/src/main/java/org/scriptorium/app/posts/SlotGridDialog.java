package org.scriptorium.app.posts;

import atlantafx.base.theme.Styles;
import javafx.geometry.HPos;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ToggleButton;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.scriptorium.app.common.Dialogs;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.time.format.TextStyle;
import java.util.List;
import java.util.Locale;

/** Posting slots picked on a week: a cell per weekday and hour, on or off; the typed form stays in the queue's field. */
final class SlotGridDialog {
    private SlotGridDialog() {
    }

    static void open(Window owner, QueueViewModel model) {
        SlotGrid grid = model.slotGrid();
        Dialog<ButtonType> dialog = new Dialog<>();
        Dialogs.prepare(dialog, owner, 560);
        dialog.setTitle("Posting slots");
        dialog.setHeaderText("Pick the times this account's queue posts at, in " + (model.zoneProperty().get() == null ? "its zone"
                : org.scriptorium.app.common.Formats.current().zone(java.time.ZoneId.of(model.zoneProperty().get()))) + ".");
        GridPane week = new GridPane();
        week.setId("slotGrid");
        week.setHgap(3);
        week.setVgap(3);
        Locale locale = Locale.getDefault(Locale.Category.FORMAT);
        DayOfWeek[] days = DayOfWeek.values();
        for (int d = 0; d < days.length; d++) {
            Label day = new Label(days[d].getDisplayName(TextStyle.SHORT, locale));
            day.getStyleClass().add(Styles.TEXT_BOLD);
            GridPane.setHalignment(day, HPos.CENTER);
            week.add(day, d + 1, 0);
        }
        List<LocalTime> times = grid.times();
        for (int r = 0; r < times.size(); r++) {
            LocalTime time = times.get(r);
            Label at = new Label(org.scriptorium.app.common.Formats.current().time(time));
            at.getStyleClass().add(Styles.TEXT_MUTED);
            at.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
            week.add(at, 0, r + 1);
            for (int d = 0; d < days.length; d++) {
                DayOfWeek day = days[d];
                ToggleButton cell = new ToggleButton();
                cell.setId("slot-" + day.name().toLowerCase(Locale.ROOT) + "-" + time.toString().replace(":", "")); // no colon: ids are CSS selectors
                cell.getStyleClass().add("slot-cell");
                cell.setAccessibleText(day.getDisplayName(TextStyle.FULL, locale) + " " + time);
                cell.setSelected(grid.has(day, time));
                cell.selectedProperty().addListener((o, was, on) -> grid.set(day, time, on));
                week.add(cell, d + 1, r + 1);
            }
        }
        Label typed = new Label("The same slots can be typed in the queue, e.g. Mon-Fri 09:00,17:00; Sat 10:30.");
        typed.setWrapText(true);
        typed.getStyleClass().addAll(Styles.TEXT_MUTED, Styles.TEXT_SMALL);
        dialog.getDialogPane().setContent(new VBox(10, week, typed));
        ButtonType use = new ButtonType("Use these slots", ButtonBar.ButtonData.OK_DONE);
        dialog.getDialogPane().getButtonTypes().setAll(use, ButtonType.CANCEL);
        dialog.getDialogPane().lookupButton(use).setId("useSlotGrid");
        dialog.showAndWait().filter(use::equals).ifPresent(ok -> model.useGrid(grid));
    }
}
