package org.scriptorium.app.drafts;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.scriptorium.app.common.Confirmations;
import org.scriptorium.app.common.TaskRunner;
import org.scriptorium.core.drafts.DemoWorkspace;
import org.scriptorium.core.drafts.DraftCounts;
import org.scriptorium.core.drafts.DraftDocument;
import org.scriptorium.core.drafts.DraftFilter;
import org.scriptorium.core.drafts.DraftService;
import org.scriptorium.core.drafts.DraftStatus;
import org.scriptorium.core.drafts.DraftSummary;
import org.scriptorium.core.drafts.DraftTransfer;
import org.scriptorium.core.drafts.NewDraft;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** The draft list: search, filters, trash, and the actions on drafts as a whole. */
public final class DraftsViewModel {
    public static final String ANY_TAG = "All tags";
    static final long SEARCH_DELAY_MILLIS = 150;

    private final DraftService drafts;
    private final DraftTransfer transfer;
    private final DemoWorkspace demo;
    private java.util.function.Consumer<UUID> onCreated = id -> { };
    private final TaskRunner tasks;

    private final ObservableList<DraftSummary> items = FXCollections.observableArrayList();
    private final ObservableList<String> tagChoices = FXCollections.observableArrayList(ANY_TAG);
    private final StringProperty query = new SimpleStringProperty("");
    private final ObjectProperty<DraftStatus> status = new SimpleObjectProperty<>();
    private final StringProperty tag = new SimpleStringProperty(ANY_TAG);
    private final BooleanProperty trashMode = new SimpleBooleanProperty(false);
    private final ObjectProperty<DraftSummary> selected = new SimpleObjectProperty<>();
    private final ReadOnlyIntegerWrapper draftCount = new ReadOnlyIntegerWrapper(0);
    private final ReadOnlyIntegerWrapper trashCount = new ReadOnlyIntegerWrapper(0);
    private final ReadOnlyBooleanWrapper loaded = new ReadOnlyBooleanWrapper(false);
    private final org.scriptorium.app.common.AreaMessage message = new org.scriptorium.app.common.AreaMessage();
    private final ReadOnlyObjectWrapper<Runnable> undo = new ReadOnlyObjectWrapper<>();
    private final Confirmations confirmations;
    private final ReadOnlyStringWrapper emptyTitle = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper emptyHint = new ReadOnlyStringWrapper("");

    private long refreshRequest;
    private UUID wantSelected;
    private TaskRunner.Cancellable searchTimer;

    public DraftsViewModel(DraftService drafts, DraftTransfer transfer, DemoWorkspace demo, TaskRunner tasks, Confirmations confirmations) {
        this.confirmations = confirmations;
        this.drafts = drafts;
        this.transfer = transfer;
        this.demo = demo;
        this.tasks = tasks;
        query.addListener((obs, old, now) -> {
            if (searchTimer != null) {
                searchTimer.cancel();
            }
            searchTimer = tasks.later(SEARCH_DELAY_MILLIS, this::refresh);
        });
        status.addListener((obs, old, now) -> refresh());
        tag.addListener((obs, old, now) -> refresh());
        trashMode.addListener((obs, old, now) -> refresh());
        message.property().addListener((obs, old, now) -> undo.set(null)); // an undo belongs to the message that offers it
    }

    /** What the list shows for one search and filter: the drafts, the tags to filter by, the counts. */
    public record Page(List<DraftSummary> drafts, Map<String, Long> tags, DraftCounts counts) {
        /** The page of every draft outside the trash, as the window first shows it. Runs queries: not on the FX thread. */
        public static Page firstPage(DraftService drafts) {
            return load(drafts, "", DraftFilter.ALL);
        }

        static Page load(DraftService drafts, String text, DraftFilter filter) {
            return new Page(text.isEmpty() ? drafts.list(filter) : drafts.search(text, filter), drafts.tags(), drafts.counts());
        }
    }

    /** Shows a first page loaded before the window was ready for it, or loads it when there is none. */
    public void start(Page firstPage) {
        if (firstPage == null) {
            refresh();
        } else {
            ++refreshRequest;
            show(firstPage, "", DraftFilter.ALL);
        }
    }

