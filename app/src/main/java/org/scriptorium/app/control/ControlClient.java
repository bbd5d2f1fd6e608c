package org.scriptorium.app.control;

import org.scriptorium.app.control.ControlProtocol.Connection;
import org.scriptorium.app.control.ControlProtocol.Frame;
import org.scriptorium.app.control.ControlProtocol.Payload;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A second start's end of the channel: it finds the window that runs on a data directory and hands it a file to open
 * or a command line to run. Loads nothing of the store (and logs nothing), so that asking costs milliseconds.
 */
public final class ControlClient implements AutoCloseable {
    private final Connection connection;

    private ControlClient(SocketChannel channel) {
        this.connection = new Connection(channel);
    }

    /** The window running on this data directory, connected; empty when none runs (a socket left by a crash counts as none). */
    public static Optional<ControlClient> connect(Path dataDir) {
        ControlFolder folder = ControlFolder.of(dataDir);
        if (!folder.usable() || !Files.exists(folder.socket())) {
            return Optional.empty();
        }
        try {
            SocketChannel channel = SocketChannel.open(StandardProtocolFamily.UNIX);
            try {
                channel.connect(UnixDomainSocketAddress.of(folder.socket()));
            } catch (IOException refused) {
                channel.close();
                return Optional.empty();
            }
            return Optional.of(new ControlClient(channel));
        } catch (IOException | UnsupportedOperationException noUnixSockets) {
            return Optional.empty();
        }
    }

    /** True when a window answers on this data directory. */
    public static boolean windowRunning(Path dataDir) {
        Optional<ControlClient> window = connect(dataDir);
        if (window.isEmpty()) {
            return false;
        }
        try (ControlClient client = window.get()) {
            client.connection.send(ControlProtocol.PING, new Payload().integer(ControlProtocol.VERSION).bytes());
            Frame answer = client.connection.receive();
            return answer != null && answer.type() == ControlProtocol.DONE;
        } catch (IOException closedMeanwhile) {
            return false;
        }
    }

    /** Brings the window to the front, handing it Markdown {@code files} (maybe none) to open. */
    public void activate(List<Path> files) throws IOException {
        connection.send(ControlProtocol.ACTIVATE, new Payload().integer(ControlProtocol.VERSION)
                .texts(files.stream().map(file -> file.toAbsolutePath().normalize().toString()).toList()).bytes());
        Frame answer = connection.receive();
        if (answer == null || answer.type() != ControlProtocol.DONE) {
            throw new IOException("The window did not take the request");
        }
    }

    /**
     * Runs a command line in the window and copies its output to {@code stdout} and {@code stderr} as it comes, reading
     * {@code stdin} when the command asks for input. Returns the command's exit code.
     */
    public int run(List<String> args, Path workingDirectory, Map<String, String> environment,
                   InputStream stdin, OutputStream stdout, OutputStream stderr) throws IOException {
        List<String> variables = environment.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue()).toList();
        connection.send(ControlProtocol.RUN, new Payload().integer(ControlProtocol.VERSION)
                .text(workingDirectory.toAbsolutePath().toString()).texts(args).texts(variables).bytes());
        while (true) {
            Frame frame = connection.receive();
            if (frame == null) {
                stderr.write("scriptorium: the window closed before the command finished.\n".getBytes(StandardCharsets.UTF_8));
                stderr.flush();
                return 1;
            }
            switch (frame.type()) {
                case ControlProtocol.OUT -> copy(frame.payload(), stdout);
                case ControlProtocol.ERR -> copy(frame.payload(), stderr);
                case ControlProtocol.WANTS_INPUT -> {
                    byte[] buffer = new byte[Math.min(frame.read().integer(), 64 * 1024)];
                    int read = stdin.read(buffer);
                    connection.send(ControlProtocol.INPUT, read <= 0 ? new byte[0] : java.util.Arrays.copyOf(buffer, read));
                }
                case ControlProtocol.EXIT -> {
                    return frame.read().integer();
                }
                default -> throw new IOException("The window sent a frame this client does not know: " + (char) frame.type());
            }
        }
    }

    private static void copy(byte[] bytes, OutputStream to) throws IOException {
        to.write(bytes);
        to.flush();
    }

    @Override
    public void close() throws IOException {
        connection.close();
    }
}
