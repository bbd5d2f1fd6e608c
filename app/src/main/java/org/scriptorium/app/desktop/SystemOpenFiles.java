package org.scriptorium.app.desktop;

import javafx.application.Platform;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.awt.Desktop;
import java.io.File;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;

/**
 * Files the system asks the running app to open. Windows and Linux start the app with the file as its argument (the
 * launcher hands it over); macOS starts it once and sends each file as an event, which JavaFX 25 passes on to AWT's
 * handler when it is set before the first window shows.
 */
final class SystemOpenFiles {
    private static final Logger LOG = LoggerFactory.getLogger(SystemOpenFiles.class);

    private SystemOpenFiles() {
    }

    /** On macOS, sends every file the system asks to open to {@code open}, on the FX thread. Elsewhere does nothing. */
    static void forward(Consumer<List<Path>> open) {
        if (!System.getProperty("os.name", "").toLowerCase(Locale.ROOT).contains("mac")) {
            return;
        }
        try {
            if (Desktop.isDesktopSupported() && Desktop.getDesktop().isSupported(Desktop.Action.APP_OPEN_FILE)) {
                Desktop.getDesktop().setOpenFileHandler(event -> {
                    List<Path> files = event.getFiles().stream().map(File::toPath).toList();
                    Platform.runLater(() -> open.accept(files));
                });
            }
        } catch (RuntimeException | LinkageError e) {
            LOG.warn("Files opened from the Finder cannot reach this window", e);
        }
    }
}
