package org.scriptorium.app.cli;

import org.scriptorium.app.control.ControlRequests;
import org.scriptorium.app.control.ControlServer;
import org.scriptorium.app.control.RemoteCommand;
import org.scriptorium.core.Studio;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;

/**
 * The window as other starts meet it, without a window: it holds the studio open, answers on the data directory's
 * channel, runs the commands it is handed on its studio (as the window does) and notes the files it is asked to open.
 */
final class WindowStandIn implements ControlRequests, AutoCloseable {
    final Studio studio;
    final BlockingQueue<Path> opened = new LinkedBlockingQueue<>();
    private final ControlServer channel;

    WindowStandIn(Path dataDir) throws IOException {
        studio = Studio.open(dataDir);
        try {
            channel = ControlServer.bind(dataDir);
        } catch (IOException | RuntimeException e) {
            studio.close();
            throw e;
        }
        channel.serve(this);
    }

    @Override
    public void activate(List<Path> files) {
        opened.addAll(files);
    }

    @Override
    public int run(RemoteCommand command) {
        return Cli.execute(command.args().toArray(String[]::new),
                new PrintWriter(new OutputStreamWriter(command.stdout(), StandardCharsets.UTF_8)),
                new PrintWriter(new OutputStreamWriter(command.stderr(), StandardCharsets.UTF_8)),
                command.environment(), CliHost.window(studio, command.workingDirectory(), command.stdin()));
    }

    @Override
    public void close() {
        channel.close();
        studio.close();
    }
}
