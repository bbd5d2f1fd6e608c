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

        ListView<DiffLine> diff = new ListView<>(model.diff());
        diff.setId("diffList");
        diff.getStyleClass().add("diff-list");
        diff.setCellFactory(v -> new ListCell<>() {
            @Override
            protected void updateItem(DiffLine line, boolean empty) {
                super.updateItem(line, empty);
                getStyleClass().removeAll("diff-added", "diff-removed");
                if (empty || line == null) {
                    setText(null);
                    return;
                }
                switch (line.kind()) {
                    case ADDED -> {
                        setText("+ " + line.text());
                        getStyleClass().add("diff-added");
                    }
                    case REMOVED -> {
                        setText("− " + line.text());
                        getStyleClass().add("diff-removed");
                    }
                    case SAME -> setText("  " + line.text());
                }
            }
        });

        Label legend = new Label("Lines marked + are in the current text only; lines marked − only in the revision.");
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
