package org.scriptorium.app.research;

import org.scriptorium.app.common.JobStrip;
import atlantafx.base.theme.Styles;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.scriptorium.core.research.feeds.SourceKind;
import org.scriptorium.core.research.sources.PollInterval;
import org.scriptorium.core.research.sources.SourceSummary;

import java.util.function.Function;

/** Sources with their health, a row to add one, and the poll, on/off, remove and OPML actions. */
final class SourcesView extends BorderPane {

    SourcesView(SourcesViewModel model, Runnable importOpml, Runnable exportOpml) {
        getStyleClass().add("research-page");
        setTop(new VBox(8, addRow(model), actionRow(model, importOpml, exportOpml), new JobStrip(model.polling(), "pollProgress")));
        setCenter(table(model));
        BorderPane.setMargin(getCenter(), new Insets(8, 0, 0, 0));
    }

    private static HBox addRow(SourcesViewModel model) {
        TextField url = new TextField();
        url.setId("sourceUrl");
        url.setPromptText("Feed or page address");
        url.setMinWidth(200);
        url.setTooltip(new Tooltip("A feed or web page address, hn:KEYWORD for Hacker News, or https://www.reddit.com/r/NAME"));
        url.textProperty().bindBidirectional(model.newUrlProperty());
        url.setOnAction(e -> model.add());
        HBox.setHgrow(url, Priority.ALWAYS);
        ComboBox<SourceKind> kind = new ComboBox<>();
        kind.getItems().add(null);
        kind.getItems().addAll(SourceKind.values());
        kind.valueProperty().bindBidirectional(model.newKindProperty());
        kind.setConverter(new StringConverter<>() {
            @Override
            public String toString(SourceKind k) {
                return k == null ? "Any kind" : switch (k) {
                    case FEED -> "Feed";
                    case PAGE -> "Web page";
                    case HACKER_NEWS -> "Hacker News";
                    case REDDIT -> "Subreddit";
                };
            }

            @Override
            public SourceKind fromString(String s) {
                return null;
            }
        });
        TextField label = new TextField();
        label.setPromptText("Label");
        label.setTooltip(new Tooltip("Optional: domain/market/language, e.g. tech/eu/en"));
        label.setPrefColumnCount(10);
        label.textProperty().bindBidirectional(model.newLabelProperty());
        TextField interval = new TextField();
        interval.setPrefColumnCount(4);
        interval.setTooltip(new Tooltip("How often to poll: 30m, 2h, 1d"));
        interval.textProperty().bindBidirectional(model.newIntervalProperty());
        Button add = new Button("Add source");
        add.setId("addSource");
        add.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        add.getStyleClass().add(Styles.ACCENT);
        add.setOnAction(e -> model.add());
        HBox row = new HBox(8, url, kind, label, interval, add);
        row.setAlignment(Pos.CENTER_LEFT);
        return row;
    }

    private static HBox actionRow(SourcesViewModel model, Runnable importOpml, Runnable exportOpml) {
        Button pollAll = new Button("Poll all");
        pollAll.setId("pollAll");
        pollAll.setOnAction(e -> model.poll(false));
        pollAll.disableProperty().bind(model.polling().runningProperty());
        Button pollOne = new Button("Poll selected");
        pollOne.setOnAction(e -> model.poll(true));
        Button edit = new Button("Edit…");
        edit.setOnAction(e -> new SourceEditDialog(model.selectedProperty().get()).ask(pollAll.getScene().getWindow())
                .ifPresent(c -> model.editSelected(c.title(), c.url(), c.kind(), c.label(), c.interval())));
        Button toggle = new Button("Turn off");
        toggle.setOnAction(e -> model.setEnabled(!model.selectedProperty().get().enabled()));
        Button remove = new Button("Remove");
        remove.getStyleClass().add(Styles.DANGER);
        remove.setOnAction(e -> model.removeSelected());
        model.selectedProperty().addListener((o, old, now) -> toggle.setText(now != null && !now.enabled() ? "Turn on" : "Turn off"));
        for (Button b : new Button[] {pollOne, edit, toggle, remove}) {
            b.disableProperty().bind(model.selectedProperty().isNull().or(model.polling().runningProperty()));
        }
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        Button importButton = new Button("Import OPML…");
        importButton.setOnAction(e -> importOpml.run());
        Button exportButton = new Button("Export OPML…");
        exportButton.setOnAction(e -> exportOpml.run());
        HBox row = new HBox(8, pollAll, pollOne, edit, toggle, remove, spacer, importButton, exportButton);
        row.setAlignment(Pos.CENTER_LEFT);
        return row;
    }

    private static TableView<SourceSummary> table(SourcesViewModel model) {
        TableView<SourceSummary> table = new TableView<>(model.sources());
        table.setId("sourceTable");
        table.getStyleClass().add(Styles.STRIPED);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.getColumns().add(column("Source", 260, SourceSummary::title));
        table.getColumns().add(column("Kind", 80, s -> switch (s.kind()) {
            case FEED -> "Feed";
            case PAGE -> "Page";
            case HACKER_NEWS -> "Hacker News";
            case REDDIT -> "Reddit";
        }));
        table.getColumns().add(column("Label", 160, s -> s.label().toString()));
        table.getColumns().add(column("Every", 60, s -> PollInterval.format(s.pollIntervalMinutes())));
        table.getColumns().add(column("Docs", 60, s -> String.valueOf(s.documentCount())));
        table.getColumns().add(column("Last poll", 110, s -> s.health().lastPolledAt() == null ? "never"
                : org.scriptorium.app.common.Formats.current().dateTime(s.health().lastPolledAt())));
        table.getColumns().add(column("Health", 320, SourcesView::health));
        Label empty = new Label("No sources yet. Paste a feed or web page address above and press Add source.");
        empty.getStyleClass().add(Styles.TEXT_MUTED);
        table.setPlaceholder(empty);
        table.getSelectionModel().selectedItemProperty().addListener((o, old, now) -> model.selectedProperty().set(now));
        model.selectedProperty().addListener((o, old, now) -> {
            if (now != table.getSelectionModel().getSelectedItem()) {
                table.getSelectionModel().select(now);
            }
        });
        return table;
    }

    static String health(SourceSummary s) {
        if (!s.enabled()) {
            return "Off — " + s.disabledReason();
        }
        if (s.health().failing()) {
            return "Failing (" + s.health().failureCount() + "×) — " + s.health().lastError();
        }
        return s.health().lastPolledAt() == null ? "Not polled yet" : "OK · " + org.scriptorium.app.common.Formats.current().count(s.health().successCount(), "poll");
    }

    private static TableColumn<SourceSummary, String> column(String title, double width, Function<SourceSummary, String> value) {
        TableColumn<SourceSummary, String> column = new TableColumn<>(title);
        column.setPrefWidth(width);
        // A narrow window squeezes the wide columns, never a header into "E…".
        column.setMinWidth(Math.min(width, switch (title) {
            case "Source", "Health" -> 150;
            case "Label" -> 90;
            default -> width;
        }));
        column.setCellValueFactory(cell -> new ReadOnlyStringWrapper(value.apply(cell.getValue())));
        return column;
    }
}
