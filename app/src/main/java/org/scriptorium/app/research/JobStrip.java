package org.scriptorium.app.research;

import atlantafx.base.theme.Styles;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.layout.HBox;
import org.scriptorium.app.common.BackgroundJob;

/** A progress bar, what the work is doing, and Cancel: shown only while the job runs. */
final class JobStrip extends HBox {
    JobStrip(BackgroundJob job, String id) {
        super(8);
        setId(id);
        ProgressBar bar = new ProgressBar();
        bar.setPrefWidth(160);
        bar.progressProperty().bind(job.fractionProperty());
        Label message = new Label();
        message.getStyleClass().add(Styles.TEXT_MUTED);
        message.textProperty().bind(job.messageProperty());
        Button cancel = new Button("Cancel");
        cancel.getStyleClass().addAll(Styles.SMALL);
        cancel.setOnAction(e -> job.cancel());
        getChildren().addAll(bar, message, cancel);
        setAlignment(Pos.CENTER_LEFT);
        visibleProperty().bind(job.runningProperty());
        managedProperty().bind(visibleProperty());
    }
}
