package org.scriptorium.core.publishing;

import java.time.Instant;
import java.util.List;

/**
 * What is to be posted: the text as the user wrote it, its images, an optional first comment, and, for a network
 * that schedules natively, when it should go out (null: now).
 */
public record OutgoingPost(String text, List<PostImage> images, String firstComment, Instant publishAt) {
    public OutgoingPost {
        text = text == null ? "" : text;
        images = images == null ? List.of() : List.copyOf(images);
    }

    public static OutgoingPost text(String text) {
        return new OutgoingPost(text, List.of(), null, null);
    }
}
