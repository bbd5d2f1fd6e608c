package org.scriptorium.app.drafts;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import org.scriptorium.app.common.Messages;
import org.scriptorium.app.common.TaskRunner;
import org.scriptorium.core.drafts.DraftDocument;
import org.scriptorium.core.drafts.DraftService;

import java.time.LocalDate;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Consumer;

/**
 * The open draft's planned publish day, which the Posts calendar shows: set when a draft opens, saved when the user
 * picks a day, removed when they clear it.
 */
public final class PublishDayViewModel {
    private final DraftService drafts;
    private final TaskRunner tasks;
    private final Consumer<DraftDocument> saved;
    private final Consumer<String> failed;
    private final ObjectProperty<LocalDate> day = new SimpleObjectProperty<>();
    private UUID draftId;
    private boolean showing;

    PublishDayViewModel(DraftService drafts, TaskRunner tasks, Consumer<DraftDocument> saved, Consumer<String> failed) {
        this.drafts = drafts;
        this.tasks = tasks;
        this.saved = saved;
        this.failed = failed;
        day.addListener((o, before, now) -> {
            if (!showing && draftId != null && !Objects.equals(before, now)) {
                UUID id = draftId;
                tasks.run(() -> drafts.planPublishing(id, now), saved::accept, failure -> failed.accept(Messages.of(failure)));
            }
        });
    }

    /** Shows a draft's day (or nothing, with a null id) without saving it back. */
    void show(UUID id, LocalDate planned) {
        showing = true;
        try {
            draftId = id;
            day.set(planned);
        } finally {
            showing = false;
        }
    }

    /** The day, or null when none is planned; setting it saves it. */
    public ObjectProperty<LocalDate> dayProperty() {
        return day;
    }
}
