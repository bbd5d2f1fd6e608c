package org.scriptorium.app.drafts;

import atlantafx.base.theme.Styles;
import atlantafx.base.theme.Tweaks;
import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.scriptorium.core.drafts.DraftStatus;
import org.scriptorium.core.drafts.DraftSummary;

import java.time.Instant;

/** The list of drafts (or the trash) with search and filters. */
public final class DraftsView extends BorderPane {
    private final DraftsViewModel model;
    private final ListView<DraftSummary> list = new ListView<>();
    private final TextField search = new TextField();

    public DraftsView(DraftsViewModel model, Runnable onImport, Runnable onExport) {
        this.model = model;
        getStyleClass().add("drafts-view");
        // Never narrower than a title's first words, never so wide the editor is squeezed (the divider remembers the rest).
        setMinWidth(220);
        setPrefWidth(270);
        setMaxWidth(520);
        setTop(header(onImport, onExport));
        setCenter(listWithEmptyState(onImport));
    }

    private Region header(Runnable onImport, Runnable onExport) {
        Label title = new Label();
        title.getStyleClass().add(Styles.TITLE_3);
        title.setMinWidth(Region.USE_PREF_SIZE);
        title.textProperty().bind(Bindings.when(model.trashModeProperty()).then("Trash").otherwise("Drafts"));
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);

        Button newDraft = new Button("New");
        newDraft.setMinWidth(Region.USE_PREF_SIZE);
        newDraft.setTooltip(new javafx.scene.control.Tooltip("New draft (Ctrl+N)"));
        newDraft.setId("newDraftButton");
        newDraft.getStyleClass().add(Styles.ACCENT);
        newDraft.setOnAction(e -> model.createDraft());
        newDraft.visibleProperty().bind(model.trashModeProperty().not());
        newDraft.managedProperty().bind(newDraft.visibleProperty());

        Button emptyTrash = new Button("Empty trash…");
        emptyTrash.setMinWidth(Region.USE_PREF_SIZE);
        emptyTrash.setId("emptyTrash");
        emptyTrash.getStyleClass().add(Styles.DANGER);
        emptyTrash.setOnAction(e -> model.emptyTrash());
        emptyTrash.visibleProperty().bind(model.trashModeProperty());
        emptyTrash.managedProperty().bind(emptyTrash.visibleProperty());
        emptyTrash.disableProperty().bind(model.trashCountProperty().isEqualTo(0));

        HBox titleRow = new HBox(8, title, spacer, emptyTrash, newDraft);
        titleRow.setAlignment(Pos.CENTER_LEFT);

        search.setId("searchField");
        search.setPromptText("Search drafts");
        search.setTooltip(new javafx.scene.control.Tooltip("Searches titles, text and tags (Ctrl+Shift+F)"));
        search.textProperty().bindBidirectional(model.queryProperty());

        ComboBox<DraftStatus> status = new ComboBox<>();
        status.getItems().add(null);
        status.getItems().addAll(DraftStatus.values());
        status.setConverter(new StringConverter<>() {
            @Override
            public String toString(DraftStatus s) {
                return s == null ? "All statuses" : Character.toUpperCase(s.label().charAt(0)) + s.label().substring(1);
            }

            @Override
            public DraftStatus fromString(String text) {
                return null;
            }
        });
        status.valueProperty().bindBidirectional(model.statusProperty());
        status.setMaxWidth(Double.MAX_VALUE);
        status.setPromptText("All statuses");
        status.setMinWidth(0);
        ComboBox<String> tag = new ComboBox<>(model.tagChoices());
        tag.valueProperty().bindBidirectional(model.tagProperty());
        tag.setMaxWidth(Double.MAX_VALUE);
        tag.setPromptText("All tags");
        tag.setMinWidth(0);
        HBox.setHgrow(status, Priority.ALWAYS);
        HBox.setHgrow(tag, Priority.ALWAYS);
        HBox filters = new HBox(6, status, tag);

