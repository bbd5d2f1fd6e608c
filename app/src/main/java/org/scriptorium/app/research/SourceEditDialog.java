package org.scriptorium.app.research;

import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.stage.Window;
import org.scriptorium.core.research.feeds.SourceKind;
import org.scriptorium.core.research.sources.PollInterval;
import org.scriptorium.core.research.sources.SourceSummary;

import java.util.Optional;

/** Edits a source's name, address, kind, label and interval; the view model checks what was typed. */
final class SourceEditDialog {
    record Changes(String title, String url, SourceKind kind, String label, String interval) {
    }

    private final SourceSummary source;

    SourceEditDialog(SourceSummary source) {
        this.source = source;
    }

    Optional<Changes> ask(Window owner) {
        Dialog<Changes> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle("Edit source");
        dialog.setHeaderText(source.title());
        TextField title = new TextField(source.title());
        TextField url = new TextField(source.url());
        url.setPrefColumnCount(36);
        ComboBox<SourceKind> kind = new ComboBox<>();
        kind.getItems().setAll(SourceKind.values());
        kind.setValue(source.kind());
        TextField label = new TextField(source.label().toString());
        label.setPromptText("domain/market/lang");
        TextField interval = new TextField(PollInterval.format(source.pollIntervalMinutes()));
        GridPane grid = new GridPane(10, 8);
        grid.addRow(0, new Label("Name"), title);
        grid.addRow(1, new Label("Address"), url);
        grid.addRow(2, new Label("Kind"), kind);
        grid.addRow(3, new Label("Label"), label);
        grid.addRow(4, new Label("Poll every"), interval);
        dialog.getDialogPane().setContent(grid);
        dialog.getDialogPane().getButtonTypes().setAll(ButtonType.CANCEL, ButtonType.OK);
        dialog.setResultConverter(button -> button == ButtonType.OK
                ? new Changes(title.getText(), url.getText(), kind.getValue(), label.getText(), interval.getText()) : null);
        return dialog.showAndWait();
    }
}
