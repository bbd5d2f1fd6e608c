package org.scriptorium.app.writing;

import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.scriptorium.app.common.BackgroundJob;
import org.scriptorium.app.common.Messages;
import org.scriptorium.app.common.TaskRunner;
import org.scriptorium.core.writing.WritingService;
import org.scriptorium.core.writing.assistant.RewriteKind;

import java.util.UUID;

/** A rewrite of a selection: streamed into {@link #resultProperty()}, editable, stoppable. */
public final class RewriteViewModel {
    private final TaskRunner tasks;
    private final WritingService writing;
    private final BackgroundJob job;
    private final StringProperty result = new SimpleStringProperty("");
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("");

    public RewriteViewModel(TaskRunner tasks, WritingService writing) {
        this.tasks = tasks;
        this.writing = writing;
        this.job = new BackgroundJob(tasks);
        job.messageProperty().addListener((o, a, b) -> status.set(b));
    }

    public void start(UUID draftId, String selection, RewriteKind kind, String context) {
        result.set("");
        job.start("Writing…", progress -> {
                    progress.update(-1, "Writing with " + writing.defaultWriterName() + "…"); // may look for an Ollama: not on the UI thread
                    return writing.rewrite(draftId, selection, kind, context, null, text -> tasks.onUi(() -> result.set(result.get() + text)), progress);
                },
                finalText -> {
                    result.set(finalText);
                    status.set("Done. Edit it here if you like, then " + (kind == RewriteKind.CONTINUE ? "insert" : "replace") + " it.");
                },
                failure -> status.set(Messages.of(failure)));
    }

    public void cancel() {
        job.cancel();
    }

    public BackgroundJob job() {
        return job;
    }

    public StringProperty resultProperty() {
        return result;
    }

    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }
}
