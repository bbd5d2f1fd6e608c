package org.scriptorium.benchmarks;

import javafx.animation.AnimationTimer;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;

import java.lang.management.ManagementFactory;

/**
 * The floor for cold start: a JavaFX window with one label and nothing else. Prints
 * {@code bare-ready-ms=<JVM uptime>} on the first pulse after the window is shown, then quits,
 * so bench/run can put the app's {@code scriptorium-ready-ms} next to it.
 */
public final class BareWindow extends Application {
    public static void main(String[] args) {
        launch(BareWindow.class, args);
    }

    @Override
    public void start(Stage stage) {
        stage.setScene(new Scene(new StackPane(new Label("Scriptorium")), 1280, 800));
        stage.setTitle("Bare window");
        stage.show();
        new AnimationTimer() {
            @Override
            public void handle(long now) {
                stop();
                System.out.println("bare-ready-ms=" + ManagementFactory.getRuntimeMXBean().getUptime());
                System.out.flush();
                Platform.exit();
            }
        }.start();
    }
}
