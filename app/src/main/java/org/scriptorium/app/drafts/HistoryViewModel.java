package org.scriptorium.app.drafts;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.scriptorium.app.common.Messages;
import org.scriptorium.app.common.TaskRunner;
import org.scriptorium.core.drafts.DiffLine;
import org.scriptorium.core.drafts.DraftDocument;
import org.scriptorium.core.drafts.DraftService;
import org.scriptorium.core.drafts.RevisionSummary;

import java.util.UUID;
import java.util.function.Consumer;

/** A draft's revision history: pick a revision, see what changed since, put it back. */
public final class HistoryViewModel {
    private final DraftService drafts;
    private final TaskRunner tasks;
    private final UUID draftId;
    private final ObservableList<RevisionSummary> revisions = FXCollections.observableArrayList();
    private final ObservableList<org.scriptorium.core.drafts.WordDiff.Line> diff = FXCollections.observableArrayList();
    private final ObjectProperty<RevisionSummary> selected = new SimpleObjectProperty<>();
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");

    public HistoryViewModel(DraftService drafts, TaskRunner tasks, UUID draftId) {
        this.drafts = drafts;
        this.tasks = tasks;
        this.draftId = draftId;
        selected.addListener((obs, old, now) -> showDiff(now));
    }

    private final javafx.beans.property.ReadOnlyBooleanWrapper matchesCurrent = new javafx.beans.property.ReadOnlyBooleanWrapper(true);

    public void load() {
        tasks.run(() -> drafts.revisions(draftId), list -> {
            revisions.setAll(list);
            message.set(list.isEmpty() ? "No revisions yet. Press Ctrl+S while writing to keep one." : "");
            if (!list.isEmpty()) {
                selected.set(list.getFirst());
            }
        }, this::failed);
    }

    private void showDiff(RevisionSummary revision) {
        matchesCurrent.set(true); // nothing to restore until the diff says there is
        if (revision == null) {
            diff.clear();
            return;
        }
        tasks.run(() -> org.scriptorium.core.drafts.WordDiff.of(drafts.diffAgainstCurrent(draftId, revision.id())), lines -> {
            if (revision.equals(selected.get())) {
                diff.setAll(lines);
                boolean same = lines.stream().allMatch(l -> l.kind() == org.scriptorium.core.drafts.WordDiff.Line.Kind.SAME);
                matchesCurrent.set(same);
                message.set(same ? "This revision matches the current text." : "");
            }
        }, this::failed);
    }

    /** Whether the selected revision's text is the current text: restoring it would change nothing, so it is not offered. */
    public javafx.beans.property.ReadOnlyBooleanProperty matchesCurrentProperty() {
        return matchesCurrent.getReadOnlyProperty();
    }

    /** Restores the selected revision; the current text is kept as a revision first. */
    public void restoreSelected(Consumer<DraftDocument> whenRestored) {
        RevisionSummary revision = selected.get();
        if (revision == null || matchesCurrent.get()) {
            return;
        }
        tasks.run(() -> drafts.restoreRevision(draftId, revision.id()), restored -> {
            whenRestored.accept(restored);
            load();
        }, this::failed);
    }

    private void failed(Throwable failure) {
        message.set(Messages.of(failure));
    }

    public ObservableList<RevisionSummary> revisions() {
        return revisions;
    }

    public ObservableList<org.scriptorium.core.drafts.WordDiff.Line> diff() {
        return diff;
    }

    public ObjectProperty<RevisionSummary> selectedProperty() {
        return selected;
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }
}
