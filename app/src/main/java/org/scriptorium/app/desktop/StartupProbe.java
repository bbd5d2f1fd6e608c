package org.scriptorium.app.desktop;

import javafx.animation.PauseTransition;
import javafx.application.Platform;
import javafx.scene.image.WritableImage;
import javafx.stage.Stage;
import javafx.util.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.nio.file.Path;

/**
 * Hooks for the benchmark and screenshot scripts, inert unless their system property is set:
 * {@code scriptorium.startupProbe=exit} prints when the window is shown with its drafts loaded and quits;
 * {@code scriptorium.snapshot=FILE.png} saves a picture of the window once it has settled and quits.
 */
final class StartupProbe {
    private static final Logger LOG = LoggerFactory.getLogger(StartupProbe.class);
    private static boolean reported;

    private StartupProbe() {
    }

    static void ready(Stage stage, long uptimeMillis) {
        if (reported) {
            return;
        }
        reported = true;
        LOG.info("Drafts shown {} ms after JVM start", uptimeMillis);
        if ("exit".equals(System.getProperty("scriptorium.startupProbe"))) {
            // Reported after the next pulse, when the loaded list has been laid out and drawn.
            Platform.runLater(() -> {
                System.out.println("scriptorium-ready-ms=" + uptimeMillis);
                System.out.flush();
                Platform.exit();
            });
        }
        String snapshot = System.getProperty("scriptorium.snapshot");
        if (snapshot != null) {
            long settleMillis = Long.getLong("scriptorium.snapshotDelayMs", 2500);
            PauseTransition settle = new PauseTransition(Duration.millis(settleMillis));
            settle.setOnFinished(e -> {
                save(stage.getScene().snapshot(null), Path.of(snapshot));
                Platform.exit();
            });
            settle.play();
        }
    }

    static void save(WritableImage image, Path file) {
        try {
            org.scriptorium.app.common.Snapshots.savePng(image, file);
        } catch (IOException e) {
            LOG.error("Could not write the snapshot {}", file, e);
        }
    }
}
