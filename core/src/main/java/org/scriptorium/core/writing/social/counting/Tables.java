package org.scriptorium.core.writing.social.counting;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * The lists the counting reads exactly as the networks' own libraries have them (top-level domains, emoji sequences),
 * kept as resources next to this class; tools/counting-corpus writes them from the pinned reference packages.
 */
final class Tables {
    private Tables() {
    }

    /** The non-empty lines of a resource next to this class. */
    static List<String> lines(String name) {
        try (InputStream in = Tables.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("The counting table " + name + " is missing from the build.");
            }
            return new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines().filter(l -> !l.isBlank()).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
