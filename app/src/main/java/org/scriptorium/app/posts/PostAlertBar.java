package org.scriptorium.app.posts;

import atlantafx.base.theme.Styles;
import javafx.beans.binding.Bindings;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;

/** The line above every area when a post needs the user: what happened and why, with Retry, Edit and Dismiss. */
public final class PostAlertBar extends HBox {
    public PostAlertBar(PostAlertsViewModel model) {
        Label text = new Label();
        text.setId("postAlertText");
        text.setWrapText(true);
        text.getStyleClass().add(Styles.DANGER);
        text.textProperty().bind(model.messageProperty());
        text.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(text, Priority.ALWAYS);
        Button retry = button("Retry", "postAlertRetry", model::retry);
        retry.getStyleClass().add(Styles.ACCENT);
        Button edit = button("Edit", "postAlertEdit", model::edit);
        retry.disableProperty().bind(model.shownProperty().isNull());
        edit.disableProperty().bind(model.shownProperty().isNull());
        Button dismiss = button("Dismiss", "postAlertDismiss", model::dismiss);
        dismiss.getStyleClass().add(Styles.FLAT);
        getChildren().addAll(text, retry, edit, dismiss);
        setSpacing(6);
        setAlignment(Pos.CENTER_LEFT);
        getStyleClass().add("message-bar");
        visibleProperty().bind(Bindings.isNotEmpty(model.messageProperty()));
        managedProperty().bind(visibleProperty());
    }

    private static Button button(String text, String id, Runnable action) {
        Button button = new Button(text);
        button.setId(id);
        button.getStyleClass().add(Styles.SMALL);
        button.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE); // the message wraps; the buttons keep their words
        button.setOnAction(e -> action.run());
        return button;
    }
}
