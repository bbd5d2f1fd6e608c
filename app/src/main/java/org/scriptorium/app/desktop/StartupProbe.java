package org.scriptorium.app.desktop;

import javafx.animation.PauseTransition;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.image.WritableImage;
import javafx.stage.Stage;
import javafx.util.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Path;

/**
 * Hooks for the benchmark and screenshot scripts, inert unless their system property is set:
 * {@code scriptorium.startupProbe=exit} prints when a frame showing the drafts has been drawn and quits (also set by
 * the environment variable {@code SCRIPTORIUM_STARTUP_PROBE=exit}, which reaches an installed app, whose launcher
 * takes no JVM options from its caller);
 * {@code scriptorium.snapshot=FILE.png} saves a picture of the window once it has settled and quits.
 */
final class StartupProbe {
    private static final Logger LOG = LoggerFactory.getLogger(StartupProbe.class);
    private static boolean reported;

    private StartupProbe() {
    }

    /** Called when the first drafts have been handed to the list, before they are styled, laid out and drawn. */
    static void ready(Stage stage, long uptimeMillis) {
        if (reported) {
            return;
        }
        reported = true;
        LOG.info("Drafts handed to the list {} ms after JVM start", uptimeMillis);
        if ("exit".equals(System.getProperty("scriptorium.startupProbe", System.getenv("SCRIPTORIUM_STARTUP_PROBE")))) {
            // Ready is when the user sees the drafts: a frame with a draft's row in it rendered (see decision 5).
            FirstFrame.whenRendered(stage.getScene(), () -> draftRow(stage.getScene()), row -> {
                long shown = ManagementFactory.getRuntimeMXBean().getUptime();
                LOG.info("First frame showing the drafts drawn {} ms after JVM start", shown);
                System.out.println("scriptorium-ready-ms=" + shown);
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

    /** A laid-out row of the visible drafts list with a draft in it; the list itself when it has none (it says so). */
    private static Node draftRow(Scene scene) {
        if (!(scene.lookup("#draftList") instanceof ListView<?> list) || !shown(list)) {
            return null;
        }
        if (list.getItems().isEmpty()) {
            return list;
        }
        for (Node node : list.lookupAll(".list-cell")) {
            if (node instanceof ListCell<?> cell && !cell.isEmpty() && cell.getHeight() > 0 && shown(cell)) {
                return cell;
            }
        }
        return null;
    }

    private static boolean shown(Node node) {
        for (Node n = node; n != null; n = n.getParent()) {
            if (!n.isVisible()) {
                return false;
            }
        }
        return node.getLayoutBounds().getHeight() > 0;
    }

    static void save(WritableImage image, Path file) {
        try {
            org.scriptorium.app.common.Snapshots.savePng(image, file);
        } catch (IOException e) {
            LOG.error("Could not write the snapshot {}", file, e);
        }
    }
}
