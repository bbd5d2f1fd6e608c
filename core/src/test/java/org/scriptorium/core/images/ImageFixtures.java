package org.scriptorium.core.images;

import mockwebserver3.MockResponse;
import okio.Buffer;
import org.scriptorium.core.Progress;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicBoolean;

/** Fixture files under images/ and the small answers the provider tests build from them. */
final class ImageFixtures {
    private ImageFixtures() {
    }

    static byte[] bytes(String name) {
        try (InputStream in = ImageFixtures.class.getResourceAsStream("/images/" + name)) {
            if (in == null) {
                throw new IllegalArgumentException("No fixture images/" + name);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String text(String name) {
        return new String(bytes(name), StandardCharsets.UTF_8);
    }

    static MockResponse json(int code, String fixture) {
        return new MockResponse.Builder().code(code).setHeader("Content-Type", "application/json").body(text(fixture)).build();
    }

    static MockResponse png(byte[] bytes) {
        return new MockResponse.Builder().setHeader("Content-Type", "image/png").body(new Buffer().write(bytes)).build();
    }

    /** A Cancel button: pressed from another thread while the call runs. */
    static final class CancelButton implements Progress {
        private final AtomicBoolean pressed = new AtomicBoolean();

        void press() {
            pressed.set(true);
        }

        @Override
        public void update(double fraction, String message) {
        }

        @Override
        public boolean isCancelled() {
            return pressed.get();
        }
    }
}
