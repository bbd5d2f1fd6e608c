package org.scriptorium.app.writing;

import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.scriptorium.app.common.Dialogs;
import org.scriptorium.core.writing.assistant.RewriteKind;

import java.util.Optional;

/** The rewrite streaming into a preview; Replace (or Insert) hands it back for one edit in the editor. */
public final class RewriteDialog {
    private RewriteDialog() {
    }

    public static Optional<String> show(Window owner, RewriteViewModel model, RewriteKind kind) {
        Dialog<String> dialog = new Dialog<>();
        Dialogs.prepare(dialog, owner, 680);
        dialog.setTitle(title(kind));
        dialog.setHeaderText(title(kind));
        TextArea result = new TextArea();
        result.setId("rewriteResult");
        result.setWrapText(true);
        result.setPrefSize(640, 320);
        result.textProperty().bindBidirectional(model.resultProperty());
        Label status = new Label();
        status.textProperty().bind(model.statusProperty());
        dialog.getDialogPane().setContent(new VBox(8, result, status));
        ButtonType apply = new ButtonType(kind == RewriteKind.CONTINUE ? "Insert" : "Replace", ButtonBar.ButtonData.OK_DONE);
        dialog.getDialogPane().getButtonTypes().setAll(ButtonType.CANCEL, apply);
        dialog.getDialogPane().lookupButton(apply).disableProperty().bind(model.job().runningProperty());
        dialog.setResultConverter(button -> button == apply && !result.getText().isBlank() ? result.getText() : null);
        dialog.setOnHidden(e -> model.cancel());
        return dialog.showAndWait();
    }

    public static String title(RewriteKind kind) {
        return switch (kind) {
            case SHORTER -> "Make it shorter";
            case LONGER -> "Make it longer";
            case FORMAL -> "More formal";
            case CASUAL -> "More casual";
            case FIX_GRAMMAR -> "Fix grammar";
            case CONTINUE -> "Continue writing";
        };
    }
}
