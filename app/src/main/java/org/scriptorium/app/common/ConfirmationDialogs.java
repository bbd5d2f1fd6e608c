package org.scriptorium.app.common;

import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.stage.Window;

import java.util.Comparator;

/** The window's answer to {@link Confirmations}: a dialog over the studio's window with Cancel as the default. */
public final class ConfirmationDialogs implements Confirmations {
    @Override
    public boolean confirm(Question question) {
        ButtonType act = new ButtonType(question.action(), ButtonBar.ButtonData.OK_DONE);
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION, question.text(), ButtonType.CANCEL, act);
        alert.setTitle(question.title());
        alert.setHeaderText(question.title());
        alert.getDialogPane().setId("confirmation");
        // Enter must not send a post by accident: Cancel is the default button, the action needs a deliberate click.
        ((javafx.scene.control.Button) alert.getDialogPane().lookupButton(act)).setDefaultButton(false);
        ((javafx.scene.control.Button) alert.getDialogPane().lookupButton(act)).setId("confirmAction");
        ((javafx.scene.control.Button) alert.getDialogPane().lookupButton(ButtonType.CANCEL)).setDefaultButton(true);
        Dialogs.prepare(alert, owner(), 460);
        return alert.showAndWait().filter(act::equals).isPresent();
    }

    /** The studio's window that has the focus, else the first one showing. */
    private static Window owner() {
        return Window.getWindows().stream().filter(Window::isShowing)
                .min(Comparator.comparing(w -> !w.isFocused())).orElse(null);
    }
}
