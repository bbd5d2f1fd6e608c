package org.scriptorium.app.common;

import java.util.concurrent.Callable;
import java.util.function.Consumer;

/**
 * Runs blocking work off the UI thread and hands the result back on it. View models depend on this
 * interface only, so tests drive them with {@link DirectTaskRunner} and no window.
 */
public interface TaskRunner {
    <T> void run(Callable<T> work, Consumer<T> onSuccess, Consumer<Throwable> onError);

    /** Runs {@code action} on the UI thread soon (at once in tests); safe to call from any thread. */
    void onUi(Runnable action);

    /** Runs {@code action} on the UI thread after {@code delayMillis}; returns a handle to cancel it. */
    Cancellable later(long delayMillis, Runnable action);

    interface Cancellable {
        void cancel();
    }
}
