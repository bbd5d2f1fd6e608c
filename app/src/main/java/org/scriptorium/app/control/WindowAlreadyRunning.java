package org.scriptorium.app.control;

import java.io.IOException;
import java.nio.file.Path;

/** Another process holds the channel of this data directory: its window runs, or is starting. */
public final class WindowAlreadyRunning extends IOException {
    public WindowAlreadyRunning(Path dataDir) {
        super("A Scriptorium window already runs on " + dataDir + ".");
    }
}
