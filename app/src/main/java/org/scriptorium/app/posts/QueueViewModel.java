package org.scriptorium.app.posts;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import org.scriptorium.app.common.Messages;
import org.scriptorium.app.common.TaskRunner;
import org.scriptorium.core.accounts.Account;
import org.scriptorium.core.scheduling.PlannedTime;
import org.scriptorium.core.scheduling.PostStatus;
import org.scriptorium.core.scheduling.PostingSlots;
import org.scriptorium.core.scheduling.ScheduledPost;
import org.scriptorium.core.scheduling.Scheduling;

import java.time.Clock;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.Optional;

/**
 * One account's queue: its posting slots, the next free one, and the posts waiting to go out in order, which the
 * user reorders (the posts swap places; the slots stay) or sends at once. The queue is read from the posts the
 * Posts area already holds, so it follows every change there without asking the store again.
 */
public final class QueueViewModel {

    private final Scheduling scheduling;
    private final PostsViewModel posts;
    private final TaskRunner tasks;
    private final Clock clock;
    private final ObjectProperty<Account> account = new SimpleObjectProperty<>();
    private final StringProperty slots = new SimpleStringProperty("");
    private final StringProperty zone = new SimpleStringProperty();
    private final ReadOnlyStringWrapper nextFree = new ReadOnlyStringWrapper("");
    private final StringProperty catchUp = new SimpleStringProperty("");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private final ObservableList<ScheduledPost> queue = FXCollections.observableArrayList();
    private final ObjectProperty<ScheduledPost> selected = new SimpleObjectProperty<>();

    public QueueViewModel(Scheduling scheduling, PostsViewModel posts, TaskRunner tasks, Clock clock) {
        this.scheduling = scheduling;
        this.posts = posts;
        this.tasks = tasks;
        this.clock = clock;
        zone.set(clock.getZone().getId());
        account.addListener((o, was, now) -> {
            refreshQueue();
            readSlots();
        });
        posts.posts().addListener((ListChangeListener<PostsViewModel.Row>) change -> {
            refreshQueue();
            readSlots(); // a post planned or moved may have taken the next free slot
        });
        posts.accounts().addListener((ListChangeListener<Account>) change -> {
            if (account.get() == null && !posts.accounts().isEmpty()) {
                account.set(posts.accounts().getFirst());
            }
        });
        if (!posts.accounts().isEmpty()) {
            account.set(posts.accounts().getFirst());
        }
        tasks.run(() -> org.scriptorium.core.scheduling.LateWindow.format(scheduling.catchUpWindow()
                .orElse(org.scriptorium.core.scheduling.PublishEngine.Policy.DEFAULT.publishIfLateBy())), catchUp::set,
                this::failed);
    }

    /** The user's catch-up policy: how late a post that came due while the app was closed may still go out. */
    public void saveCatchUp() {
        String typed = catchUp.get();
        tasks.run(() -> {
            scheduling.setCatchUpWindow(org.scriptorium.core.scheduling.LateWindow.parse(typed));
            return typed.strip();
        }, saved -> say("A post that came due while Scriptorium was closed goes out if at most " + saved + " late; later, it is marked missed."),
                this::failed);
    }

    public StringProperty catchUpProperty() {
        return catchUp;
    }

    /** Saves the account's posting slots ("Mon-Fri 09:00,17:00; Sat 10:30") in the zone given. */
    public void saveSlots() {
        Account chosen = account.get();
        if (chosen == null) {
            say("Choose the account whose slots these are.");
            return;
        }
        ZoneId in;
        try {
            in = ZoneId.of(zone.get().strip());
        } catch (DateTimeException | NullPointerException e) {
            say("Unknown time zone \"" + zone.get() + "\"; use a name like Europe/Berlin.");
            return;
        }
        String spec = slots.get();
        tasks.run(() -> {
            PostingSlots saved = scheduling.setSlots(chosen.id(), spec, in);
            return new Slots(Optional.of(saved), Optional.of(scheduling.nextQueueSlot(chosen)));
        }, read -> {
            show(read);
            say("Posting slots saved.");
        }, this::failed);
    }

