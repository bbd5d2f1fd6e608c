package org.scriptorium.core.writing.social.counting;

import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;

/**
 * Runs a pattern search again on a thread with a deep stack when the caller's stack runs out. Java's regular
 * expressions recurse once per repetition of a group, so a text no network would take ("a." three thousand times, a
 * path of a thousand bracket pairs) can overflow an ordinary stack where the networks' JavaScript reads it whole; the
 * retry gives the same answer instead of an error.
 */
final class DeepStack {
    private static final long STACK_BYTES = 1L << 30;

    private DeepStack() {
    }

    static <T> T call(Supplier<T> search) {
        try {
            return search.get();
        } catch (StackOverflowError tooDeep) {
            AtomicReference<T> result = new AtomicReference<>();
            AtomicReference<Throwable> failure = new AtomicReference<>();
            Thread deep = new Thread(null, () -> {
                try {
                    result.set(search.get());
                } catch (Throwable t) {
                    failure.set(t);
                }
            }, "deep-pattern-search", STACK_BYTES);
            deep.start();
            try {
                deep.join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("Interrupted while reading a very long text.", e);
            }
            if (failure.get() instanceof RuntimeException e) {
                throw e;
            }
            if (failure.get() != null) {
                throw new IllegalStateException("A text too deeply nested to read.", failure.get());
            }
            return result.get();
        }
    }
}
