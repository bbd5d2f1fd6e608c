package org.scriptorium.app.writing;

import atlantafx.base.theme.Styles;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.layout.HBox;

/** Shown above the editor while text streams in: who is writing, and Stop. */
public final class StreamingStrip extends HBox {
    public StreamingStrip(StreamingViewModel writing) {
        super(10);
        setId("streamingStrip");
        ProgressIndicator spinner = new ProgressIndicator();
        spinner.setPrefSize(16, 16);
        Label label = new Label();
        label.textProperty().bind(writing.job().messageProperty());
        Button stop = new Button("Stop");
        stop.setId("stopWriting");
        stop.getStyleClass().addAll(Styles.SMALL, Styles.DANGER);
        stop.setOnAction(e -> writing.cancel());
        getChildren().addAll(spinner, label, stop);
        setAlignment(Pos.CENTER_LEFT);
        setPadding(new Insets(6, 12, 6, 12));
        getStyleClass().add("message-bar");
        visibleProperty().bind(writing.job().runningProperty());
        managedProperty().bind(visibleProperty());
    }
}