    /** Reloads the list for the current search and filters; stale answers are dropped. */
    public void refresh() {
        long request = ++refreshRequest;
        String text = query.get() == null ? "" : query.get().strip();
        String tagName = tag.get() == null || ANY_TAG.equals(tag.get()) ? null : tag.get();
        DraftFilter filter = new DraftFilter(status.get(), tagName, trashMode.get());
        tasks.run(() -> Page.load(drafts, text, filter),
                page -> {
                    if (request == refreshRequest) {
                        show(page, text, filter);
                    }
                },
                this::failed);
    }

    private void show(Page page, String text, DraftFilter filter) {
        UUID keep = wantSelected != null ? wantSelected : selected.get() == null ? null : selected.get().id();
        wantSelected = null;
        items.setAll(page.drafts());
        List<String> choices = new ArrayList<>();
        choices.add(ANY_TAG);
        choices.addAll(page.tags().keySet());
        if (filter.tag() != null && !page.tags().containsKey(filter.tag())) {
            choices.add(filter.tag());
        }
        if (!choices.equals(tagChoices)) {
            tagChoices.setAll(choices);
        }
        draftCount.set(page.counts().drafts());
        trashCount.set(page.counts().trashed());
        selected.set(items.stream().filter(d -> d.id().equals(keep)).findFirst().orElse(null));
        describeEmptiness(text, filter);
        loaded.set(true);
    }

    private void describeEmptiness(String text, DraftFilter filter) {
        if (!items.isEmpty()) {
            emptyTitle.set("");
            emptyHint.set("");
        } else if (filter.trashed()) {
            emptyTitle.set("The trash is empty");
            emptyHint.set("Drafts you delete wait here until you empty the trash.");
        } else if (!text.isEmpty()) {
            emptyTitle.set("Nothing matches “" + text + "”");
            emptyHint.set("Search looks in titles, text and tags. Try fewer or shorter words.");
        } else if (filter.status() != null || filter.tag() != null) {
            emptyTitle.set("No drafts with these filters");
            emptyHint.set("Clear the status or tag filter to see every draft.");
        } else {
            emptyTitle.set("No drafts yet");
            emptyHint.set("Start writing, import Markdown files, or open the demo workspace to look around.");
        }
    }

    /** Selects this draft once the list has loaded (the one open when the window last closed). */
    public void selectWhenLoaded(UUID id) {
        wantSelected = id;
    }

    /** Creates an untitled draft and selects it. */
    public void createDraft() {
        trashMode.set(false);
        tasks.run(() -> drafts.create(NewDraft.titled("Untitled draft")), created -> {
            wantSelected = created.id();
            clearFilters();
            refresh();
            onCreated.accept(created.id());
        }, this::failed);
    }

    /** Told of each draft made with New, once it is being opened (the window puts the cursor in its title). */
    public void setOnCreated(java.util.function.Consumer<UUID> onCreated) {
        this.onCreated = onCreated;
    }

    /** Shows the drafts list with this draft selected (a draft started elsewhere, e.g. from a topic). */
    public void showDraft(UUID id) {
        trashMode.set(false);
        wantSelected = id;
        clearFilters();
        refresh();
    }

    /** Moves a draft to the trash; the message that says so offers Undo, which restores it. */
    public void trash(UUID id) {
        tasks.run(() -> drafts.trash(id), d -> {
            say("Moved “" + d.title() + "” to the trash.", () -> restore(id));
            refresh();
        }, this::failed);
    }

    /** What Undo beside the message does, or null when the message offers none. */
    public ReadOnlyObjectProperty<Runnable> undoProperty() {
        return undo.getReadOnlyProperty();
    }

    public void undo() {
        Runnable action = undo.get();
        if (action != null) {
            undo.set(null);
            action.run();
        }
    }

    public void restore(UUID id) {
        tasks.run(() -> drafts.restore(id), d -> {
            say("Restored “" + d.title() + "”.");
            refresh();
        }, this::failed);
    }

