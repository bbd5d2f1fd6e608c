package org.scriptorium.app.control;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;

/**
 * Where the window of one data directory listens: a folder only this user may enter, holding the socket the window
 * answers on and the lock file that says which process owns it.
 */
public record ControlFolder(Path folder) {
    /**
     * The longest socket path every system takes: Linux allows 107 bytes, macOS 103. A data directory deeper than
     * that gets no channel, and its window and commands work as if none ran (decision 16).
     */
    static final int MAX_SOCKET_PATH_BYTES = 100;
    private static final Set<PosixFilePermission> OWNER_ONLY = PosixFilePermissions.fromString("rwx------");

    public static ControlFolder of(Path dataDir) {
        return new ControlFolder(dataDir.toAbsolutePath().normalize().resolve("control"));
    }

    Path socket() {
        return folder.resolve("window.sock");
    }

    Path lockFile() {
        return folder.resolve("window.lock");
    }

    /** False when the socket's path is too long for the system to bind it. */
    boolean usable() {
        return socket().toString().getBytes(StandardCharsets.UTF_8).length <= MAX_SOCKET_PATH_BYTES;
    }

    /** Creates the folder if needed and makes sure, where the system has POSIX permissions, that only its owner gets in. */
    void createOwnerOnly() throws IOException {
        boolean posix = FileSystems.getDefault().supportedFileAttributeViews().contains("posix");
        if (!posix) {
            Files.createDirectories(folder); // Windows: the user's profile folder is already the user's own
            return;
        }
        Files.createDirectories(folder.getParent());
        if (!Files.isDirectory(folder)) {
            try {
                Files.createDirectory(folder, PosixFilePermissions.asFileAttribute(OWNER_ONLY));
            } catch (java.nio.file.FileAlreadyExistsException raced) {
                // another start made it a moment ago; its permissions are checked below like any other
            }
        }
        // The umask may have taken bits away at creation, and an old folder may have been widened since.
        if (!Files.getPosixFilePermissions(folder).equals(OWNER_ONLY)) {
            Files.setPosixFilePermissions(folder, OWNER_ONLY);
        }
    }
}
