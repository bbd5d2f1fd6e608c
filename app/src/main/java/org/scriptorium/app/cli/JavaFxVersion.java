package org.scriptorium.app.cli;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URL;
import java.util.Optional;
import java.util.Properties;

/**
 * The JavaFX version on the class or module path, read from the javafx.base jar without loading JavaFX classes,
 * so asking for it never starts the toolkit.
 */
final class JavaFxVersion {
    private static final String MARKER_CLASS = "javafx/beans/Observable.class";

    private JavaFxVersion() {
    }

    static Optional<String> find() {
        Optional<String> fromModule = ModuleLayer.boot().findModule("javafx.base")
                .flatMap(module -> module.getDescriptor().rawVersion());
        return fromModule.isPresent() ? fromModule : fromJar();
    }

    /** The javafx.base jar keeps {@code javafx.version} in a {@code javafx.properties} file at its root. */
    private static Optional<String> fromJar() {
        URL marker = JavaFxVersion.class.getClassLoader().getResource(MARKER_CLASS);
        if (marker == null || !marker.toString().startsWith("jar:")) {
            return Optional.empty();
        }
        String jar = marker.toString().substring(0, marker.toString().length() - MARKER_CLASS.length());
        try (InputStream in = URI.create(jar + "javafx.properties").toURL().openStream()) {
            Properties properties = new Properties();
            properties.load(in);
            return Optional.ofNullable(properties.getProperty("javafx.version"));
        } catch (IOException | IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
