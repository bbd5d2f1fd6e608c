package org.scriptorium.app.common;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Consumer;

/** Runs work at once on the calling thread; delayed actions wait until {@link #runDelayed()}. For tests. */
public final class DirectTaskRunner implements TaskRunner {
    private final List<Runnable> delayed = new ArrayList<>();

    @Override
    public <T> void run(Callable<T> work, Consumer<T> onSuccess, Consumer<Throwable> onError) {
        T result;
        try {
            result = work.call();
        } catch (Throwable failure) {
            onError.accept(failure);
            return;
        }
        onSuccess.accept(result);
    }

    @Override
    public void onUi(Runnable action) {
        action.run();
    }

    @Override
    public Cancellable later(long delayMillis, Runnable action) {
        delayed.add(action);
        return () -> delayed.remove(action);
    }

    /** Fires every pending delayed action, as if their time had come. */
    public void runDelayed() {
        List<Runnable> due = new ArrayList<>(delayed);
        delayed.clear();
        due.forEach(Runnable::run);
    }

    public int pendingDelayed() {
        return delayed.size();
    }
}
