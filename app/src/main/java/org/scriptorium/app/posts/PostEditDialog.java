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
 * Edits a planned post's text, counted as its network counts while typing and shown as its feed shows it, as in the
 * composer. Save checks it against its network first; when the network would refuse it the dialog stays open with
 * the reason and the stored post is unchanged.
 */
final class PostEditDialog {
    private PostEditDialog() {
    }

    private static final javafx.css.PseudoClass OVER = javafx.css.PseudoClass.getPseudoClass("over-limit");

    /** {@code from}: the post's account (null once disconnected: then no count or preview). */
    static void open(Window owner, ScheduledPost post, String account, org.scriptorium.core.accounts.Account from, PostsViewModel model) {
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
        VBox content = new VBox(8, text);
        if (from != null) {
            content.getChildren().add(countAndPreview(text, from));
        }
        content.getChildren().add(refused);
        dialog.getDialogPane().setContent(content);
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

    /** The live count against the post's network, and the post as its feed will show it, kept up to date. */
    private static javafx.scene.Node countAndPreview(TextArea text, org.scriptorium.core.accounts.Account from) {
        ComposerCounts counts = new ComposerCounts();
        Label count = new Label("", org.scriptorium.app.common.AccountPicture.network(from.network()));
        count.setId("editPostCount");
        count.getStyleClass().add("post-count");
        org.scriptorium.app.writing.PostPreviewCard card = new org.scriptorium.app.writing.PostPreviewCard("");
        card.setId("editPostPreview");
        card.setAuthor(from);
        Runnable redraw = () -> {
            String written = text.getText() == null ? "" : text.getText();
            counts.recount(java.util.Map.of(from.network().platform(), written));
            count.setText(counts.summaryProperty().get());
            count.pseudoClassStateChanged(OVER, !counts.fitsProperty().get());
            card.show(org.scriptorium.core.writing.social.PostPreview.of(from.network().platform(), written), null);
        };
        text.textProperty().addListener((o, a, b) -> redraw.run());
        redraw.run();
        return new VBox(8, count, card);
    }
}
