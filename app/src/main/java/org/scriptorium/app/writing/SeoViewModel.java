package org.scriptorium.app.writing;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import org.scriptorium.app.common.BackgroundJob;
import org.scriptorium.app.common.Messages;
import org.scriptorium.app.common.TaskRunner;
import org.scriptorium.core.writing.WritingService;
import org.scriptorium.core.writing.assistant.SeoMetadata;

import java.util.UUID;

/** A draft's search metadata: what is stored, and writing it again. */
public final class SeoViewModel {
    private final TaskRunner tasks;
    private final WritingService writing;
    private final UUID draftId;
    private final BackgroundJob job;
    private final ObjectProperty<SeoMetadata> seo = new SimpleObjectProperty<>();
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("");

    public SeoViewModel(TaskRunner tasks, WritingService writing, UUID draftId) {
        this.tasks = tasks;
        this.writing = writing;
        this.draftId = draftId;
        this.job = new BackgroundJob(tasks);
        job.messageProperty().addListener((o, a, b) -> status.set(b));
    }

    /** Shows what is stored, or writes it when there is nothing yet. */
    public void load() {
        tasks.run(() -> writing.storedSeo(draftId), stored -> stored.ifPresentOrElse(seo::set, this::write),
                failure -> status.set(Messages.of(failure)));
    }

    public void write() {
        job.start("Writing search metadata…", progress -> writing.seo(draftId, null, progress), written -> {
            seo.set(written);
            status.set("Kept with the draft.");
        }, failure -> status.set(Messages.of(failure)));
    }

    public ObjectProperty<SeoMetadata> seoProperty() {
        return seo;
    }

    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    public BackgroundJob job() {
        return job;
    }
}
