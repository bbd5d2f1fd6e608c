package org.scriptorium.app.control;

import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * A command line another process handed to the window: its arguments, the folder and environment it was typed in, and
 * its standard streams, which reach back over the channel to the terminal that waits for them.
 */
public record RemoteCommand(List<String> args, Path workingDirectory, Map<String, String> environment,
                            InputStream stdin, OutputStream stdout, OutputStream stderr) {
    public RemoteCommand {
        args = List.copyOf(args);
        environment = Map.copyOf(environment);
    }
}
