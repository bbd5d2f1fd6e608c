package org.scriptorium.app.common;

import javafx.animation.PauseTransition;
import javafx.application.Platform;
import javafx.util.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/** Work on virtual threads, results and failures back on the FX thread. */
public final class FxTaskRunner implements TaskRunner, AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(FxTaskRunner.class);
    private final ExecutorService executor = Executors.newThreadPerTaskExecutor(Thread.ofVirtual().name("studio-", 0).factory());

    @Override
    public <T> void run(Callable<T> work, Consumer<T> onSuccess, Consumer<Throwable> onError) {
        if (executor.isShutdown()) {
            // The window is closing: a timer that fires now (a preview refresh, a schedule) has nothing left to do.
            LOG.debug("Background task dropped after shutdown");
            return;
        }
        executor.execute(() -> {
            try {
                T result = work.call();
                Platform.runLater(() -> onSuccess.accept(result));
            } catch (Throwable failure) {
                LOG.warn("Background task failed", failure);
                Platform.runLater(() -> onError.accept(failure));
            }
        });
    }

    @Override
    public void onUi(Runnable action) {
        Platform.runLater(action);
    }

    @Override
    public Cancellable later(long delayMillis, Runnable action) {
        PauseTransition pause = new PauseTransition(Duration.millis(delayMillis));
        pause.setOnFinished(e -> {
            if (!executor.isShutdown()) {
                action.run();
            }
        });
        pause.play();
        return pause::stop;
    }

    /** Lets running work (a last save) finish before the process ends. */
    @Override
    public void close() {
        executor.shutdown();
        try {
            if (!executor.awaitTermination(10, TimeUnit.SECONDS)) {
                LOG.warn("Background work still running at exit");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
