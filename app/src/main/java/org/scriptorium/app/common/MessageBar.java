package org.scriptorium.app.common;

import atlantafx.base.theme.Styles;
import javafx.beans.value.ObservableStringValue;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;

/** A line telling the user what just happened, with Dismiss; hidden while there is nothing to say. */
public final class MessageBar extends HBox {
    public MessageBar(String textId, ObservableStringValue message, Runnable dismiss) {
        Label text = new Label();
        text.setId(textId);
        text.setWrapText(true);
        text.textProperty().bind(message);
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        Button close = new Button("Dismiss");
        close.getStyleClass().addAll(Styles.SMALL, Styles.FLAT);
        close.setOnAction(e -> dismiss.run());
        getChildren().addAll(text, spacer, close);
        setAlignment(Pos.CENTER_LEFT);
        getStyleClass().add("message-bar");
        visibleProperty().bind(javafx.beans.binding.Bindings.createBooleanBinding(
                () -> message.get() != null && !message.get().isEmpty(), message));
        managedProperty().bind(visibleProperty());
    }
}