    /** Deletes every draft in the trash for good, once the user agreed: nothing brings them back. */
    public void emptyTrash() {
        int count = trashCount.get();
        if (!confirmations.confirm(new Confirmations.Question("Empty the trash?", (count == 1 ? "The draft in the trash is"
                : "The " + count + " drafts in the trash are") + " deleted for good, with their revisions. This cannot be undone.", "Empty trash"))) {
            return;
        }
        tasks.run(drafts::emptyTrash, deleted -> {
            say(deleted == 1 ? "Deleted 1 draft for good." : "Deleted " + deleted + " drafts for good.");
            refresh();
        }, this::failed);
    }

    public void importFiles(List<Path> paths) {
        tasks.run(() -> transfer.importPaths(paths), results -> {
            long created = results.stream().filter(r -> r.outcome() == DraftTransfer.Outcome.CREATED).count();
            long updated = results.stream().filter(r -> r.outcome() == DraftTransfer.Outcome.UPDATED).count();
            say("Imported " + results.size() + " file" + (results.size() == 1 ? "" : "s") + ": "
                    + created + " new, " + updated + " updated, " + (results.size() - created - updated) + " unchanged.");
            if (results.size() == 1) {
                wantSelected = results.getFirst().id();
            }
            trashMode.set(false);
            refresh();
        }, this::failed);
    }

    public void exportTo(Path folder, List<UUID> ids) {
        tasks.run(() -> transfer.export(folder, ids), written ->
                say("Exported " + written.size() + " draft" + (written.size() == 1 ? "" : "s") + " to " + folder + "."), this::failed);
    }

    public void openDemoWorkspace() {
        tasks.run(demo::install, results -> {
            say("Opened the demo workspace: " + results.size() + " sample drafts.");
            trashMode.set(false);
            clearFilters();
            if (!results.isEmpty()) {
                wantSelected = results.getFirst().id();
            }
            refresh();
        }, this::failed);
    }

    /** Keeps the list row in step with an edit made in the editor, without reloading the list. */
    public void draftSaved(DraftDocument saved) {
        for (int i = 0; i < items.size(); i++) {
            if (items.get(i).id().equals(saved.id())) {
                boolean wasSelected = selected.get() != null && selected.get().id().equals(saved.id());
                items.set(i, saved.summary());
                if (wasSelected) {
                    selected.set(items.get(i));
                }
                return;
            }
        }
    }

    public void clearFilters() {
        query.set("");
        status.set(null);
        tag.set(ANY_TAG);
    }

    /** Says something from elsewhere in the window (writing, research) as the drafts area. */
    public void tell(String text) {
        say(text, null);
    }

    /** Where what the list says is shown: the window's notices (without them, only {@link #messageProperty()}). */
    public void setNotices(org.scriptorium.app.common.Notices notices) {
        message.showIn(notices);
    }

    private void say(String text) {
        say(text, null);
    }

    private void say(String text, Runnable undoAction) {
        message.info(text, undoAction == null ? null : new org.scriptorium.app.common.Notices.Action("Undo", this::undo));
        undo.set(undoAction); // after the words: a new message drops the undo of the one before
    }

    public void dismissMessage() {
        message.clear();
    }

    private void failed(Throwable failure) {
        message.failure(failure);
    }

    public ObservableList<DraftSummary> items() {
        return items;
    }

    public ObservableList<String> tagChoices() {
        return tagChoices;
    }

    public StringProperty queryProperty() {
        return query;
    }

    public ObjectProperty<DraftStatus> statusProperty() {
        return status;
    }

    public StringProperty tagProperty() {
        return tag;
    }

    public BooleanProperty trashModeProperty() {
        return trashMode;
    }

    public ObjectProperty<DraftSummary> selectedProperty() {
        return selected;
    }

    public ReadOnlyIntegerProperty draftCountProperty() {
        return draftCount.getReadOnlyProperty();
    }

    public ReadOnlyIntegerProperty trashCountProperty() {
        return trashCount.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty loadedProperty() {
        return loaded.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.property();
    }

    public ReadOnlyStringProperty emptyTitleProperty() {
        return emptyTitle.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty emptyHintProperty() {
        return emptyHint.getReadOnlyProperty();
    }
}
