package org.scriptorium.app.posts;

import javafx.geometry.Point2D;
import javafx.scene.Cursor;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.util.Duration;
import org.scriptorium.core.scheduling.ScheduledPost;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;

/**
 * The chips every calendar view draws: a post coloured by its network and marked by its status (and by a warning),
 * a draft muted, on the day it is planned; both clickable and draggable. How they look is the stylesheet's.
 */
final class CalendarChips {
    private CalendarChips() {
    }

    /** How much a chip says: a month cell has room for the time and the start of the text, a day column for more. */
    enum Room { SMALL, WIDE }

    static Label post(CalendarViewModel calendar, CalendarEntry.Post entry, Room room) {
        PostsViewModel.Row row = entry.row();
        ScheduledPost post = row.post();
        String text = post.text().replaceAll("\\s+", " ");
        String time = org.scriptorium.app.common.Formats.current().time(entry.shownAt().toLocalTime());
        String mark = switch (post.status()) {
            case PUBLISHED -> "✓ ";
            case FAILED, MISSED -> "! ";
            default -> row.warnings().isEmpty() ? "" : "! ";
        };
        Label chip = new Label(mark + time + " " + (room == Room.WIDE ? row.account() + " · " + text : text));
        if (row.owner() != null) {
            // Whose post it is, at a glance: the network's mark in a month cell, the account's picture with it where there is room.
            chip.setGraphic(room == Room.WIDE ? org.scriptorium.app.common.AccountPicture.badge(row.owner())
                    : org.scriptorium.app.common.AccountPicture.network(row.owner().network()));
            chip.setGraphicTextGap(4);
        }
        chip.setId("chip-" + post.id());
        chip.getStyleClass().addAll("post-chip", "may-truncate", "post-chip-" + post.status().name().toLowerCase(Locale.ROOT),
                "post-chip-" + row.account().split(" ")[0].toLowerCase(Locale.ROOT));
        PostsViewModel.Row selected = calendar.posts().selectedProperty().get();
        if (selected != null && selected.post().id().equals(post.id())) {
            chip.getStyleClass().add("post-chip-selected");
        }
        List<String> about = new ArrayList<>();
        about.add(time + " · " + row.account() + " · " + post.status().name().toLowerCase(Locale.ROOT).replace('_', ' '));
        if (entry.plannedElsewhere() != null) {
            about.add("Planned for " + entry.plannedElsewhere());
        }
        about.add(text.length() > 280 ? text.substring(0, 280) + "…" : text);
        if (!row.warnings().isEmpty()) {
            chip.getStyleClass().add("post-chip-warning");
            row.warnings().forEach(w -> about.add("Before it goes out: " + w));
        }
        tooltipOnHover(chip, String.join("\n", about));
        chip.setMaxWidth(Double.MAX_VALUE);
        chip.setCursor(Cursor.HAND);
        return chip;
    }

    static Label draft(CalendarEntry.Draft entry) {
        Label chip = new Label("Draft · " + entry.draft().title());
        chip.setId("draft-" + entry.draft().id());
        chip.getStyleClass().addAll("post-chip", "may-truncate", "draft-chip");
        tooltipOnHover(chip, "The draft \"" + entry.draft().title() + "\" (" + entry.draft().status().label()
                + ") is planned to be published this day. Click to open it.");
        chip.setMaxWidth(Double.MAX_VALUE);
        chip.setCursor(Cursor.HAND);
        return chip;
    }

    /**
     * A click opens the entry; a drag tells {@code hovering} where it is on its way and ends in {@code dropped} with
     * where it was let go (scene coordinates). A drag with
     * the mouse, not the system's drag and drop: a chip only ever moves within the calendar.
     */
    static void clickAndDrag(Label chip, java.util.function.IntConsumer clicked, Consumer<Point2D> dropped, Consumer<Point2D> hovering) {
        boolean[] dragging = new boolean[1];
        chip.setOnMousePressed(e -> dragging[0] = false);
        chip.setOnDragDetected(e -> {
            dragging[0] = true;
            chip.setOpacity(0.6);
        });
        // While dragging, the view lights up where the chip would land; null when the drag ends.
        chip.setOnMouseDragged(e -> {
            if (dragging[0]) {
                hovering.accept(new Point2D(e.getSceneX(), e.getSceneY()));
            }
        });
        chip.setOnMouseReleased(e -> {
            chip.setOpacity(1);
            if (dragging[0]) {
                hovering.accept(null);
                dropped.accept(new Point2D(e.getSceneX(), e.getSceneY()));
            }
        });
        chip.setOnMouseClicked(e -> {
            if (e.isStillSincePress()) {
                clicked.accept(e.getClickCount());
            }
            e.consume(); // not a click on the day or slot behind it
        });
    }

    /** The tooltip is made when the pointer first comes by: a busy month has hundreds of chips and few are hovered. */
    private static void tooltipOnHover(Label chip, String text) {
        chip.setOnMouseEntered(e -> {
            if (chip.getTooltip() == null) {
                Tooltip tooltip = new Tooltip(text);
                tooltip.setShowDelay(Duration.millis(400));
                tooltip.setWrapText(true);
                tooltip.setMaxWidth(420);
                chip.setTooltip(tooltip);
            }
        });
    }
}