    /**
     * The slots as written in the field, as a week grid to pick on; slots the field cannot read start an empty week,
     * and the message says why.
     */
    public SlotGrid slotGrid() {
        ZoneId in;
        try {
            in = ZoneId.of(zone.get() == null ? "" : zone.get().strip());
        } catch (DateTimeException e) {
            in = clock.getZone();
        }
        try {
            return SlotGrid.of(slots.get(), in);
        } catch (org.scriptorium.core.InvalidInput unreadable) {
            say("The typed slots could not be read (" + unreadable.getMessage() + "); the week starts empty.");
            return SlotGrid.of("", in);
        }
    }

    /** Takes the slots picked on the week grid: written into the field, then saved for the account. */
    public void useGrid(SlotGrid grid) {
        if (grid.size() == 0) {
            say("Pick at least one slot on the week, or close it to keep the slots as they were.");
            return;
        }
        slots.set(grid.spec());
        saveSlots();
    }

    /** Moves the chosen post one place earlier (-1) or later (+1); the posts trade times, the slots stay. */
    public void shift(int by) {
        ScheduledPost post = selected.get();
        if (post == null) {
            return;
        }
        moveTo(post, queue.indexOf(post) + 1 + by);
    }

    /** Moves a post to a place of the queue (1 is next). */
    public void moveTo(ScheduledPost post, int position) {
        if (position < 1 || position > queue.size() || queue.indexOf(post) + 1 == position) {
            return;
        }
        tasks.run(() -> scheduling.queue().move(post.id(), position), reordered -> {
            say("Moved to place " + position + "; it goes out " + when(reordered.get(position - 1)) + ".");
            posts.load();
        }, failure -> {
            failed(failure);
            posts.load();
        });
    }

    /** The chosen post goes out at once. */
    public void publishNow() {
        if (selected.get() != null) {
            posts.sendNow(selected.get());
        }
    }

    private void refreshQueue() {
        Account chosen = account.get();
        ScheduledPost kept = selected.get();
        java.time.Instant now = clock.instant();
        queue.setAll(chosen == null ? java.util.List.of() : posts.posts().stream().map(PostsViewModel.Row::post)
                .filter(p -> p.accountId().equals(chosen.id()) && p.status() == PostStatus.SCHEDULED && p.scheduledAt() != null
                             && p.scheduledAt().isAfter(now))
                .sorted(Comparator.comparing(ScheduledPost::scheduledAt)).toList());
        selected.set(kept == null ? null : queue.stream().filter(p -> p.id().equals(kept.id())).findFirst().orElse(null));
    }

    private record Slots(Optional<PostingSlots> slots, Optional<PlannedTime> next) {
    }

    private void readSlots() {
        Account chosen = account.get();
        if (chosen == null) {
            show(new Slots(Optional.empty(), Optional.empty()));
            return;
        }
        tasks.run(() -> {
            Optional<PostingSlots> read = scheduling.slots(chosen.id());
            return new Slots(read, read.map(s -> scheduling.nextQueueSlot(chosen)));
        }, this::show, this::failed);
    }

    private void show(Slots read) {
        slots.set(read.slots().map(PostingSlots::spec).orElse(""));
        read.slots().ifPresent(s -> zone.set(s.zone().getId()));
        nextFree.set(read.next().map(n -> "Next free slot: " + org.scriptorium.app.common.Formats.current().dateTimeWithZone(n.instant().atZone(n.zone()), java.time.LocalDate.now(clock)))
                .orElse("No posting slots yet: add them above, e.g. Mon-Fri 09:00,17:00"));
    }

    /** A queued post's time, in the zone it is planned in. */
    public static String when(ScheduledPost post) {
        return org.scriptorium.app.common.Formats.current().dateTimeWithZone(post.plannedLocal());
    }

    public ObjectProperty<Account> accountProperty() {
        return account;
    }

    public StringProperty slotsProperty() {
        return slots;
    }

    public StringProperty zoneProperty() {
        return zone;
    }

    public ReadOnlyStringProperty nextFreeProperty() {
        return nextFree.getReadOnlyProperty();
    }

    /** Said through the Posts area (the window's notices), and kept here for the view model's tests. */
    private void say(String text) {
        message.set(text);
        posts.tell(text);
    }

    private void failed(Throwable failure) {
        message.set(Messages.of(failure));
        posts.tellFailure(failure);
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    public ObservableList<ScheduledPost> queue() {
        return queue;
    }

    public ObjectProperty<ScheduledPost> selectedProperty() {
        return selected;
    }
}
