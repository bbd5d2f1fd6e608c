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
        this(textId, message, dismiss, javafx.beans.binding.Bindings.createBooleanBinding(() -> false), () -> { });
    }

    /** With Undo beside the message while {@code canUndo} holds (a draft moved to the trash). */
    public MessageBar(String textId, ObservableStringValue message, Runnable dismiss, javafx.beans.value.ObservableBooleanValue canUndo,
                      Runnable undo) {
        Label text = new Label();
        text.setId(textId);
        text.setWrapText(true);
        text.textProperty().bind(message);
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        Button close = new Button("Dismiss");
        close.getStyleClass().addAll(Styles.SMALL, Styles.FLAT);
        close.setOnAction(e -> dismiss.run());
        Button undoButton = new Button("Undo");
        undoButton.setId("undoMessage");
        undoButton.getStyleClass().add(Styles.SMALL);
        undoButton.setOnAction(e -> undo.run());
        undoButton.visibleProperty().bind(javafx.beans.binding.Bindings.createBooleanBinding(canUndo::get, canUndo));
        undoButton.managedProperty().bind(undoButton.visibleProperty());
        getChildren().addAll(text, spacer, undoButton, close);
        setAlignment(Pos.CENTER_LEFT);
        getStyleClass().add("message-bar");
        visibleProperty().bind(javafx.beans.binding.Bindings.createBooleanBinding(
                () -> message.get() != null && !message.get().isEmpty(), message));
        managedProperty().bind(visibleProperty());
    }
}
