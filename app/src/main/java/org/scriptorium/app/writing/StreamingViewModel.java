package org.scriptorium.app.writing;

import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.scriptorium.app.common.BackgroundJob;
import org.scriptorium.app.common.Messages;
import org.scriptorium.app.common.TaskRunner;
import org.scriptorium.core.Progress;
import org.scriptorium.core.writing.ai.TokenSink;

import java.util.function.BiFunction;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * Text written by a model (or the offline engine) streamed into the editor as it arrives: tokens come on a
 * worker thread and are handed to the editor at most once per frame, so the window never stutters; the job
 * can be cancelled, and the editor makes the whole of it one undo step when it ends.
 */
public final class StreamingViewModel {
    /** The editor side: what a view does with streamed text. */
    public interface Target {
        void begin();

        void append(String text);

        /** The stream ended; {@code finalText} replaces what was streamed when given (it may add references). */
        void end(String finalText);
    }

    private final TaskRunner tasks;
    private final BackgroundJob job;
    private final Consumer<String> tell;
    private final ReadOnlyStringWrapper writer = new ReadOnlyStringWrapper("");
    private final StringBuilder pending = new StringBuilder();
    private boolean flushScheduled;
    private Target target = new Target() {
        @Override
        public void begin() {
        }

        @Override
        public void append(String text) {
        }

        @Override
        public void end(String finalText) {
        }
    };

    public StreamingViewModel(TaskRunner tasks, Consumer<String> tell) {
        this.tasks = tasks;
        this.job = new BackgroundJob(tasks);
        this.tell = tell;
    }

    public void setTarget(Target target) {
        this.target = target;
    }

    /**
     * Runs the writing; {@code work} gets the sink to stream into and the progress to honour, and returns the
     * final text. Returns false when something is already being written.
     */
    public boolean start(Supplier<String> writerName, BiFunction<TokenSink, Progress, String> work, Consumer<String> onDone) {
        if (job.runningProperty().get()) {
            return false;
        }
        target.begin();
        // Which writer it is may take a look at the network (an Ollama on this machine): off the UI thread.
        return job.start("Writing…", progress -> {
            String name = writerName.get();
            tasks.onUi(() -> writer.set(name));
            progress.update(-1, "Writing with " + name + "…");
            return work.apply(this::received, progress);
        }, finalText -> {
            flush();
            target.end(finalText);
            onDone.accept(finalText);
        }, failure -> {
            flush();
            target.end(null);
            tell.accept(failure instanceof Progress.Cancelled ? "Stopped. What was written so far is kept; undo removes it in one step."
                    : Messages.of(failure));
        });
    }

    public void cancel() {
        job.cancel();
    }

    // Called on the worker thread for every token; the UI gets the text at most once per scheduled flush.
    private void received(String text) {
        boolean schedule;
        synchronized (pending) {
            pending.append(text);
            schedule = !flushScheduled;
            flushScheduled = true;
        }
        if (schedule) {
            tasks.onUi(this::flush);
        }
    }

    private void flush() {
        String text;
        synchronized (pending) {
            text = pending.toString();
            pending.setLength(0);
            flushScheduled = false;
        }
        if (!text.isEmpty()) {
            target.append(text);
        }
    }

    public BackgroundJob job() {
        return job;
    }

    public ReadOnlyStringProperty writerProperty() {
        return writer.getReadOnlyProperty();
    }
}
