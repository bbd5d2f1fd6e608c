package org.scriptorium.app.cli;

import org.scriptorium.core.Studio;

import java.io.InputStream;
import java.nio.file.Path;

/**
 * Where a command line runs. In its own process it reads this process's folder and stdin and opens the studio itself;
 * handed to the open window it reads the caller's folder and stdin (over the channel) and borrows the window's
 * studio, which it leaves open.
 */
public record CliHost(Path workingDirectory, InputStream stdin, Studio windowStudio) {
    public CliHost {
        workingDirectory = workingDirectory.toAbsolutePath().normalize();
    }

    /** This process: its current folder and stdin, and a studio the command opens and closes. */
    public static CliHost thisProcess() {
        return new CliHost(Path.of(""), System.in, null);
    }

    /** The open window: the caller's folder and stdin, and the window's studio. */
    public static CliHost window(Studio studio, Path callerFolder, InputStream callerStdin) {
        return new CliHost(callerFolder, callerStdin, studio);
    }

    boolean inWindow() {
        return windowStudio != null;
    }
}
