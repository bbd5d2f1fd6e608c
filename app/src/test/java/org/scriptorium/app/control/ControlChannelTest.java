package org.scriptorium.app.control;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.channels.ServerSocketChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** The window's channel with both ends in this JVM: a server on a temporary data directory and the clients of other starts. */
class ControlChannelTest {
    @TempDir
    Path dataDir;
    @TempDir
    Path callerFolder;
    private ControlServer server;

    @AfterEach
    void closeServer() {
        if (server != null) {
            server.close();
        }
    }

    @Test
    void aSecondStartBringsTheRunningWindowForwardWithItsFilesAndEnds() throws Exception {
        Window window = serve();
        Path file = Files.writeString(callerFolder.resolve("notes.md"), "# Notes");
        Path other = Files.writeString(callerFolder.resolve("more notes.md"), "# More");

        WindowStart start = WindowStart.claim(dataDir, List.of(file, other));

        assertThat(start).isInstanceOf(WindowStart.HandedOver.class);
        assertThat(window.activated.poll(10, TimeUnit.SECONDS)).isEqualTo(file + "\n" + other);
        assertThat(WindowStart.claim(dataDir, List.of())).isInstanceOf(WindowStart.HandedOver.class);
        assertThat(window.activated.poll(10, TimeUnit.SECONDS)).as("a start without a file only brings the window forward").isEmpty();
    }

    @Test
    void aCommandRunsInTheWindowWithTheCallersFolderEnvironmentAndInputAndEndsWithItsExitCode() throws Exception {
        serve();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int exitCode;
        try (ControlClient client = ControlClient.connect(dataDir).orElseThrow()) {
            exitCode = client.run(List.of("echo", "héllo", "wörld"), callerFolder, Map.of("GREETING", "hi"),
                    new ByteArrayInputStream("a secret line\n".getBytes(StandardCharsets.UTF_8)), out, err);
        }

        assertThat(exitCode).isEqualTo(3);
        assertThat(out.toString(StandardCharsets.UTF_8)).isEqualTo("héllo wörld\nin " + callerFolder + "\nhi\nread: a secret line\n");
        assertThat(err.toString(StandardCharsets.UTF_8)).isEqualTo("a warning\n");
    }

    @Test
    void aSocketLeftByAWindowThatCrashedMeansNoWindowRunsAndTheNextWindowTakesItsPlace() throws Exception {
        // A socket file nobody answers on: what a window killed mid-run leaves behind.
        Path socket = ControlFolder.of(dataDir).socket();
        ControlFolder.of(dataDir).createOwnerOnly();
        try (ServerSocketChannel crashed = ServerSocketChannel.open(StandardProtocolFamily.UNIX)) {
            crashed.bind(UnixDomainSocketAddress.of(socket));
        }
        assertThat(socket).exists();

        assertThat(ControlClient.connect(dataDir)).isEmpty();
        assertThat(ControlClient.windowRunning(dataDir)).isFalse();

        WindowStart start = WindowStart.claim(dataDir, List.of());
        assertThat(start).isInstanceOf(WindowStart.OpensWindow.class);
        server = ((WindowStart.OpensWindow) start).channel().orElseThrow();
        server.serve(new Window());
        assertThat(ControlClient.windowRunning(dataDir)).isTrue();
    }

    @Test
    void onlyOneWindowClaimsADataDirectoryUntilItCloses() throws Exception {
        server = ControlServer.bind(dataDir);

        assertThatThrownBy(() -> ControlServer.bind(dataDir)).isInstanceOf(WindowAlreadyRunning.class);

        server.close();
        assertThat(ControlFolder.of(dataDir).socket()).doesNotExist();
        server = ControlServer.bind(dataDir);
        server.serve(new Window());
        assertThat(ControlClient.windowRunning(dataDir)).isTrue();
    }

    @Test
    void theChannelsFolderLetsOnlyItsOwnerIn() throws Exception {
        assumeTrue(FileSystems.getDefault().supportedFileAttributeViews().contains("posix"), "POSIX permissions");
        Path folder = ControlFolder.of(dataDir).folder();
        Files.createDirectories(folder, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwxr-xr-x")));

        server = ControlServer.bind(dataDir);

        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(folder))).isEqualTo("rwx------");
    }

    @Test
    void aDataDirectoryTooDeepForASocketOpensItsWindowWithoutAChannel() throws Exception {
        Path deep = dataDir.resolve("a".repeat(ControlFolder.MAX_SOCKET_PATH_BYTES));

        WindowStart start = WindowStart.claim(deep, null);

        assertThat(start).isEqualTo(new WindowStart.OpensWindow(java.util.Optional.empty()));
        assertThat(ControlClient.connect(deep)).isEmpty();
    }

    private Window serve() throws IOException {
        server = ControlServer.bind(dataDir);
        Window window = new Window();
        server.serve(window);
        return window;
    }

    /** A window that records what it was asked to open and runs one command, {@code echo}, that uses every stream. */
    private static final class Window implements ControlRequests {
        final BlockingQueue<String> activated = new ArrayBlockingQueue<>(10);

        @Override
        public void activate(List<Path> files) {
            activated.add(String.join("\n", files.stream().map(Path::toString).toList()));
        }

        @Override
        public int run(RemoteCommand command) {
            PrintStream out = new PrintStream(command.stdout(), true, StandardCharsets.UTF_8);
            out.print(String.join(" ", command.args().subList(1, command.args().size())) + "\n");
            out.print("in " + command.workingDirectory() + "\n");
            out.print(command.environment().get("GREETING") + "\n");
            try {
                out.print("read: " + new BufferedReader(new InputStreamReader(command.stdin(), StandardCharsets.UTF_8)).readLine() + "\n");
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
            new PrintStream(command.stderr(), true, StandardCharsets.UTF_8).print("a warning\n");
            return 3;
        }
    }
}