        VBox box = new VBox(8, titleRow, search, filters);
        box.setPadding(new Insets(12, 12, 8, 12));
        return box;
    }

    private Region listWithEmptyState(Runnable onImport) {
        list.setId("draftList");
        list.setItems(model.items());
        list.getStyleClass().addAll(Tweaks.EDGE_TO_EDGE, "draft-list");
        list.setCellFactory(v -> new DraftCell());
        list.getSelectionModel().selectedItemProperty().addListener((obs, old, now) -> {
            if (now != null) {
                model.selectedProperty().set(now);
            }
        });
        model.selectedProperty().addListener((obs, old, now) -> {
            if (now == null) {
                list.getSelectionModel().clearSelection();
            } else if (!now.equals(list.getSelectionModel().getSelectedItem())) {
                list.getSelectionModel().select(now);
                list.scrollTo(now);
            }
        });

        Label emptyTitle = new Label();
        emptyTitle.getStyleClass().add(Styles.TITLE_4);
        emptyTitle.textProperty().bind(model.emptyTitleProperty());
        emptyTitle.setWrapText(true);
        emptyTitle.setTextAlignment(javafx.scene.text.TextAlignment.CENTER);
        Label emptyHint = new Label();
        emptyHint.setWrapText(true);
        emptyHint.setMaxWidth(250);
        emptyHint.setTextAlignment(javafx.scene.text.TextAlignment.CENTER);
        emptyHint.getStyleClass().add(Styles.TEXT_MUTED);
        emptyHint.textProperty().bind(model.emptyHintProperty());
        Button start = new Button("New draft");
        start.getStyleClass().add(Styles.ACCENT);
        start.setOnAction(e -> model.createDraft());
        Button importFiles = new Button("Import Markdown…");
        importFiles.setOnAction(e -> onImport.run());
        Button demo = new Button("Open demo workspace");
        demo.setId("openDemoButton");
        demo.setOnAction(e -> model.openDemoWorkspace());
        VBox actions = new VBox(6, start, importFiles, demo);
        actions.setAlignment(Pos.CENTER);
        var noDraftsAtAll = model.draftCountProperty().isEqualTo(0).and(model.trashModeProperty().not());
        actions.visibleProperty().bind(noDraftsAtAll);
        actions.managedProperty().bind(actions.visibleProperty());
        Button clear = new Button("Clear search and filters");
        clear.getStyleClass().add(Styles.FLAT);
        clear.setOnAction(e -> model.clearFilters());
        clear.visibleProperty().bind(noDraftsAtAll.not().and(model.trashModeProperty().not()));
        clear.managedProperty().bind(clear.visibleProperty());

        VBox empty = new VBox(10, emptyTitle, emptyHint, actions, clear);
        empty.setAlignment(Pos.CENTER);
        empty.setPadding(new Insets(24));
        empty.setMaxWidth(300);
        empty.visibleProperty().bind(Bindings.isEmpty(model.items()).and(model.loadedProperty()));
        empty.setMouseTransparent(false);
        StackPane stack = new StackPane(list, empty);
        StackPane.setAlignment(empty, Pos.CENTER);
        return stack;
    }

    public void focusSearch() {
        search.requestFocus();
        search.selectAll();
    }

    /** A row: the title, then status, length and when it last changed. */
    private final class DraftCell extends ListCell<DraftSummary> {
        private final Label title = new Label();
        private final Label meta = new Label();
        private final Button restore = new Button("Restore");
        private final VBox box = new VBox(2, title, meta);
        private final HBox row = new HBox(8, box, restore);

        DraftCell() {
            title.getStyleClass().add("draft-title");
            meta.getStyleClass().addAll(Styles.TEXT_MUTED, Styles.TEXT_SMALL);
            restore.getStyleClass().addAll(Styles.SMALL);
            HBox.setHgrow(box, Priority.ALWAYS);
            row.setAlignment(Pos.CENTER_LEFT);
            row.setPadding(new Insets(6, 4, 6, 4));
            // A cell as wide as the list: long lines end in an ellipsis instead of a horizontal scrollbar.
            setPrefWidth(0);
            title.setMinWidth(0);
            meta.setMinWidth(0);
            box.setMinWidth(0);
            restore.setMinWidth(Region.USE_PREF_SIZE);
        }

        @Override
        protected void updateItem(DraftSummary item, boolean empty) {
            super.updateItem(item, empty);
            if (empty || item == null) {
                setGraphic(null);
                setText(null);
                return;
            }
            title.setText(item.title());
            String tags = item.tags().isEmpty() ? "" : " · #" + String.join(" #", item.tags());
            meta.setText(label(item.status()) + " · " + org.scriptorium.app.common.Formats.current().count(item.wordCount(), "word") + " · " + when(item.updatedAt()) + tags);
            restore.setVisible(item.trashed());
            restore.setManaged(item.trashed());
            restore.setOnAction(e -> model.restore(item.id()));
            setText(null);
            setGraphic(row);
        }
    }

    private static String label(DraftStatus status) {
        return Character.toUpperCase(status.label().charAt(0)) + status.label().substring(1);
    }

    private static String when(Instant instant) {
        return org.scriptorium.app.common.Formats.current().dateTime(instant);
    }
}
