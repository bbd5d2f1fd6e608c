package org.scriptorium.app.drafts;

import atlantafx.base.theme.Styles;
import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.scene.control.ToggleButton;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.fxmisc.flowless.VirtualizedScrollPane;
import org.fxmisc.richtext.CodeArea;

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
    private final EditorHeader header;
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
        header = new EditorHeader(model, previewToggle, onHistory, onTrash);
        findBar.setOnQueryChanged(this::highlight);
        top.getChildren().addAll(header, findBar);
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

    private Region editorAndPreview() {
        area.setId("markdownEditor");
        area.setWrapText(true);
        // While a model writes into the draft, typing would interleave with it.
        area.editableProperty().bind(model.trashedProperty().not().and(streaming.not()));
        area.getStyleClass().add("markdown-editor");
        area.setPadding(new Insets(16, 20, 16, 20));
        VirtualizedScrollPane<CodeArea> scroll = new VirtualizedScrollPane<>(area);
        // An empty body says where to start; the hint lets clicks through to the editor under it.
        Label hint = new Label("Start writing…");
        hint.getStyleClass().add("writing-hint");
        hint.setMouseTransparent(true);
        hint.visibleProperty().bind(model.textProperty().isEmpty().and(streaming.not()));
        StackPane writing = new StackPane(scroll, hint);
        StackPane.setAlignment(hint, Pos.TOP_LEFT);
        StackPane.setMargin(hint, new Insets(16, 20, 16, 22));
        writing.setMinWidth(220);
        preview.setMinWidth(0);

        split.setOrientation(Orientation.HORIZONTAL);
        split.getItems().setAll(writing, preview);
        // The preview follows the editor's scroll: the part being read in the text is the part shown rendered.
        area.estimatedScrollYProperty().addObserver(y -> {
            double room = area.getTotalHeightEstimate() - area.getViewportHeight();
            if (room > 0 && split.getItems().contains(preview)) {
                preview.followScroll(y / room);
            }
        });
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
        var styles = MarkdownHighlighter.styles(text);
        var matches = findBar.matches(text);
        if (!matches.isEmpty()) {
            // Every match of an open find is marked, over the Markdown colours.
            var marks = new org.fxmisc.richtext.model.StyleSpansBuilder<java.util.Collection<String>>();
            int at = 0;
            for (int[] match : matches) {
                marks.add(java.util.List.of(), match[0] - at);
                marks.add(java.util.List.of("find-match"), match[1] - match[0]);
                at = match[1];
            }
            marks.add(java.util.List.of(), text.length() - at);
            styles = styles.overlay(marks.create(), (base, mark) -> {
                if (mark.isEmpty()) {
                    return base;
                }
                var both = new java.util.ArrayList<>(base);
                both.addAll(mark);
                return both;
            });
        }
        area.setStyleSpans(0, styles);
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
    /**
     * Image files dropped on the text: the caret goes where they were let go and {@code dropped} keeps them (see
     * {@link ImageInsertion}), then calls {@link #insertAtCaret} with their Markdown.
     */
    public void onImagesDropped(java.util.function.Consumer<java.util.List<java.nio.file.Path>> dropped) {
        area.setOnDragOver(e -> {
            if (e.getDragboard().hasFiles() && e.getDragboard().getFiles().stream().anyMatch(f -> ImageInsertion.isImage(f.toPath()))) {
                e.acceptTransferModes(javafx.scene.input.TransferMode.COPY);
                e.consume();
            }
        });
        area.setOnDragDropped(e -> {
            var files = e.getDragboard().hasFiles() ? e.getDragboard().getFiles().stream().map(java.io.File::toPath)
                    .filter(ImageInsertion::isImage).toList() : java.util.List.<java.nio.file.Path>of();
            if (!files.isEmpty() && area.isEditable()) {
                area.moveTo(area.hit(e.getX(), e.getY()).getInsertionIndex());
                dropped.accept(files);
            }
            e.setDropCompleted(!files.isEmpty());
            e.consume();
        });
    }

    /** Puts a block (an image's Markdown) at the caret as a paragraph of its own. */
    public void insertAtCaret(String block) {
        int at = area.getCaretPosition();
        String text = area.getText();
        String before = at == 0 || text.startsWith("\n\n", Math.max(0, at - 2)) ? "" : text.charAt(at - 1) == '\n' ? "\n" : "\n\n";
        String after = at >= text.length() || text.charAt(at) == '\n' ? "\n" : "\n\n";
        area.insertText(at, before + block + after);
        area.requestFocus();
    }

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

    public void cut() {
        area.cut();
    }

    public void copy() {
        area.copy();
    }

    public void paste() {
        area.paste();
    }

    public void redo() {
        area.redo();
    }

    /** A new draft: typing goes to its title first. */
    public void focusTitle() {
        header.focusTitle();
    }

    public void focusEditor() {
        area.requestFocus();
    }

    public void togglePreview() {
        previewToggle.setSelected(!previewToggle.isSelected());
    }

    /**
     * Whether long lines wrap. The editor wraps every line or none, so a user writing wide tables turns it off to
     * keep each row on one line.
     */
    public javafx.beans.property.BooleanProperty wrapLinesProperty() {
        return area.wrapTextProperty();
    }

    public javafx.beans.property.BooleanProperty previewVisibleProperty() {
        return previewToggle.selectedProperty();
    }

    public SplitPane split() {
        return split;
    }
}
