package org.scriptorium.app.drafts;

import atlantafx.base.theme.Styles;
import atlantafx.base.theme.Tweaks;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.scriptorium.core.drafts.DraftStatus;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Above the open draft: the title as a large heading line, then a slim row of its properties (status, tags as chips,
 * the planned day). Preview is a toggle; History and the rest are in the "⋯" menu, so the row fits a small window.
 */
final class EditorHeader extends VBox {
    private final EditorViewModel model;
    private final TextField title = new TextField();
    private final FlowPane tagChips = new FlowPane(4, 4);
    private final TextField newTag = new TextField();

    EditorHeader(EditorViewModel model, ToggleButton previewToggle, Runnable onHistory, Runnable onTrash) {
        this.model = model;
        getStyleClass().add("editor-header");

        title.setId("draftTitle");
        title.setPromptText("Untitled draft");
        title.getStyleClass().add("title-field");
        title.textProperty().bindBidirectional(model.titleProperty());
        title.setMinWidth(80);
        HBox.setHgrow(title, Priority.ALWAYS);

        previewToggle.setId("previewToggle");
        previewToggle.getStyleClass().add(Styles.FLAT);
        previewToggle.setTooltip(new Tooltip("Show or hide the preview (Ctrl+Shift+P)"));
        previewToggle.setMinWidth(Region.USE_PREF_SIZE);

        MenuItem history = new MenuItem("Revision history…");
        history.setId("historyButton");
        history.setOnAction(e -> onHistory.run());
        MenuItem trash = new MenuItem("Move to trash");
        trash.setId("trashDraft");
        trash.getStyleClass().add("danger-item");
        trash.setOnAction(e -> onTrash.run());
        trash.disableProperty().bind(model.trashedProperty());
        MenuButton more = new MenuButton("⋯", null, history, new SeparatorMenuItem(), trash);
        more.setId("draftActions");
        more.getStyleClass().addAll(Styles.FLAT, Tweaks.NO_ARROW);
        more.setTooltip(new Tooltip("More for this draft"));
        more.setMinWidth(Region.USE_PREF_SIZE);

        HBox titleRow = new HBox(4, title, previewToggle, more);
        titleRow.setAlignment(Pos.CENTER_LEFT);
        getChildren().addAll(titleRow, properties());
    }

    private Region properties() {
        ComboBox<DraftStatus> status = new ComboBox<>();
        status.setId("draftStatus");
        status.getItems().setAll(DraftStatus.values());
        status.setConverter(new StatusNames());
        status.valueProperty().bindBidirectional(model.statusProperty());
        status.setTooltip(new Tooltip("Status"));
        status.getStyleClass().add(Styles.SMALL);
        status.setMinWidth(Region.USE_PREF_SIZE);

        newTag.setId("draftTags");
        newTag.setPromptText("Add tag");
        newTag.getStyleClass().addAll(Styles.SMALL, "tag-input");
        newTag.setPrefColumnCount(7);
        newTag.setOnAction(e -> addTypedTags());
        newTag.focusedProperty().addListener((obs, was, is) -> {
            if (!is) {
                addTypedTags();
            }
        });
        model.tagsProperty().addListener((obs, old, now) -> showTags(now));
        showTags(model.tagsProperty().get());
        tagChips.setAlignment(Pos.CENTER_LEFT);
        tagChips.setMinWidth(0);
        HBox.setHgrow(tagChips, Priority.ALWAYS);

        DatePicker publishDay = new DatePicker();
        publishDay.setConverter(org.scriptorium.app.common.Formats.current().dayConverter());
        publishDay.setId("draftPublishDay");
        publishDay.setPromptText("Plan a day");
        publishDay.getStyleClass().add(Styles.SMALL);
        publishDay.setPrefWidth(150);
        publishDay.setMinWidth(Region.USE_PREF_SIZE);
        publishDay.setTooltip(new Tooltip("The day this draft is planned to be published; the Posts calendar shows it. Clear it to unplan."));
        publishDay.valueProperty().bindBidirectional(model.publishDay().dayProperty());

        HBox row = new HBox(8, status, tagChips, publishDay);
        row.setAlignment(Pos.CENTER_LEFT);
        row.getStyleClass().add("properties-row");
        return row;
    }

    private void addTypedTags() {
        String typed = newTag.getText().strip();
        if (typed.isEmpty()) {
            return;
        }
        List<String> tags = new ArrayList<>(current());
        Arrays.stream(typed.split(",")).map(String::strip).filter(t -> !t.isEmpty() && !tags.contains(t)).forEach(tags::add);
        newTag.clear();
        model.applyTags(String.join(", ", tags));
    }

    private List<String> current() {
        String joined = model.tagsProperty().get();
        return joined == null || joined.isBlank() ? List.of()
                : Arrays.stream(joined.split(",")).map(String::strip).filter(t -> !t.isEmpty()).toList();
    }

    private void showTags(String joined) {
        tagChips.getChildren().clear();
        for (String tag : current()) {
            Label name = new Label(tag);
            Button remove = new Button("×");
            remove.getStyleClass().addAll(Styles.FLAT, "tag-remove");
            remove.setTooltip(new Tooltip("Remove the tag " + tag));
            remove.setOnAction(e -> model.applyTags(String.join(", ", current().stream().filter(t -> !t.equals(tag)).toList())));
            HBox chip = new HBox(2, name, remove);
            chip.setAlignment(Pos.CENTER_LEFT);
            chip.getStyleClass().addAll("chip", "tag-chip");
            tagChips.getChildren().add(chip);
        }
        tagChips.getChildren().add(newTag);
    }

    /** A new draft: the cursor in its title, the placeholder title selected so typing replaces it. */
    void focusTitle() {
        title.requestFocus();
        title.selectAll();
    }

    private static final class StatusNames extends javafx.util.StringConverter<DraftStatus> {
        @Override
        public String toString(DraftStatus status) {
            return status == null ? "" : Character.toUpperCase(status.label().charAt(0)) + status.label().substring(1);
        }

        @Override
        public DraftStatus fromString(String text) {
            return DraftStatus.parse(text);
        }
    }
}
