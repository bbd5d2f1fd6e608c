package org.scriptorium.app;

import org.scriptorium.app.cli.Cli;
import org.scriptorium.app.control.ControlClient;
import org.scriptorium.app.control.WindowStart;
import org.scriptorium.app.desktop.DesktopApp;
import org.scriptorium.core.store.DataDirectory;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The one entry point: with no command it opens the window, with one Markdown file it opens the window on that file, with
 * a command it runs the CLI headless. Only the global option {@code --data-dir DIR} may come without a command. When a
 * window already runs on the data directory, a second window start brings it to the front (handing it the file), and a
 * command runs inside it; both are asked before anything of the store is loaded.
 */
public final class Launcher {
    private Launcher() {
    }

    public static void main(String[] args) {
        Path dataDir = DataDirectory.resolve(explicitDataDir(args));
        // Logback reads this when it first starts, so it must be set before anything logs.
        System.setProperty("scriptorium.logDir", dataDir.resolve("logs").toString());
        Path file = markdownFile(args);
        if (opensWindow(args) || file != null) {
            switch (WindowStart.claim(dataDir, file)) {
                case WindowStart.HandedOver _ -> System.exit(0);
                case WindowStart.OpensWindow opens -> DesktopApp.launch(dataDir, opens.channel(), file);
            }
            return;
        }
        Optional<ControlClient> window = ControlClient.connect(dataDir);
        System.exit(window.isPresent() ? runInWindow(window.get(), args) : Cli.execute(args));
    }

    private static int runInWindow(ControlClient window, String[] args) {
        try (window) {
            return window.run(List.of(args), Path.of(""), System.getenv(), System.in, System.out, System.err);
        } catch (IOException e) {
            System.err.println("scriptorium: the open window could not run the command: " + e.getMessage());
            return 1;
        }
    }

    /** True when the arguments are empty or only {@code --data-dir DIR}. */
    static boolean opensWindow(String[] args) {
        return args.length == 0
                || (args.length == 2 && args[0].equals("--data-dir"))
                || (args.length == 1 && args[0].startsWith("--data-dir="));
    }

    /**
     * The Markdown file to open when the arguments are one existing {@code .md} or {@code .markdown} file, after at most
     * the data directory (what a file manager's "Open with" passes); null otherwise, and then they are a command.
     */
    static Path markdownFile(String[] args) {
        int rest = args.length > 0 && args[0].startsWith("--data-dir=") ? 1 : args.length > 1 && args[0].equals("--data-dir") ? 2 : 0;
        if (args.length != rest + 1) {
            return null;
        }
        String name = args[rest].toLowerCase(Locale.ROOT);
        if (!name.endsWith(".md") && !name.endsWith(".markdown")) {
            return null;
        }
        try {
            Path file = Path.of(args[rest]);
            return Files.isRegularFile(file) ? file.toAbsolutePath().normalize() : null;
        } catch (InvalidPathException notAFile) {
            return null;
        }
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
