package org.scriptorium.core.images;

import java.time.Duration;
import java.util.Objects;

/**
 * How long an image service may take: to accept the connection, and to finish the whole call. Generation is
 * slow (a minute is normal for the large models), so the default total is generous; tests pass short ones.
 */
public record ImageTimeouts(Duration connect, Duration total) {
    public static final ImageTimeouts DEFAULTS = new ImageTimeouts(Duration.ofSeconds(10), Duration.ofMinutes(3));

    public ImageTimeouts {
        Objects.requireNonNull(connect, "connect");
        Objects.requireNonNull(total, "total");
        if (connect.isNegative() || connect.isZero() || total.isNegative() || total.isZero()) {
            throw new IllegalArgumentException("Timeouts must be positive; got " + connect + " and " + total + ".");
        }
    }
}
