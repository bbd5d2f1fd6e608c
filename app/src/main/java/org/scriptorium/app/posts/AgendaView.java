package org.scriptorium.app.posts;

import atlantafx.base.theme.Styles;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import org.scriptorium.core.scheduling.ScheduledPost;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The agenda: the thirty days from the day in focus that hold something, each under its heading, its drafts and then
 * its posts by time. A list that only draws the rows in sight, so a busy month scrolls as easily as a quiet one.
 */
final class AgendaView extends StackPane implements CalendarPage {

    /** A row of the agenda: a day's heading, or one of its entries. */
    private sealed interface Line {
    }

    private record Heading(LocalDate day, boolean today) implements Line {
    }

    private record Entry(CalendarEntry entry) implements Line {
    }

    private final CalendarViewModel calendar;
    private final ListView<Line> list = new ListView<>();
    private final Label empty = new Label();

    AgendaView(CalendarViewModel calendar) {
        this.calendar = calendar;
        setId("agendaView");
        list.setId("agendaList");
        list.setCellFactory(v -> new LineCell());
        empty.setWrapText(true);
        empty.getStyleClass().add(Styles.TEXT_MUTED);
        list.setPlaceholder(empty);
        getChildren().add(list);
    }

    @Override
    public void draw() {
        Map<LocalDate, List<CalendarEntry>> byDay = calendar.entriesByDay();
        LocalDate today = calendar.currentDay();
        List<Line> lines = new ArrayList<>();
        byDay.forEach((day, entries) -> {
            lines.add(new Heading(day, day.equals(today)));
            entries.forEach(e -> lines.add(new Entry(e)));
        });
        empty.setText("Nothing planned for " + calendar.titleProperty().get()
                + ". Double-click a day in the month or a slot in the week to plan a post, or set a draft's publish day in the editor.");
        list.getItems().setAll(lines);
    }

    private final class LineCell extends ListCell<Line> {
        LineCell() {
            setPrefWidth(0); // as wide as the list: a long post wraps instead of scrolling sideways
            setOnMouseClicked(e -> {
                if (getItem() instanceof Entry(CalendarEntry entry)) {
                    calendar.open(entry, e.getClickCount());
                }
            });
        }

        @Override
        protected void updateItem(Line line, boolean isEmpty) {
            super.updateItem(line, isEmpty);
            setText(null);
            getStyleClass().remove("agenda-heading");
            if (isEmpty || line == null) {
                setGraphic(null);
                return;
            }
            switch (line) {
                case Heading heading -> {
                    getStyleClass().add("agenda-heading");
                    Label label = new Label(org.scriptorium.app.common.Formats.current().fullDate(heading.day()) + (heading.today() ? " · today" : ""));
                    label.getStyleClass().add(Styles.TEXT_BOLD);
                    setGraphic(label);
                }
                case Entry(CalendarEntry.Post post) -> setGraphic(postLine(post));
                case Entry(CalendarEntry.Draft draft) -> setGraphic(draftLine(draft));
            }
        }

        private HBox postLine(CalendarEntry.Post entry) {
            ScheduledPost post = entry.row().post();
            Label time = new Label(org.scriptorium.app.common.Formats.current().time(entry.shownAt().toLocalTime()));
            time.setMinWidth(Region.USE_PREF_SIZE);
            time.getStyleClass().add("agenda-time");
            Label network = new Label(entry.row().account());
            network.getStyleClass().addAll("post-chip", "post-chip-" + entry.row().account().split(" ")[0].toLowerCase(Locale.ROOT));
            Label status = new Label(post.status().name().toLowerCase(Locale.ROOT)
                    + (entry.plannedElsewhere() == null ? "" : " · planned for " + entry.plannedElsewhere())
                    + (entry.row().warnings().isEmpty() ? "" : " · " + entry.row().warnings().getFirst()));
            status.getStyleClass().add(entry.row().warnings().isEmpty() ? Styles.TEXT_MUTED : Styles.WARNING);
            // The whole post, wrapped: the agenda is where a week is read, not skimmed.
            Label text = new Label(post.text().replaceAll("\\s+", " "));
            text.setWrapText(true);
            text.setMinWidth(0);
            text.setMinHeight(Region.USE_PREF_SIZE);
            text.setMaxWidth(Double.MAX_VALUE);
            HBox.setHgrow(text, Priority.ALWAYS);
            network.setMinWidth(Region.USE_PREF_SIZE);
            status.setMinWidth(Region.USE_PREF_SIZE); // the post's text is what wraps
            HBox row = new HBox(10, time, network, text, status);
            row.setId("agenda-" + post.id());
            PostsViewModel.Row selected = calendar.posts().selectedProperty().get();
            if (selected != null && selected.post().id().equals(post.id())) {
                row.getStyleClass().add("agenda-selected");
            }
            row.setAlignment(Pos.TOP_LEFT);
            return row;
        }

        private HBox draftLine(CalendarEntry.Draft entry) {
            Label time = new Label("all day");
            time.getStyleClass().addAll("agenda-time", Styles.TEXT_MUTED);
            Label chip = new Label("Draft");
            chip.getStyleClass().addAll("post-chip", "draft-chip");
            chip.setMinWidth(Region.USE_PREF_SIZE);
            Label title = new Label(entry.draft().title());
            title.setWrapText(true);
            title.setMinWidth(0);
            title.setMinHeight(Region.USE_PREF_SIZE);
            title.setMaxWidth(Double.MAX_VALUE);
            HBox.setHgrow(title, Priority.ALWAYS);
            Label status = new Label(entry.draft().status().label() + " · planned to be published");
            status.getStyleClass().add(Styles.TEXT_MUTED);
            status.setMinWidth(Region.USE_PREF_SIZE);
            HBox row = new HBox(10, time, chip, title, status);
            row.setId("agenda-draft-" + entry.draft().id());
            row.setAlignment(Pos.CENTER_LEFT);
            return row;
        }
    }
}
