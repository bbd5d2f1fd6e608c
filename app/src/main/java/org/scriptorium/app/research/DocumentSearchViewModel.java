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

    /** How many of the newest documents show before anything is typed. */
    static final int LATEST = 50;
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
            // Nothing typed: the newest documents, so the tab opens on what came in rather than an empty box.
            record Latest(long count, List<DocumentSummary> newest) {
            }
            tasks.run(() -> new Latest(research.documents().count(), research.documents().since(java.time.Instant.EPOCH, LATEST)), latest -> {
                if (mine == request) {
                    results.setAll(latest.newest());
                    status.set(latest.count() == 0 ? "No documents yet: add sources and poll them."
                            : latest.count() <= LATEST ? latest.count() + (latest.count() == 1 ? " document" : " documents") + ", newest first. Type to search them."
                            : "The newest " + LATEST + " of " + latest.count() + " documents. Type to search them all.");
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
