package org.scriptorium.app;

import org.scriptorium.app.cli.Cli;
import org.scriptorium.app.cli.CliTraining;
import org.scriptorium.app.control.ControlClient;
import org.scriptorium.app.control.WindowStart;
import org.scriptorium.app.desktop.DesktopApp;
import org.scriptorium.core.store.DataDirectory;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The one entry point: with no command it opens the window, with Markdown files it opens the window on them, with a
 * command it runs the CLI headless. Only the global option {@code --data-dir DIR} may come without a command, and
 * Markdown files: what a file manager passes when the user opens {@code .md} files with Scriptorium. When a window
 * already runs on the data directory, a second window start brings it to the front (handing it the files), and a
 * command runs inside it; both are asked before anything of the store is loaded.
 */
public final class Launcher {
    private Launcher() {
    }

    /** Set (to an empty folder) for the packaging's training run of the CLI's ahead-of-time cache. */
    static final String CLI_TRAINING = "scriptorium.cliTraining";
    /**
     * Set in the installed CLI launcher's options: the window's own launcher. The CLI's JVM is tuned for a command of a
     * second (quick compiler, small heap, its own cache), so a window asked of it is started by the window's launcher.
     */
    static final String WINDOW_LAUNCHER = "scriptorium.windowLauncher";

    public static void main(String[] args) {
        String training = System.getProperty(CLI_TRAINING);
        if (training != null) {
            CliTraining.main(new String[]{training});
            return;
        }
        if (args.length > 0 && args[0].equals("worker")) {
            // Headless and on its own: no data directory, never handed to a window, its log in JSON lines on stdout.
            org.scriptorium.app.cli.JsonLog.toStdout();
            System.exit(Cli.execute(args));
        }
        Path dataDir = DataDirectory.resolve(explicitDataDir(args));
        // Logback reads this when it first starts, so it must be set before anything logs.
        System.setProperty("scriptorium.logDir", dataDir.resolve("logs").toString());
        List<Path> markdownFiles = markdownFilesToOpen(args);
        String windowLauncher = System.getProperty(WINDOW_LAUNCHER);
        if (markdownFiles != null && windowLauncher != null) {
            System.exit(startWindowLauncher(Path.of(windowLauncher), args));
        }
        if (markdownFiles != null) {
            switch (WindowStart.claim(dataDir, markdownFiles)) {
                case WindowStart.HandedOver _ -> System.exit(0);
                case WindowStart.OpensWindow opens -> DesktopApp.launch(dataDir, opens.channel(), markdownFiles);
            }
            return;
        }
        Optional<ControlClient> window = ControlClient.connect(dataDir);
        System.exit(window.isPresent() ? runInWindow(window.get(), args) : Cli.execute(args));
    }

    /** Starts the window's launcher with these arguments and returns at once: the window lives on after this process. */
    private static int startWindowLauncher(Path launcher, String[] args) {
        List<String> command = new ArrayList<>(List.of(launcher.normalize().toString()));
        command.addAll(List.of(args));
        try {
            ProcessBuilder window = new ProcessBuilder(command).inheritIO();
            // Set by the jpackage launcher that started this JVM: a launcher that finds it takes its arguments for JVM options.
            window.environment().remove("_JPACKAGE_LAUNCHER");
            window.start();
            return 0;
        } catch (IOException e) {
            System.err.println("scriptorium: the window could not be started (" + launcher + "): " + e.getMessage());
            return 1;
        }
    }

    private static int runInWindow(ControlClient window, String[] args) {
        try (window) {
            return window.run(List.of(args), Path.of(""), System.getenv(), System.in, System.out, System.err);
        } catch (IOException e) {
            System.err.println("scriptorium: the open window could not run the command: " + e.getMessage());
            return 1;
        }
    }

    /** True when the arguments open the window: none, only {@code --data-dir DIR}, or Markdown files to open. */
    static boolean opensWindow(String[] args) {
        return markdownFilesToOpen(args) != null;
    }

    /**
     * The Markdown files to open in the window (empty: just the window), or null when the arguments are a command.
     * A file counts when it ends in {@code .md} or {@code .markdown} and exists: anything else is left to the CLI,
     * which names an unknown command or a missing file.
     */
    static List<Path> markdownFilesToOpen(String[] args) {
        List<Path> files = new ArrayList<>();
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            if (arg.equals("--data-dir") && i + 1 < args.length) {
                i++;
            } else if (!arg.startsWith("--data-dir=")) {
                if (!isMarkdownFile(arg)) {
                    return null;
                }
                files.add(Path.of(arg).toAbsolutePath().normalize());
            }
        }
        return files;
    }

    private static boolean isMarkdownFile(String arg) {
        String name = arg.toLowerCase(Locale.ROOT);
        if (!name.endsWith(".md") && !name.endsWith(".markdown")) {
            return false;
        }
        try {
            return Files.isRegularFile(Path.of(arg));
        } catch (InvalidPathException e) {
            return false;
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
