package org.scriptorium.core.writing.ai;

import java.time.Duration;
import java.util.Objects;

/**
 * How long a model call may stay silent. {@code firstByte} covers loading the model and reading the prompt,
 * up to the first byte of the answer's body; {@code idle} is the longest pause between two pieces after that.
 */
public record Timeouts(Duration connect, Duration firstByte, Duration idle) {
    public static final Timeouts DEFAULT = new Timeouts(Duration.ofSeconds(5), Duration.ofSeconds(60), Duration.ofSeconds(60));

    public Timeouts {
        Objects.requireNonNull(connect, "connect");
        Objects.requireNonNull(firstByte, "firstByte");
        Objects.requireNonNull(idle, "idle");
        if (connect.isNegative() || connect.isZero() || firstByte.isNegative() || firstByte.isZero()
                || idle.isNegative() || idle.isZero()) {
            throw new IllegalArgumentException("Timeouts must be positive: " + connect + ", " + firstByte + ", " + idle);
        }
    }
}
