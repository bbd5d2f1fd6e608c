package org.scriptorium.app.common;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/** Reads and writes {@link UiState} as JSON, via a temp file and a move so a crash never leaves half a file. */
public final class UiStateStore {
    private static final Logger LOG = LoggerFactory.getLogger(UiStateStore.class);
    private final ObjectMapper json = new ObjectMapper()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(SerializationFeature.INDENT_OUTPUT);
    private final Path file;

    public UiStateStore(Path dataDir) {
        this.file = dataDir.resolve("ui-state.json");
    }

    public UiState load() {
        if (!Files.exists(file)) {
            return new UiState();
        }
        try {
            return json.readValue(file.toFile(), UiState.class);
        } catch (IOException e) {
            LOG.warn("Window state in {} unreadable; starting with defaults", file, e);
            return new UiState();
        }
    }

    public void save(UiState state) {
        Path temp = file.resolveSibling(file.getFileName() + ".tmp");
        try {
            Files.createDirectories(file.getParent());
            json.writeValue(temp.toFile(), state);
            try {
                Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            LOG.warn("Could not save window state to {}", file, e);
        }
    }
}
