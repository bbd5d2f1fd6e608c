package org.scriptorium.benchmarks;

import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.scriptorium.app.desktop.FirstFrame;

import java.lang.management.ManagementFactory;

/**
 * The floor for cold start: a JavaFX window with one label and nothing else. Prints
 * {@code bare-ready-ms=<JVM uptime>} once a frame showing the label has been rendered, timed as the app's
 * {@code scriptorium-ready-ms} is (both through {@link FirstFrame}), then quits.
 */
public final class BareWindow extends Application {
    public static void main(String[] args) {
        launch(BareWindow.class, args);
    }

    @Override
    public void start(Stage stage) {
        Label label = new Label("Scriptorium");
        stage.setScene(new Scene(new StackPane(label), 1280, 800));
        stage.setTitle("Bare window");
        stage.show();
        FirstFrame.whenRendered(stage.getScene(), () -> label.getWidth() > 0 ? label : null, shown -> {
            System.out.println("bare-ready-ms=" + ManagementFactory.getRuntimeMXBean().getUptime());
            System.out.flush();
            Platform.exit();
        });
    }
}
