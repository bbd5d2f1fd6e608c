package org.scriptorium.app.common;

import atlantafx.base.theme.Styles;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.layout.HBox;

/** A progress bar, what the work is doing, and a button to stop it: shown only while the job runs. */
public final class JobStrip extends HBox {
    public JobStrip(BackgroundJob job, String id) {
        this(job, id, "Cancel", null);
    }

    public JobStrip(BackgroundJob job, String id, String stopLabel, String stopId) {
        super(8);
        setId(id);
        ProgressBar bar = new ProgressBar();
        bar.setPrefWidth(160);
        bar.progressProperty().bind(job.fractionProperty());
        Label message = new Label();
        message.getStyleClass().add(Styles.TEXT_MUTED);
        message.textProperty().bind(job.messageProperty());
        Button cancel = new Button(stopLabel);
        cancel.getStyleClass().addAll(Styles.SMALL);
        cancel.setId(stopId);
        cancel.setOnAction(e -> job.cancel());
        getChildren().addAll(bar, message, cancel);
        setAlignment(Pos.CENTER_LEFT);
        visibleProperty().bind(job.runningProperty());
        managedProperty().bind(visibleProperty());
    }
}
