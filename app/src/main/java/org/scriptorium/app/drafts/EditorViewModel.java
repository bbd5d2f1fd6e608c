package org.scriptorium.app.drafts;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.scriptorium.app.common.Messages;
import org.scriptorium.app.common.TaskRunner;
import org.scriptorium.core.drafts.DraftChanges;
import org.scriptorium.core.drafts.DraftDocument;
import org.scriptorium.core.drafts.DraftService;
import org.scriptorium.core.drafts.DraftStatus;
import org.scriptorium.core.drafts.RevisionReason;
import org.scriptorium.core.drafts.TextStatistics;

import java.util.Locale;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Consumer;

/**
 * The open draft: its fields, autosave, live preview and save state. Autosave waits for a short pause in
 * typing but never lets more than {@link #MAX_UNSAVED_MILLIS} of typing go unsaved.
 */
public final class EditorViewModel {
    static final long TYPING_PAUSE_MILLIS = 300;
    static final long MAX_UNSAVED_MILLIS = 1000;
    static final long PREVIEW_DELAY_MILLIS = 120;
    static final long RETRY_MILLIS = 5000;

    private final DraftService drafts;
    private final TaskRunner tasks;
    private final PreviewPages previews;

    private final ReadOnlyObjectWrapper<UUID> draftId = new ReadOnlyObjectWrapper<>();
    private final StringProperty title = new SimpleStringProperty("");
    private final StringProperty text = new SimpleStringProperty("");
    private final ObjectProperty<DraftStatus> status = new SimpleObjectProperty<>(DraftStatus.DRAFT);
    private final StringProperty tags = new SimpleStringProperty("");
    private final ReadOnlyStringWrapper stats = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper saveState = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper saveFailed = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyStringWrapper previewHtml = new ReadOnlyStringWrapper("");
    private final ReadOnlyIntegerWrapper documentsLoaded = new ReadOnlyIntegerWrapper(0);
    private final ReadOnlyBooleanWrapper trashed = new ReadOnlyBooleanWrapper(false);
    private final BooleanProperty darkPreview = new SimpleBooleanProperty(false);
    private final BooleanProperty allowRemoteImages = new SimpleBooleanProperty(false);
    private final IntegerProperty wordCount = new SimpleIntegerProperty(0);

    private final PublishDayViewModel publishDay;

    private Consumer<DraftDocument> onSaved = d -> { };
    /** The open draft's revision as this editor last loaded or wrote it; a higher one in the store came from elsewhere. */
    private long knownRevision;
    private boolean loading;
    private boolean dirty;
    private boolean saving;
    private TaskRunner.Cancellable pauseTimer;
    private TaskRunner.Cancellable maxWaitTimer;
    private TaskRunner.Cancellable previewTimer;
    private long previewRequest;
    private boolean previewPaused;
    private Consumer<String> recheckAfterSave;

    public EditorViewModel(DraftService drafts, TaskRunner tasks, PreviewPages previews) {
        this.drafts = drafts;
        this.tasks = tasks;
        this.previews = previews;
        this.publishDay = new PublishDayViewModel(drafts, tasks, this::wrote, saveState::set);
        text.addListener((obs, old, now) -> {
            if (!previewPaused) {
                wordCount.set(TextStatistics.wordCount(now));
                updateStats();
            }
            schedulePreview();
            userEdited();
        });
        title.addListener((obs, old, now) -> userEdited());
        status.addListener((obs, old, now) -> {
            if (!loading && now != null) {
                saveField(DraftChanges.status(now));
            }
        });
        darkPreview.addListener((obs, old, now) -> schedulePreview());
        allowRemoteImages.addListener((obs, old, now) -> schedulePreview());
    }

    /** Called with every draft this editor writes, so lists can show the new title or count. */
    public void setOnSaved(Consumer<DraftDocument> listener) {
        this.onSaved = listener;
    }

