package org.scriptorium.app.research;

import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.scriptorium.app.common.Messages;
import org.scriptorium.app.common.TaskRunner;
import org.scriptorium.core.research.ResearchEngine;
import org.scriptorium.core.research.documents.DocumentSummary;

import java.util.List;
import java.util.function.Consumer;

/** Full-text search over every document the sources brought, as the user types. */
public final class DocumentSearchViewModel {
    private static final long TYPING_PAUSE_MILLIS = 250;

    private final ResearchEngine research;
    private final TaskRunner tasks;
    private final org.scriptorium.app.common.AreaMessage tell;
    private final StringProperty query = new SimpleStringProperty("");
    private final StringProperty status = new SimpleStringProperty("");
    private final ObservableList<DocumentSummary> results = FXCollections.observableArrayList();
    private TaskRunner.Cancellable pending;
    private long request;

    public DocumentSearchViewModel(ResearchEngine research, TaskRunner tasks, org.scriptorium.app.common.AreaMessage tell) {
        this.research = research;
        this.tasks = tasks;
        this.tell = tell;
        query.addListener((o, a, b) -> {
            if (pending != null) {
                pending.cancel();
            }
            pending = tasks.later(TYPING_PAUSE_MILLIS, this::search);
        });
    }

    /** Runs the search now; answers to older queries are dropped. */
    public void search() {
        String text = query.get() == null ? "" : query.get().strip();
        long mine = ++request;
        if (text.isEmpty()) {
            tasks.run(() -> research.documents().count(), count -> {
                if (mine == request) {
                    results.clear();
                    status.set(count == 0 ? "No documents yet: add sources and poll them." : count + " documents. Type to search them.");
                }
            }, failure -> tell.failure(failure));
            return;
        }
        tasks.run(() -> research.documents().search(text), (List<DocumentSummary> found) -> {
            if (mine == request) {
                results.setAll(found);
                status.set(found.isEmpty() ? "Nothing matches “" + text + "”." : found.size() + (found.size() == 1 ? " document" : " documents"));
            }
        }, failure -> tell.failure(failure));
    }

    public StringProperty queryProperty() {
        return query;
    }

    public ReadOnlyStringProperty statusProperty() {
        return status;
    }

    public ObservableList<DocumentSummary> results() {
        return results;
    }
}
