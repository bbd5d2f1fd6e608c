package org.scriptorium.app.drafts;

import atlantafx.base.theme.Styles;
import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.fxmisc.flowless.VirtualizedScrollPane;
import org.fxmisc.richtext.CodeArea;
import org.scriptorium.core.drafts.DraftStatus;

import java.time.Duration;
import java.util.concurrent.CompletionStage;
import java.util.function.Consumer;

/** The open draft: title, status and tags above a Markdown editor with a live preview beside it. */
public final class EditorView extends StackPane {
    private final EditorViewModel model;
    private final CodeArea area = new CodeArea();
    private final PreviewPane preview;
    private final SplitPane split = new SplitPane();
    private final FindReplaceBar findBar = new FindReplaceBar(area);
    private final ToggleButton previewToggle = new ToggleButton("Preview");
    private final VBox top = new VBox();
    private static final long FOLLOW_EVERY_NANOS = 250_000_000L;
    private final javafx.beans.property.BooleanProperty streaming = new javafx.beans.property.SimpleBooleanProperty(false);
    private long lastFollow;
    private boolean applyingModelText;

    public EditorView(EditorViewModel model, CompletionStage<?> webKitLoaded, Runnable onHistory, Runnable onTrash,
                      Consumer<String> openExternally, Runnable onNewDraft) {
        this.model = model;
        this.preview = new PreviewPane(model.previewHtmlProperty(), webKitLoaded, openExternally);
        getStyleClass().add("editor-view");

        BorderPane page = new BorderPane();
        top.getChildren().addAll(header(onHistory, onTrash), findBar);
        page.setTop(top);
        page.setCenter(editorAndPreview());
        page.setBottom(footer());
        Region empty = emptyState(onNewDraft);
        page.visibleProperty().bind(model.draftIdProperty().isNotNull());
        empty.visibleProperty().bind(model.draftIdProperty().isNull());
        getChildren().addAll(empty, page);

        model.documentsLoadedProperty().addListener((obs, old, now) -> showModelText());
        area.textProperty().addListener((obs, old, now) -> {
            if (!applyingModelText) {
                model.textProperty().set(now);
            }
        });
        area.multiPlainChanges().successionEnds(Duration.ofMillis(60)).subscribe(ignored -> highlight());
    }

    private Region header(Runnable onHistory, Runnable onTrash) {
        TextField title = new TextField();
        title.setId("draftTitle");
        title.setPromptText("Title");
        title.getStyleClass().add("title-field");
        title.textProperty().bindBidirectional(model.titleProperty());
        HBox.setHgrow(title, Priority.ALWAYS);

        ComboBox<DraftStatus> status = new ComboBox<>();
        status.getItems().setAll(DraftStatus.values());
        status.setConverter(new StatusNames());
        status.valueProperty().bindBidirectional(model.statusProperty());
        status.setTooltip(new Tooltip("Status"));

        TextField tags = new TextField();
        tags.setId("draftTags");
        tags.setPromptText("Tags, separated by commas");
        tags.setPrefColumnCount(18);
        tags.setText(model.tagsProperty().get());
        model.tagsProperty().addListener((obs, old, now) -> tags.setText(now));
        tags.setOnAction(e -> model.applyTags(tags.getText()));
        tags.focusedProperty().addListener((obs, was, is) -> {
            if (!is && !tags.getText().equals(model.tagsProperty().get())) {
                model.applyTags(tags.getText());
            }
        });

        DatePicker publishDay = new DatePicker();
        publishDay.setId("draftPublishDay");
        publishDay.setPromptText("Publish on");
        publishDay.setPrefWidth(122);
        publishDay.setTooltip(new Tooltip("The day this draft is planned to be published; the Posts calendar shows it. Clear it to unplan."));
        publishDay.valueProperty().bindBidirectional(model.publishDay().dayProperty());

        Button history = new Button("History");
        history.setId("historyButton");
        history.setOnAction(e -> onHistory.run());
        history.setTooltip(new Tooltip("Compare with earlier revisions and restore one"));
        Button trash = new Button("Delete");
        trash.setId("trashDraft");
        trash.getStyleClass().add(Styles.DANGER);
        trash.setOnAction(e -> onTrash.run());
        trash.setTooltip(new Tooltip("Move this draft to the trash"));
        trash.disableProperty().bind(model.trashedProperty());

        previewToggle.setSelected(true);
        previewToggle.setTooltip(new Tooltip("Show or hide the preview"));

        title.setMinWidth(160);
        tags.setPrefColumnCount(14);
        tags.setMinWidth(100);
        for (var fixed : java.util.List.of(status, publishDay, history, previewToggle, trash)) {
            fixed.setMinWidth(Region.USE_PREF_SIZE);
        }
        HBox row = new HBox(8, title, status, tags, publishDay, history, previewToggle, trash);
        row.setAlignment(Pos.CENTER_LEFT);
        row.setPadding(new Insets(10, 12, 10, 12));
        row.getStyleClass().add("editor-header");
        return row;
    }

    private Region editorAndPreview() {
        area.setId("markdownEditor");
        area.setWrapText(true);
        // While a model writes into the draft, typing would interleave with it.
        area.editableProperty().bind(model.trashedProperty().not().and(streaming.not()));
        area.getStyleClass().add("markdown-editor");
        area.setPadding(new Insets(16, 20, 16, 20));
        VirtualizedScrollPane<CodeArea> scroll = new VirtualizedScrollPane<>(area);

        split.setOrientation(Orientation.HORIZONTAL);
        split.getItems().setAll(scroll, preview);
        split.setDividerPositions(0.5);
        previewToggle.selectedProperty().addListener((obs, was, is) -> {
            if (is && !split.getItems().contains(preview)) {
                split.getItems().add(preview);
            } else if (!is) {
                split.getItems().remove(preview);
            }
        });
        return split;
    }