    /** Saves what is open (keeping a revision), then loads another draft. */
    public void open(UUID id) {
        UUID leaving = draftId.get();
        if (id.equals(leaving)) {
            return;
        }
        Pending pending = takePending();
        tasks.run(() -> {
            if (leaving != null) {
                persist(leaving, pending);
                drafts.snapshot(leaving, RevisionReason.CLOSED);
            }
            return drafts.get(id);
        }, this::show, this::failed);
    }

    /** Loads the open draft again from the store (after a revision was restored elsewhere). */
    public void reload() {
        UUID id = draftId.get();
        if (id != null) {
            tasks.run(() -> drafts.get(id), this::show, this::failed);
        }
    }

    /** Empties the editor (the draft was trashed or the list is empty), saving first. */
    public void close() {
        UUID leaving = draftId.get();
        if (leaving == null) {
            return;
        }
        Pending pending = takePending();
        draftId.set(null);
        tasks.run(() -> {
            persist(leaving, pending);
            if (drafts.exists(leaving)) {
                drafts.snapshot(leaving, RevisionReason.CLOSED);
            }
            return null;
        }, ignored -> saving = false, this::failed);
        loading = true;
        title.set("");
        text.set("");
        tags.set("");
        loading = false;
        publishDay.show(null, null);
        saveState.set("");
        documentsLoaded.set(documentsLoaded.get() + 1);
    }

    /** Ctrl+S: save now and keep a revision to come back to. */
    public void saveRevision() {
        UUID id = draftId.get();
        if (id == null) {
            return;
        }
        Pending pending = takePending();
        saveState.set("Saving…");
        tasks.run(() -> {
            DraftDocument saved = persist(id, pending);
            boolean kept = drafts.snapshot(id, RevisionReason.SAVED);
            return new SavedRevision(saved, kept);
        }, result -> {
            saving = false;
            saveFailed.set(false);
            saveState.set(result.kept() ? "Saved · revision kept" : "Saved");
            if (result.saved() != null) {
                wrote(result.saved());
            }
            saveSettled();
        }, this::saveFailedWith);
    }

    private record SavedRevision(DraftDocument saved, boolean kept) {
    }

    /** Saves what was typed in the background, then runs {@code then} on the UI thread. */
    public void saveNow(Runnable then) {
        UUID id = draftId.get();
        if (id == null) {
            then.run();
            return;
        }
        Pending pending = takePending();
        tasks.run(() -> persist(id, pending), saved -> {
            saving = false;
            if (saved != null) {
                wrote(saved);
            }
            saveSettled();
            then.run();
        }, this::saveFailedWith);
    }

    /**
     * The user leaves the editor for another area: what was typed is saved and kept as a revision, in the background.
     */
    public void saveOnLeaving() {
        UUID id = draftId.get();
        if (id == null) {
            return;
        }
        Pending pending = takePending();
        tasks.run(() -> {
            DraftDocument saved = persist(id, pending);
            drafts.snapshot(id, RevisionReason.CLOSED);
            return saved;
        }, saved -> {
            if (saved != null) {
                wrote(saved);
            }
            saveSettled();
        }, this::saveFailedWith);
    }

    /** Writes any unsaved typing right now, on the calling thread. For shutdown only, when the window is going. */
    public void flushBlocking() {
        UUID id = draftId.get();
        if (id == null) {
            return;
        }
        Pending pending = takePending();
        persist(id, pending);
        drafts.snapshot(id, RevisionReason.CLOSED);
    }

    public void applyTags(String commaSeparated) {
        tags.set(commaSeparated);
        saveField(DraftChanges.tags(parseTags(commaSeparated)));
    }

    static List<String> parseTags(String commaSeparated) {
        return Arrays.stream(commaSeparated.split(",")).map(String::strip).filter(t -> !t.isEmpty()).toList();
    }

    // ---- autosave ----

