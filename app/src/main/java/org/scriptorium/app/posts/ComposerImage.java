package org.scriptorium.app.posts;

import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.scriptorium.core.publishing.PostImage;

import java.nio.file.Path;

/** An image the composer will attach, with the alt text the user is still typing. */
public final class ComposerImage {
    private final Path file;
    private final StringProperty altText;

    public ComposerImage(Path file, String altText) {
        this.file = file.toAbsolutePath();
        this.altText = new SimpleStringProperty(altText == null ? "" : altText);
    }

    public Path file() {
        return file;
    }

    public StringProperty altTextProperty() {
        return altText;
    }

    PostImage toPostImage() {
        return new PostImage(file, altText.get().strip());
    }
}
