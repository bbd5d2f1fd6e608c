package org.scriptorium.app.common;

import javafx.scene.control.Dialog;
import javafx.stage.Window;

/** What every dialog of the studio shares: its owner, the studio's stylesheets, and a size of its own. */
public final class Dialogs {
    private Dialogs() {
    }

    /**
     * Owns the dialog by the window, gives it the window's stylesheets (dialogs do not inherit them) and lets it be
     * as wide as asked: the theme caps every dialog at 600 px, too narrow for side-by-side editors and previews.
     */
    public static void prepare(Dialog<?> dialog, Window owner, double width) {
        dialog.initOwner(owner);
        if (owner != null && owner.getScene() != null) {
            dialog.getDialogPane().getStylesheets().setAll(owner.getScene().getStylesheets());
        }
        dialog.setResizable(true);
        // The theme's cap comes from a stylesheet, which outranks a value set in code; an inline style outranks it.
        dialog.getDialogPane().setStyle("-fx-max-width: 4000px;");
        dialog.getDialogPane().setPrefWidth(width);
        // Never larger than the window it belongs to (a small laptop screen): its content gives way instead.
        if (owner != null && owner.getHeight() > 0 && dialog.getDialogPane().getScene() != null
                && dialog.getDialogPane().getScene().getWindow() instanceof javafx.stage.Stage stage) {
            stage.setMaxHeight(owner.getHeight());
            stage.setMaxWidth(Math.max(owner.getWidth(), 400));
        }
    }
}