    private void userEdited() {
        if (loading || draftId.get() == null) {
            return;
        }
        dirty = true;
        saveState.set("Editing…");
        if (pauseTimer != null) {
            pauseTimer.cancel();
        }
        pauseTimer = tasks.later(TYPING_PAUSE_MILLIS, this::autosave);
        if (maxWaitTimer == null) {
            maxWaitTimer = tasks.later(MAX_UNSAVED_MILLIS, this::autosave);
        }
    }

    /** Saves the typing so far in the background; a save already running is followed by another. */
    void autosave() {
        cancelTimers();
        UUID id = draftId.get();
        if (!dirty || id == null) {
            return;
        }
        if (saving) {
            maxWaitTimer = tasks.later(TYPING_PAUSE_MILLIS, this::autosave);
            return;
        }
        Pending pending = takePending();
        saveState.set("Saving…");
        tasks.run(() -> persist(id, pending), saved -> {
            saving = false;
            saveFailed.set(false);
            if (!dirty) {
                saveState.set("Saved");
            }
            if (saved != null) {
                wrote(saved);
            }
            saveSettled();
        }, this::saveFailedWith);
    }

    /** Every write of this editor lands here, so lists follow it and a later change from elsewhere can be told apart. */
    private void wrote(DraftDocument saved) {
        if (saved.id().equals(draftId.get())) {
            knownRevision = Math.max(knownRevision, saved.revision());
        }
        onSaved.accept(saved);
    }

    /**
     * The store changed outside the window (a command line run in it): the open draft is shown as it is now. If the
     * user has typed since the last save, their text stays (the next save writes it over the other, which the command
     * kept in History) and {@code tell} says so. A save still on its way is waited for first.
     */
    public void reloadIfChangedOutside(Consumer<String> tell) {
        UUID id = draftId.get();
        if (id == null || saving) {
            recheckAfterSave = id == null ? null : tell;
            return;
        }
        tasks.run(() -> drafts.exists(id) ? drafts.get(id) : null, stored -> {
            if (stored == null || !id.equals(draftId.get()) || stored.trashedAt() != null || stored.revision() <= knownRevision) {
                return; // unchanged, or gone and closed by the list
            }
            if (saving) {
                recheckAfterSave = tell;
                return;
            }
            knownRevision = stored.revision();
            if (dirty) {
                tell.accept("“" + stored.title() + "” was changed from the command line while you were editing it. "
                        + "Your text is kept; History has the other version.");
            } else if (!(stored.title().equals(title.get()) && stored.body().equals(text.get()) && stored.status() == status.get()
                    && String.join(", ", stored.tags()).equals(tags.get()) && Objects.equals(stored.plannedOn(), publishDay.dayProperty().get()))) {
                show(stored);
            }
        }, this::failed);
    }

    /** A save has finished (its result recorded): a check for changes from elsewhere that waited for it runs now. */
    private void saveSettled() {
        saving = false;
        Consumer<String> recheck = recheckAfterSave;
        recheckAfterSave = null;
        if (recheck != null) {
            reloadIfChangedOutside(recheck);
        }
    }

    private record Pending(String title, String body, boolean dirty) {
    }

    /** Captures what must be written and clears the dirty flag; called on the UI thread. */
    private Pending takePending() {
        cancelTimers();
        Pending pending = new Pending(title.get(), text.get(), dirty);
        if (dirty) {
            saving = true;
        }
        dirty = false;
        return pending;
    }

    private DraftDocument persist(UUID id, Pending pending) {
        if (!pending.dirty()) {
            return null;
        }
        String newTitle = pending.title() == null || pending.title().isBlank() ? null : pending.title();
        return drafts.update(id, new DraftChanges(newTitle, pending.body(), null, null));
    }

    private void saveFailedWith(Throwable failure) {
        saving = false;
        dirty = true;
        saveFailed.set(true);
        saveState.set("Not saved: " + Messages.of(failure) + " Retrying…");
        maxWaitTimer = tasks.later(RETRY_MILLIS, this::autosave);
    }

