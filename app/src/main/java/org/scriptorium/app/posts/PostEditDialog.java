package org.scriptorium.app.posts;

import atlantafx.base.theme.Styles;
import javafx.event.ActionEvent;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.scriptorium.app.common.Dialogs;
import org.scriptorium.core.scheduling.ScheduledPost;

/**
 * Edits a planned post's text. Save checks it against its network first; when the network would refuse it the
 * dialog stays open with the reason and the stored post is unchanged.
 */
final class PostEditDialog {
    private PostEditDialog() {
    }

    static void open(Window owner, ScheduledPost post, String account, PostsViewModel model) {
        Dialog<ButtonType> dialog = new Dialog<>();
        Dialogs.prepare(dialog, owner, 620);
        dialog.setTitle("Edit post");
        dialog.setHeaderText(account + (post.plannedLocal() == null ? "" : " · " + QueueViewModel.when(post)));
        TextArea text = new TextArea(post.text());
        text.setId("editPostText");
        text.setWrapText(true);
        text.setPrefRowCount(8);
        Label refused = new Label();
        refused.setId("editPostRefused");
        refused.setWrapText(true);
        refused.getStyleClass().add(Styles.DANGER);
        refused.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE); // every line of the reason, not an ellipsis
        refused.setMaxWidth(580);
        dialog.getDialogPane().setContent(new VBox(8, text, refused));
        ButtonType save = new ButtonType("Save", javafx.scene.control.ButtonBar.ButtonData.OK_DONE);
        dialog.getDialogPane().getButtonTypes().setAll(save, ButtonType.CANCEL);
        Button saveButton = (Button) dialog.getDialogPane().lookupButton(save);
        saveButton.setId("editPostSave");
        saveButton.disableProperty().bind(text.textProperty().isEmpty());
        // The dialog closes only once the store took the text; a refusal keeps it open to be mended.
        saveButton.addEventFilter(ActionEvent.ACTION, event -> {
            event.consume();
            refused.setText("");
            saveButton.disableProperty().unbind();
            saveButton.setDisable(true); // one save at a time
            model.edit(post, text.getText(), () -> {
                dialog.setResult(save);
                dialog.close();
            }, reason -> {
                refused.setText(reason);
                saveButton.disableProperty().bind(text.textProperty().isEmpty());
            });
        });
        dialog.show();
    }
}
