package org.scriptorium.app;

import org.scriptorium.app.cli.Cli;
import org.scriptorium.app.desktop.DesktopApp;
import org.scriptorium.core.store.DataDirectory;

import java.nio.file.Path;

/**
 * The one entry point: with no command it opens the window, with a command it runs the CLI headless.
 * Only the global option {@code --data-dir DIR} may come without a command.
 */
public final class Launcher {
    private Launcher() {
    }

    public static void main(String[] args) {
        Path dataDir = DataDirectory.resolve(explicitDataDir(args));
        // Logback reads this when it first starts, so it must be set before anything logs.
        System.setProperty("scriptorium.logDir", dataDir.resolve("logs").toString());
        if (opensWindow(args)) {
            DesktopApp.launch(dataDir);
        } else {
            System.exit(Cli.execute(args));
        }
    }

    /** True when the arguments are empty or only {@code --data-dir DIR}. */
    static boolean opensWindow(String[] args) {
        return args.length == 0
                || (args.length == 2 && args[0].equals("--data-dir"))
                || (args.length == 1 && args[0].startsWith("--data-dir="));
    }

    static Path explicitDataDir(String[] args) {
        for (int i = 0; i < args.length; i++) {
            if (args[i].equals("--data-dir") && i + 1 < args.length) {
                return Path.of(args[i + 1]);
            }
            if (args[i].startsWith("--data-dir=")) {
                return Path.of(args[i].substring("--data-dir=".length()));
            }
            if (!args[i].startsWith("-")) {
                return null; // a global option only counts before the command
            }
        }
        return null;
    }
}
