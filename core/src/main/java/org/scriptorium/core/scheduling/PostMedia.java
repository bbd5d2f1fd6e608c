package org.scriptorium.core.scheduling;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import org.scriptorium.core.publishing.PostImage;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** A post's images as stored: the files (from the image library) and their alt text, as a small JSON list. */
final class PostMedia {
    private static final ObjectMapper JSON = new ObjectMapper();

    private PostMedia() {
    }

    static String write(List<PostImage> images) {
        ArrayNode list = JSON.createArrayNode();
        images.forEach(i -> list.addObject().put("file", i.file().toString()).put("alt", i.altText() == null ? "" : i.altText()));
        return list.toString();
    }

    static List<PostImage> read(String stored) {
        List<PostImage> images = new ArrayList<>();
        if (stored == null || stored.isBlank()) {
            return images;
        }
        try {
            for (JsonNode i : JSON.readTree(stored)) {
                images.add(new PostImage(Path.of(i.path("file").asText()), i.path("alt").asText("")));
            }
        } catch (IOException e) {
            throw new IllegalStateException("A post's stored media list is not readable", e);
        }
        return images;
    }
}
