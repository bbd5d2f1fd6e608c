package org.scriptorium.app.control;

import jdk.net.ExtendedSocketOptions;
import jdk.net.UnixDomainPrincipal;
import org.scriptorium.app.control.ControlProtocol.Connection;
import org.scriptorium.app.control.ControlProtocol.Frame;
import org.scriptorium.app.control.ControlProtocol.Payload;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The running window's end of the channel. {@link #bind} claims the channel of a data directory for this process (whoever
 * holds its lock file owns it, and the system lets go of the lock when a process dies); {@link #serve} then answers
 * each connection on a virtual thread of its own.
 */
public final class ControlServer implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(ControlServer.class);

    private final ControlFolder folder;
    private final FileChannel lockChannel;
    private final ServerSocketChannel server;
    private volatile boolean closed;
    /** Removes the socket when the process is ended from outside (a logout, a kill), so the next start finds it clean. */
    private final Thread atExit = Thread.ofPlatform().unstarted(this::close);

    private ControlServer(ControlFolder folder, FileChannel lockChannel, ServerSocketChannel server) {
        this.folder = folder;
        this.lockChannel = lockChannel;
        this.server = server;
        Runtime.getRuntime().addShutdownHook(atExit);
    }

    /**
     * Claims the channel of this data directory. Throws {@link WindowAlreadyRunning} when another process (or another
     * server of this one) holds it, and another {@link IOException} when the channel cannot be made here at all.
     */
    public static ControlServer bind(Path dataDir) throws IOException {
        ControlFolder folder = ControlFolder.of(dataDir);
        if (!folder.usable()) {
            throw new IOException("The data directory's path is too long for a local socket: " + folder.socket());
        }
        folder.createOwnerOnly();
        FileChannel lockChannel = FileChannel.open(folder.lockFile(), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
        try {
            FileLock lock;
            try {
                lock = lockChannel.tryLock();
            } catch (OverlappingFileLockException heldInThisProcess) {
                lock = null;
            }
            if (lock == null) {
                throw new WindowAlreadyRunning(dataDir);
            }
            // A socket file left by a window that crashed: its lock went with its process, so the file is ours to remove.
            Files.deleteIfExists(folder.socket());
            ServerSocketChannel server = ServerSocketChannel.open(StandardProtocolFamily.UNIX);
            try {
                server.bind(UnixDomainSocketAddress.of(folder.socket()));
            } catch (IOException | RuntimeException e) {
                server.close();
                throw e;
            }
            LOG.info("The window answers on {}", folder.socket());
            return new ControlServer(folder, lockChannel, server);
        } catch (IOException | RuntimeException e) {
            lockChannel.close(); // lets go of the lock, if it was taken
            throw e;
        }
    }

    /** Starts answering connections with {@code requests}; until then they wait in the socket's queue. */
    public void serve(ControlRequests requests) {
        Thread.ofVirtual().name("control-channel").start(() -> {
            while (!closed) {
                SocketChannel client;
                try {
                    client = server.accept();
                } catch (IOException e) {
                    if (!closed) {
                        LOG.error("The control channel stopped accepting connections", e);
                    }
                    return;
                }
                Thread.ofVirtual().name("control-client").start(() -> answer(client, requests));
            }
        });
    }

    private void answer(SocketChannel channel, ControlRequests requests) {
        try (Connection connection = new Connection(channel)) {
            if (!fromThisUser(channel)) {
                LOG.warn("Refused a control connection from another user");
                return;
            }
            Frame request = connection.receive();
            if (request == null) {
                return;
            }
            Payload.Reader payload = request.read();
            if (payload.integer() != ControlProtocol.VERSION) {
                fail(connection, "scriptorium: the open window runs another version of Scriptorium; close it and try again.");
                return;
            }
            switch (request.type()) {
                case ControlProtocol.PING -> connection.send(ControlProtocol.DONE, new byte[0]);
                case ControlProtocol.ACTIVATE -> {
                    requests.activate(payload.texts().stream().map(Path::of).toList());
                    connection.send(ControlProtocol.DONE, new byte[0]);
                }
                case ControlProtocol.RUN -> run(connection, payload, requests);
                default -> fail(connection, "scriptorium: the open window did not understand the request.");
            }
        } catch (IOException e) {
            // The client went away (Ctrl+C in its terminal) or sent something broken; the window carries on.
            LOG.info("A control connection ended early: {}", e.toString());
        }
    }

    private static void run(Connection connection, Payload.Reader payload, ControlRequests requests) throws IOException {
        Path workingDirectory = Path.of(payload.text());
        List<String> args = payload.texts();
        Map<String, String> environment = new HashMap<>();
        for (String entry : payload.texts()) {
            int equals = entry.indexOf('=');
            if (equals > 0) {
                environment.put(entry.substring(0, equals), entry.substring(equals + 1));
            }
        }
        RemoteCommand command = new RemoteCommand(args, workingDirectory, environment, new RemoteStreams.Input(connection),
                new RemoteStreams.Output(connection, ControlProtocol.OUT), new RemoteStreams.Output(connection, ControlProtocol.ERR));
        int exitCode;
        try {
            exitCode = requests.run(command);
        } catch (RuntimeException e) {
            LOG.error("A command handed to the window failed unexpectedly", e);
            connection.send(ControlProtocol.ERR, ("scriptorium: Unexpected error in the open window: " + e + "\n").getBytes(StandardCharsets.UTF_8));
            exitCode = 1;
        }
        connection.send(ControlProtocol.EXIT, new Payload().integer(exitCode).bytes());
    }

    private static void fail(Connection connection, String message) throws IOException {
        connection.send(ControlProtocol.ERR, (message + "\n").getBytes(StandardCharsets.UTF_8));
        connection.send(ControlProtocol.EXIT, new Payload().integer(1).bytes());
    }

    /** The folder already keeps others out; where the system names the peer (Linux, macOS) that is checked as well. */
    private boolean fromThisUser(SocketChannel channel) throws IOException {
        if (!channel.supportedOptions().contains(ExtendedSocketOptions.SO_PEERCRED)) {
            return true;
        }
        UnixDomainPrincipal peer = channel.getOption(ExtendedSocketOptions.SO_PEERCRED);
        return peer.user().getName().equals(Files.getOwner(folder.lockFile()).getName());
    }

    /** Stops answering, removes the socket and lets go of the channel, in that order, so a new window can claim it. */
    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        try {
            if (Thread.currentThread() != atExit) {
                Runtime.getRuntime().removeShutdownHook(atExit);
            }
        } catch (IllegalStateException exiting) {
            // the process is already ending: the hook runs and finds the work done
        }
        try {
            server.close();
            Files.deleteIfExists(folder.socket());
        } catch (IOException e) {
            LOG.warn("The control socket could not be removed; the next start removes it", e);
        } finally {
            try {
                lockChannel.close();
            } catch (IOException e) {
                LOG.warn("The control lock could not be released; it goes with this process", e);
            }
        }
    }
}
