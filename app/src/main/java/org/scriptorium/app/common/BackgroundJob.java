package org.scriptorium.app.common;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.scriptorium.core.Progress;

import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * One long piece of work a view model runs at a time (a poll, a discovery, research): its progress and
 * message as properties a progress bar binds to, and a cancel that the work sees at its next safe point.
 */
public final class BackgroundJob {
    private final TaskRunner tasks;
    private final BooleanProperty running = new SimpleBooleanProperty(false);
    private final DoubleProperty fraction = new SimpleDoubleProperty(-1);
    private final StringProperty message = new SimpleStringProperty("");
    private AtomicBoolean cancelled = new AtomicBoolean();

    public BackgroundJob(TaskRunner tasks) {
        this.tasks = tasks;
    }

    /** Starts the work unless one is running; the callbacks run on the UI thread. Returns whether it started. */
    public <T> boolean start(String startMessage, Function<Progress, T> work, Consumer<T> onSuccess, Consumer<Throwable> onError) {
        if (running.get()) {
            return false;
        }
        AtomicBoolean flag = new AtomicBoolean();
        cancelled = flag;
        running.set(true);
        fraction.set(-1);
        message.set(startMessage);
        Progress progress = new Progress() {
            @Override
            public void update(double done, String text) {
                tasks.onUi(() -> {
                    fraction.set(done);
                    message.set(text);
                });
            }

            @Override
            public boolean isCancelled() {
                return flag.get();
            }
        };
        tasks.run(() -> work.apply(progress), result -> {
            running.set(false);
            onSuccess.accept(result);
        }, failure -> {
            running.set(false);
            onError.accept(failure);
        });
        return true;
    }

    public void cancel() {
        cancelled.set(true);
        message.set("Cancelling…");
    }

    public ReadOnlyBooleanProperty runningProperty() {
        return running;
    }

    public ReadOnlyDoubleProperty fractionProperty() {
        return fraction;
    }

    public ReadOnlyStringProperty messageProperty() {
        return message;
    }
}
