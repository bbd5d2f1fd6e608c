package org.scriptorium.app.desktop;

import java.nio.file.Path;

/** Placeholder until the window lands. */
public final class DesktopApp {
    private DesktopApp() {
    }

    public static void launch(Path dataDir) {
        throw new UnsupportedOperationException("The window is not built yet.");
    }
}
