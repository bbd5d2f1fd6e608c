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
        this(job, id, stopLabel, stopId, true);
    }

    /**
     * {@code withBar} false leaves the bar out: where the work shows itself (text streaming into the editor), an
     * animated bar only adds a repaint every frame, which made the window stutter under a software renderer.
     */
    public JobStrip(BackgroundJob job, String id, String stopLabel, String stopId, boolean withBar) {
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
        if (withBar) {
            getChildren().add(bar);
        }
        getChildren().addAll(message, cancel);
        setAlignment(Pos.CENTER_LEFT);
        visibleProperty().bind(job.runningProperty());
        managedProperty().bind(visibleProperty());
    }
}
