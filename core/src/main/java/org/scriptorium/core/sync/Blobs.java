package org.scriptorium.core.sync;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import org.scriptorium.core.images.ImageLibrary;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Images as content-addressed blobs (decision 19): a record names an image by the SHA-256 of its bytes, the bytes go
 * to the hub once (whichever device has them first), and a device that lacks them fetches them into its own image
 * library. A post's media, a list of local files, travels as hashes and comes back as this device's files.
 */
final class Blobs {
    private static final Logger LOG = LoggerFactory.getLogger(Blobs.class);
    private static final ObjectMapper JSON = new ObjectMapper();

    private final ImageLibrary library;
    private final Supplier<Hub> hub;

    Blobs(ImageLibrary library, Supplier<Hub> hub) {
        this.library = library;
        this.hub = hub;
    }

    /** A post's media as it syncs: each file as its hash (the file joins the library); a file that is gone stays a path. */
    String synced(String localMedia) {
        return convert(localMedia, entry -> {
            Path file = Path.of(entry.path("file").asText());
            if (!Files.isRegularFile(file)) {
                return entry;
            }
            try {
                String hash = library.store(Files.readAllBytes(file), null).hash();
                return JSON.createObjectNode().put("sha256", hash).put("alt", entry.path("alt").asText(""));
            } catch (IOException | RuntimeException e) {
                LOG.warn("An image of a post could not be read to sync it: {}", e.toString());
                return entry;
            }
        });
    }

    /** A post's media as this device keeps it: each hash as this library's file, fetched from the hub when missing. */
    String local(String syncedMedia) {
        return convert(syncedMedia, entry -> {
            if (!entry.has("sha256")) {
                return entry;
            }
            String hash = entry.get("sha256").asText();
            Path file = ensureLocal(hash).orElse(library.folder().resolve(hash.substring(0, 2)).resolve(hash));
            return JSON.createObjectNode().put("file", file.toString()).put("alt", entry.path("alt").asText(""));
        });
    }

    /** Every image hash a post's synced media names. */
    java.util.List<String> hashes(String syncedMedia) {
        java.util.List<String> hashes = new java.util.ArrayList<>();
        convert(syncedMedia, entry -> {
            if (entry.has("sha256")) {
                hashes.add(entry.get("sha256").asText());
            }
            return entry;
        });
        return hashes;
    }

    /** Sends an image's bytes to the hub unless it has them. */
    void upload(String hash) {
        if (hash == null || !library.contains(hash) || has(hash)) {
            return;
        }
        byte[] bytes = library.read(hash);
        String type = org.scriptorium.core.images.ImageBytes.mediaType(bytes);
        hub.get().inTransaction(connection -> {
            try (PreparedStatement insert = connection.prepareStatement(
                    "INSERT INTO hub_blobs (sha256, media_type, bytes, created_at) VALUES (?, ?, ?, now()) ON CONFLICT (sha256) DO NOTHING")) {
                insert.setString(1, hash);
                insert.setString(2, type == null ? "application/octet-stream" : type);
                insert.setBytes(3, bytes);
                insert.executeUpdate();
            }
            return null;
        });
    }

    /** This library's file for the image, fetched from the hub (and checked against its hash) when it lacks it. */
    Optional<Path> ensureLocal(String hash) {
        if (library.contains(hash)) {
            return Optional.of(library.path(hash));
        }
        byte[] bytes = hub.get().inTransaction(connection -> {
            try (PreparedStatement query = connection.prepareStatement("SELECT bytes FROM hub_blobs WHERE sha256 = ?")) {
                query.setString(1, hash);
                try (ResultSet row = query.executeQuery()) {
                    return row.next() ? row.getBytes(1) : null;
                }
            }
        });
        if (bytes == null || !ImageLibrary.sha256(bytes).equals(hash)) {
            LOG.warn("The image {} is not on the sync server (or not as named): it stays missing here", hash);
            return Optional.empty();
        }
        return Optional.of(library.store(bytes, null).path());
    }

    private boolean has(String hash) {
        return hub.get().inTransaction(connection -> {
            try (PreparedStatement query = connection.prepareStatement("SELECT 1 FROM hub_blobs WHERE sha256 = ?")) {
                query.setString(1, hash);
                try (ResultSet row = query.executeQuery()) {
                    return row.next();
                }
            }
        });
    }

    private static String convert(String media, java.util.function.UnaryOperator<JsonNode> each) {
        if (media == null || media.isBlank()) {
            return media;
        }
        try {
            ArrayNode converted = JSON.createArrayNode();
            for (JsonNode entry : JSON.readTree(media)) {
                converted.add(each.apply(entry));
            }
            return converted.toString();
        } catch (IOException e) {
            return media;
        }
    }
}
