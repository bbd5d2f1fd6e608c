package org.scriptorium.app.drafts;

import atlantafx.base.theme.Styles;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.SplitPane;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.scriptorium.core.drafts.DiffLine;
import org.scriptorium.core.drafts.WordDiff;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;
import org.scriptorium.core.drafts.DraftDocument;
import org.scriptorium.core.drafts.RevisionSummary;

import java.util.function.Consumer;

/** A window listing a draft's revisions beside the diff of the chosen one against the current text. */
public final class HistoryView {

    private HistoryView() {
    }

    public static void show(Window owner, HistoryViewModel model, Consumer<DraftDocument> onRestored) {
        ListView<RevisionSummary> revisions = new ListView<>(model.revisions());
        revisions.setId("revisionList");
        revisions.setCellFactory(v -> new ListCell<>() {
            @Override
            protected void updateItem(RevisionSummary item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null
                        : org.scriptorium.app.common.Formats.current().dateTime(item.createdAt()) + "\n" + capitalised(item.reason().label()) + " · "
                                + org.scriptorium.app.common.Formats.current().count(item.wordCount(), "word"));
            }
        });
        revisions.getSelectionModel().selectedItemProperty().addListener((o, a, b) -> {
            if (b != null) {
                model.selectedProperty().set(b);
            }
        });
        model.selectedProperty().addListener((o, a, b) -> {
            if (b != null && !b.equals(revisions.getSelectionModel().getSelectedItem())) {
                revisions.getSelectionModel().select(b);
            }
        });

        ListView<WordDiff.Line> diff = new ListView<>(model.diff());
        diff.setId("diffList");
        diff.getStyleClass().add("diff-list");
        // Each line wraps to the list's width; a paragraph changed in place shows its words struck out and added.
        diff.setCellFactory(v -> new ListCell<>() {
            {
                setPrefWidth(0); // as wide as the list, never wider: long lines wrap instead of scrolling sideways
            }

            @Override
            protected void updateItem(WordDiff.Line line, boolean empty) {
                super.updateItem(line, empty);
                getStyleClass().removeAll("diff-added", "diff-removed", "diff-changed");
                setText(null);
                setWrapText(true);
                if (empty || line == null) {
                    setGraphic(null);
                    return;
                }
                String sign = switch (line.kind()) {
                    case ADDED -> "+ ";
                    case REMOVED -> "− ";
                    case CHANGED -> "~ ";
                    case SAME -> "  ";
                };
                switch (line.kind()) {
                    case ADDED -> getStyleClass().add("diff-added");
                    case REMOVED -> getStyleClass().add("diff-removed");
                    case CHANGED -> getStyleClass().add("diff-changed");
                    case SAME -> { }
                }
                if (line.kind() != WordDiff.Line.Kind.CHANGED) {
                    setGraphic(null);
                    setText(sign + line.text());
                    return;
                }
                TextFlow flow = new TextFlow(new Text(sign));
                WordDiff.Span previous = null;
                for (WordDiff.Span span : line.spans()) {
                    if (previous != null && previous.kind() == DiffLine.Kind.REMOVED && span.kind() == DiffLine.Kind.ADDED) {
                        flow.getChildren().add(new Text("\u2009")); // a thin space between the struck word and its replacement
                    }
                    previous = span;
                    Text words = new Text(span.text());
                    if (span.kind() != DiffLine.Kind.SAME) {
                        words.getStyleClass().add(span.kind() == DiffLine.Kind.ADDED ? "diff-word-added" : "diff-word-removed");
                        words.setStrikethrough(span.kind() == DiffLine.Kind.REMOVED);
                    }
                    flow.getChildren().add(words);
                }
                flow.getChildren().forEach(n -> n.getStyleClass().add("diff-text"));
                flow.maxWidthProperty().bind(diff.widthProperty().subtract(36));
                flow.prefWidthProperty().bind(flow.maxWidthProperty());
                setGraphic(flow);
            }
        });

        Label legend = new Label("+ only in the current text; − only in the revision; ~ changed: struck words were in the revision, marked words are new.");
        legend.setWrapText(true);
        legend.setPadding(new Insets(6, 10, 6, 10));
        legend.getStyleClass().addAll(Styles.TEXT_MUTED, Styles.TEXT_SMALL);
        Label message = new Label();
        message.textProperty().bind(model.messageProperty());
        Stage stage = new Stage();
        Button restore = new Button("Restore this revision");
        restore.setId("restoreRevisionButton");
        restore.getStyleClass().add(Styles.ACCENT);
        restore.disableProperty().bind(model.selectedProperty().isNull().or(model.matchesCurrentProperty()));
        restore.setOnAction(e -> model.restoreSelected(restored -> {
            onRestored.accept(restored);
            stage.close();
        }));
        Button close = new Button("Close");
        close.setOnAction(e -> stage.close());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox bottom = new HBox(8, message, spacer, close, restore);
        bottom.setAlignment(Pos.CENTER_LEFT);
        bottom.setPadding(new Insets(10, 12, 10, 12));

        SplitPane split = new SplitPane(revisions, new BorderPane(diff, legend, null, null, null));
        split.setDividerPositions(0.3);
        BorderPane root = new BorderPane(split, null, null, bottom, null);

        stage.initOwner(owner);
        stage.initModality(Modality.WINDOW_MODAL);
        stage.setTitle("Revision history");
        // Never larger than the window it belongs to; Escape closes it, as it does every dialog.
        stage.setScene(new Scene(root, Math.min(920, owner.getWidth()), Math.min(560, owner.getHeight())));
        stage.getScene().addEventHandler(javafx.scene.input.KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == javafx.scene.input.KeyCode.ESCAPE) {
                stage.close();
            }
        });
        stage.getScene().getStylesheets().setAll(owner.getScene().getStylesheets());
        model.load();
        stage.show();
    }

    private static String capitalised(String text) {
        return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }
}
