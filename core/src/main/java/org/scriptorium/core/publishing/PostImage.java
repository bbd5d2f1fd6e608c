package org.scriptorium.core.publishing;

import java.nio.file.Path;
import java.util.Locale;

/** An image to attach to a post: the file and the text a screen reader says for it. */
public record PostImage(Path file, String altText) {
    public String mimeType() {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.endsWith(".png")) {
            return "image/png";
        }
        if (name.endsWith(".gif")) {
            return "image/gif";
        }
        if (name.endsWith(".webp")) {
            return "image/webp";
        }
        return "image/jpeg";
    }
}