    private Region footer() {
        Label stats = new Label();
        stats.setId("draftStats");
        stats.textProperty().bind(model.statsProperty());
        Label saved = new Label();
        saved.setId("saveState");
        saved.textProperty().bind(model.saveStateProperty());
        saved.styleProperty().bind(Bindings.when(model.saveFailedProperty())
                .then("-fx-text-fill: -color-danger-fg;").otherwise(""));
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox row = new HBox(12, stats, spacer, saved);
        row.getStyleClass().addAll("editor-footer", Styles.TEXT_SMALL);
        row.setPadding(new Insets(6, 12, 6, 12));
        return row;
    }

    private Region emptyState(Runnable onNewDraft) {
        Label title = new Label("No draft open");
        title.getStyleClass().add(Styles.TITLE_3);
        Label hint = new Label("Pick a draft from the list, or start a new one.");
        hint.getStyleClass().add(Styles.TEXT_MUTED);
        Button create = new Button("New draft");
        create.getStyleClass().add(Styles.ACCENT);
        create.setOnAction(e -> onNewDraft.run());
        VBox box = new VBox(10, title, hint, create);
        box.setAlignment(Pos.CENTER);
        return box;
    }

    /** Lets writing stream into this editor, with a strip that says who writes and can stop it. */
    public void attach(org.scriptorium.app.writing.StreamingViewModel writing) {
        var strip = new org.scriptorium.app.common.JobStrip(writing.job(), "streamingStrip", "Stop", "stopWriting", false);
        strip.getStyleClass().add("message-bar");
        top.getChildren().add(1, strip);
        writing.setTarget(new org.scriptorium.app.writing.StreamingViewModel.Target() {
            @Override
            public void begin() {
                streaming.set(true);
                model.setPreviewPaused(true);
                lastFollow = System.nanoTime() - FOLLOW_EVERY_NANOS - 1;
            }

            @Override
            public void append(String text) {
                area.appendText(text);
                // Scrolling to the caret lays out the visible paragraphs again: four times a second keeps up with
                // the text without doing it every frame.
                long now = System.nanoTime();
                if (now - lastFollow > FOLLOW_EVERY_NANOS) {
                    lastFollow = now;
                    area.requestFollowCaret();
                }
            }

            @Override
            public void end(String finalText) {
                streaming.set(false);
                model.setPreviewPaused(false);
                // The whole of what was written becomes one undo step: undo takes the draft back to before it.
                String written = finalText != null ? finalText : area.getText();
                applyingModelText = true;
                try {
                    area.replaceText("");
                    area.getUndoManager().forgetHistory();
                } finally {
                    applyingModelText = false;
                }
                area.replaceText(written);
                area.moveTo(0);
            }
        });
    }

    private void showModelText() {
        preview.resetScroll();
        applyingModelText = true;
        try {
            area.replaceText(model.textProperty().get());
            area.getUndoManager().forgetHistory();
            area.moveTo(0);
            area.requestFollowCaret();
        } finally {
            applyingModelText = false;
        }
        highlight();
    }

    private void highlight() {
        if (streaming.get()) {
            return; // highlighting the whole growing text on every pause would stall; it is done once at the end
        }
        String text = area.getText();
        area.setStyleSpans(0, MarkdownHighlighter.styles(text));
    }

    // ---- actions for menus and shortcuts ----

    public void bold() {
        apply(MarkdownFormatting.toggleWrap(area.getText(), area.getSelection().getStart(), area.getSelection().getEnd(), "**"));
    }

    public void italic() {
        apply(MarkdownFormatting.toggleWrap(area.getText(), area.getSelection().getStart(), area.getSelection().getEnd(), "*"));
    }

    public void link() {
        apply(MarkdownFormatting.link(area.getText(), area.getSelection().getStart(), area.getSelection().getEnd()));
    }

    private void apply(MarkdownFormatting.Edit edit) {
        area.replaceText(edit.start(), edit.end(), edit.replacement());
        area.selectRange(edit.selectFrom(), edit.selectTo());
        area.requestFocus();
    }

    public void find() {
        findBar.showFind(false);
    }

    public void replace() {
        findBar.showFind(true);
    }

    public String selectedText() {
        return area.getSelectedText();
    }

    /** The paragraphs around the selection, for a rewrite's context. */
    public String selectionContext() {
        String text = area.getText();
        int from = Math.max(0, area.getSelection().getStart() - 1500);
        int to = Math.min(text.length(), area.getSelection().getEnd() + 1500);
        return text.substring(from, to);
    }

    /** Puts text in place of the selection (or after it), as one edit that one undo takes back. */
    public void replaceSelection(String replacement, boolean after) {
        var selection = area.getSelection();
        if (after) {
            area.insertText(selection.getEnd(), (selection.getEnd() > 0 ? " " : "") + replacement);
        } else {
            area.replaceText(selection.getStart(), selection.getEnd(), replacement);
        }
        area.requestFocus();
    }

    public void undo() {
        area.undo();
    }

    public void redo() {
        area.redo();
    }

    public void focusEditor() {
        area.requestFocus();
    }

    public void togglePreview() {
        previewToggle.setSelected(!previewToggle.isSelected());
    }

    public javafx.beans.property.BooleanProperty previewVisibleProperty() {
        return previewToggle.selectedProperty();
    }

    public SplitPane split() {
        return split;
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
