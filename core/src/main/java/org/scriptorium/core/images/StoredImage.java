package org.scriptorium.core.images;

import java.nio.file.Path;

/** An image kept in the library: named by the SHA-256 of its bytes, so the same picture is stored once. */
public record StoredImage(String hash, String mediaType, int width, int height, long bytes, Path path) {
}
