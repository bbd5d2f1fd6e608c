package org.scriptorium.core.writing.ai;

import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * Passes streamed text on and notes how long the first piece took, counted from when this sink was made: the
 * wait a user feels before the answer starts, which the latency of a whole answer hides.
 */
public final class TimedSink implements TokenSink {
    private final TokenSink next;
    private final long started = System.nanoTime();
    private volatile long firstPiece = -1;

    public TimedSink(TokenSink next) {
        this.next = Objects.requireNonNull(next, "next");
    }

    @Override
    public void accept(String text) {
        if (firstPiece < 0 && text != null && !text.isEmpty()) {
            firstPiece = System.nanoTime();
        }
        next.accept(text);
    }

    /** Empty until text has arrived. */
    public Optional<Duration> timeToFirstToken() {
        long first = firstPiece;
        return first < 0 ? Optional.empty() : Optional.of(Duration.ofNanos(first - started));
    }
}