    private void saveField(DraftChanges changes) {
        UUID id = draftId.get();
        if (id == null) {
            return;
        }
        tasks.run(() -> drafts.update(id, changes), saved -> {
            wrote(saved);
            if (saved.id().equals(draftId.get())) {
                loading = true;
                tags.set(String.join(", ", saved.tags()));
                loading = false;
            }
        }, this::failed);
    }

    private void cancelTimers() {
        if (pauseTimer != null) {
            pauseTimer.cancel();
            pauseTimer = null;
        }
        if (maxWaitTimer != null) {
            maxWaitTimer.cancel();
            maxWaitTimer = null;
        }
    }

    // ---- loading and preview ----

    private void show(DraftDocument draft) {
        loading = true;
        try {
            draftId.set(draft.id());
            knownRevision = draft.revision();
            title.set(draft.title());
            text.set(draft.body());
            status.set(draft.status());
            tags.set(String.join(", ", draft.tags()));
            trashed.set(draft.trashedAt() != null);
            publishDay.show(draft.id(), draft.plannedOn());
        } finally {
            loading = false;
        }
        saving = false;
        saveFailed.set(false);
        saveState.set("Saved");
        documentsLoaded.set(documentsLoaded.get() + 1);
    }

    /**
     * While text streams in, the preview and the word count wait (autosave does not): redoing them over a growing
     * text many times a second would stall the window. They catch up when the stream ends.
     */
    public void setPreviewPaused(boolean paused) {
        previewPaused = paused;
        if (!paused) {
            wordCount.set(TextStatistics.wordCount(text.get()));
            updateStats();
            schedulePreview();
        }
    }

    private void schedulePreview() {
        if (previewPaused) {
            return;
        }
        if (previewTimer != null) {
            previewTimer.cancel();
        }
        previewTimer = tasks.later(PREVIEW_DELAY_MILLIS, this::renderPreview);
    }

    void renderPreview() {
        previewTimer = null;
        long request = ++previewRequest;
        String markdown = text.get();
        boolean dark = darkPreview.get();
        boolean remote = allowRemoteImages.get();
        tasks.run(() -> previews.page(markdown, dark, remote), html -> {
            if (request == previewRequest) {
                previewHtml.set(html);
            }
        }, this::failed);
    }

    private void updateStats() {
        int words = wordCount.get();
        int minutes = TextStatistics.readingMinutes(words);
        stats.set(String.format(Locale.ENGLISH, "%,d %s · %d min read", words, words == 1 ? "word" : "words", minutes));
    }

    private void failed(Throwable failure) {
        saveState.set(Messages.of(failure));
    }

    // ---- properties ----

    public ReadOnlyObjectProperty<UUID> draftIdProperty() {
        return draftId.getReadOnlyProperty();
    }

    public StringProperty titleProperty() {
        return title;
    }

    public StringProperty textProperty() {
        return text;
    }

    public ObjectProperty<DraftStatus> statusProperty() {
        return status;
    }

    public StringProperty tagsProperty() {
        return tags;
    }

    /** The day the draft is planned to be published (the Posts calendar shows it), or null. */
    public PublishDayViewModel publishDay() {
        return publishDay;
    }

    public ReadOnlyStringProperty statsProperty() {
        return stats.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty saveStateProperty() {
        return saveState.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty saveFailedProperty() {
        return saveFailed.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty previewHtmlProperty() {
        return previewHtml.getReadOnlyProperty();
    }

    /** Ticks each time a different draft is loaded, so the view replaces its text and forgets its undo history. */
    public ReadOnlyIntegerProperty documentsLoadedProperty() {
        return documentsLoaded.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty trashedProperty() {
        return trashed.getReadOnlyProperty();
    }

    public BooleanProperty darkPreviewProperty() {
        return darkPreview;
    }

    public BooleanProperty allowRemoteImagesProperty() {
        return allowRemoteImages;
    }
}
