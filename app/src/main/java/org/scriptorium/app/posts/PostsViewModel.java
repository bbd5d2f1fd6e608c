package org.scriptorium.app.posts;

import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.scriptorium.app.common.Confirmations;
import org.scriptorium.app.common.Messages;
import org.scriptorium.app.common.TaskRunner;
import org.scriptorium.core.accounts.Account;
import org.scriptorium.core.scheduling.PlannedTime;
import org.scriptorium.core.scheduling.PostStatus;
import org.scriptorium.core.scheduling.PublishEngine;
import org.scriptorium.core.scheduling.ScheduledPost;
import org.scriptorium.core.scheduling.Scheduling;
import org.scriptorium.core.publishing.Publishing;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The Posts area: every planned post with its account, time and status, planning a new one, and what to do with a
 * post that failed or was missed (its reason, retry, cancel). It also keeps the count of posts that need the user,
 * for the sidebar's badge, and hears each publishing round.
 */
public final class PostsViewModel {
    /**
     * A post with the name of its account and what will go wrong with it, as the list and the calendar show it;
     * {@code owner} is its account (null once disconnected), for its picture and network mark.
     */
    public record Row(ScheduledPost post, String account, List<String> warnings, Account owner) {
        /** The status as the list and the calendar say it: "on Facebook" for a post its network holds until its time. */
        public String statusText() {
            if (post.status() != PostStatus.ON_PLATFORM) {
                return post.status().name().toLowerCase(java.util.Locale.ROOT);
            }
            int dot = account.indexOf(" · "); // the account is named "Facebook · Ada's Bakery"
            return "on " + (dot < 0 ? "its network" : account.substring(0, dot));
        }
    }

    private final Scheduling scheduling;
    private final Publishing publishing;
    private final TaskRunner tasks;
    private final Clock clock;
    private final ObservableList<Row> posts = FXCollections.observableArrayList();
    private final ObservableList<Account> accounts = FXCollections.observableArrayList();
    private final ObjectProperty<Row> selected = new SimpleObjectProperty<>();
    private final IntegerProperty needAttention = new SimpleIntegerProperty(0);
    private final ZoneId shownIn;
    private final Confirmations confirmations;
    private final org.scriptorium.app.common.AreaMessage message = new org.scriptorium.app.common.AreaMessage();

    private final ObjectProperty<HandOffChoice> handOffChoice = new SimpleObjectProperty<>(HandOffChoice.NOTHING_SELECTED);

    private Runnable roundNow = () -> { };
    private final PostComposerViewModel composer;
    private QueueViewModel queue;
    private UUID toSelect;
    private boolean editSelected;
    private final ObjectProperty<ScheduledPost> editRequested = new SimpleObjectProperty<>();

    /** {@code clock}: now, today and the zone times are shown in; {@code confirmations}: how a send is confirmed. */
    public PostsViewModel(Scheduling scheduling, Publishing publishing, TaskRunner tasks, Clock clock, Confirmations confirmations) {
        this.scheduling = scheduling;
        this.publishing = publishing;
        this.tasks = tasks;
        this.clock = clock;
        this.shownIn = clock.getZone();
        this.confirmations = confirmations;
        selected.addListener((o, was, row) -> handOffChoice.set(handOffChoiceFor(row)));
        this.composer = new PostComposerViewModel(this, scheduling, publishing, tasks, clock, confirmations);
    }

    /** The form that plans a new post. */
    public PostComposerViewModel composer() {
        return composer;
    }

    void roundNow() {
        roundNow.run();
    }

    void tell(String text) {
        say(text);
    }

    void tellFailure(Throwable failure) {
        failed(failure);
    }

    /** Where what this area says is shown: the window's notices (without them, only {@link #messageProperty()}). */
    public void setNotices(org.scriptorium.app.common.Notices notices) {
        message.showIn(notices);
    }

    private void say(String text) {
        say(text, null);
    }

    private void say(String text, org.scriptorium.app.common.Notices.Action action) {
        message.info(text, action);
    }

    private void failed(Throwable failure) {
        message.failure(failure);
    }

    private record Loaded(List<Row> posts, List<Account> accounts) {
    }

    /** How to start a publishing round at once (the window's loop). */
    public void setRoundNow(Runnable roundNow) {
        this.roundNow = roundNow;
    }

    public void load() {
        tasks.run(() -> {
            List<Account> all = publishing.accounts().list();
            Map<UUID, Account> byId = all.stream().collect(Collectors.toMap(Account::id, a -> a));
            Function<ScheduledPost, Row> row = p -> {
                Account a = byId.get(p.accountId());
                return new Row(p, a == null ? "a disconnected account" : a.network().label() + " · " + a.name(), scheduling.warnings(p, byId), a);
            };
            return new Loaded(scheduling.posts().list(null, null, null).stream().map(row).toList(), all);
        }, loaded -> {
            UUID kept = toSelect != null ? toSelect : selected.get() == null ? null : selected.get().post().id();
            toSelect = null;
            posts.setAll(loaded.posts());
            accounts.setAll(loaded.accounts());
            needAttention.set((int) loaded.posts().stream().filter(r -> r.post().status() == PostStatus.FAILED || r.post().status() == PostStatus.MISSED).count());
            selected.set(loaded.posts().stream().filter(r -> r.post().id().equals(kept)).findFirst().orElse(null));
            if (editSelected && selected.get() != null) {
                editRequested.set(selected.get().post());
            }
            editSelected = false;
        }, this::failed);
    }

    /** Reads the posts again and selects this one. */
    public void show(UUID postId) {
        toSelect = postId;
        load();
    }

    /** Selects the post and asks the view to open its editor (an alert's Edit). */
    public void showForEditing(UUID postId) {
        editSelected = true;
        show(postId);
    }

    /** A post whose editor the view should open; the view sets it back to null once it has. */
    public ObjectProperty<ScheduledPost> editRequestedProperty() {
        return editRequested;
    }

    /** A failed, missed or cancelled post goes out at the next round; a planned one is moved to now. */
    public void sendNow() {
        if (selected.get() != null) {
            sendNow(selected.get().post());
        }
    }

    /** Asks once, then sends the post at the next round (started at once). */
    public void sendNow(ScheduledPost post) {
        if (post.status() == PostStatus.ON_PLATFORM) {
            say("It is held by its network until its time; move it there, or cancel it and send it from here.");
            return;
        }
        String account = posts.stream().filter(r -> r.post().id().equals(post.id())).map(Row::account).findFirst().orElse("its account");
        if (!confirmations.confirm(new Confirmations.Question("Send now?", "The post goes out to " + account
                + " now, for everyone who follows it" + (post.scheduledAt() != null && post.scheduledAt().isAfter(clock.instant())
                ? ", instead of at its planned time." : "."), "Send now"))) {
            return;
        }
        tasks.run(() -> scheduling.sendNow(post.id()),
                changed -> {
                    say("Sending…");
                    load();
                    roundNow.run();
                }, this::failed);
    }

    /**
     * A new text for a post not yet out, checked against its network again; {@code refused} hears why it was not
     * saved (the post is then unchanged), {@code saved} that it was.
     */
    public void edit(ScheduledPost post, String text, Runnable saved, java.util.function.Consumer<String> refused) {
        tasks.run(() -> scheduling.edit(post.id(), text, post.media(), post.firstComment()), edited -> {
            say("Saved" + (edited.scheduledAt() == null ? "." : "; still planned for " + QueueViewModel.when(edited) + "."));
            load();
            saved.run();
        }, failure -> refused.accept(Messages.of(failure)));
    }

    public void cancel() {
        Row row = selected.get();
        if (row == null) {
            return;
        }
        // Through the scheduling service: a post its network holds is deleted there first.
        tasks.run(() -> scheduling.cancel(row.post().id()), cancelled -> {
            say("Cancelled.");
            load();
        }, this::failed);
    }

    /** Hands the selected planned post to its network, which publishes it at its time even with this computer off. */
    public void handOff() {
        Row row = selected.get();
        if (row == null || !handOffChoice.get().possible()) {
            return;
        }
        tasks.run(() -> scheduling.handOff(row.post().id()), held -> {
            say("Handed to " + row.account() + ": it goes out there " + org.scriptorium.app.common.Formats.current().dateTimeWithZone(held.plannedLocal(), java.time.LocalDate.now(clock))
                    + ", with or without Scriptorium running.");
            load();
        }, failure -> {
            failed(failure);
            load(); // the post stays planned here, or is in doubt until the next round: either way its row changed
        });
    }

    public javafx.beans.property.ReadOnlyObjectProperty<HandOffChoice> handOffChoiceProperty() {
        return handOffChoice;
    }

    /** Pure: no network call, only whether the account's network can hold posts (see {@link Scheduling#holdsPosts}). */
    private HandOffChoice handOffChoiceFor(Row row) {
        if (row == null) {
            return HandOffChoice.NOTHING_SELECTED;
        }
        Account account = accounts.stream().filter(a -> a.id().equals(row.post().accountId())).findFirst().orElse(null);
        return HandOffChoice.of(row, account, account != null && scheduling.holdsPosts(account));
    }

    /** What a publishing round did: a failure or a miss is said where the user will see it. */
    public void roundDone(PublishEngine.TickReport report) {
        if (report.failed() + report.missed() > 0) {
            say((report.failed() + report.missed() == 1 ? "A post" : (report.failed() + report.missed()) + " posts")
                    + " could not go out; Posts shows why, with Send now to try again.");
        } else if (report.published() > 0) {
            say(report.published() == 1 ? "A post was published." : report.published() + " posts were published.");
        }
        if (report.published() + report.failed() + report.missed() + report.retrying() + report.reconciled() > 0) {
            load();
        }
    }

    /**
     * Moves a post to another day of the calendar, keeping its wall-clock time in the zone it was planned in (09:00 in
     * Berlin stays 09:00 in Berlin, whatever the clocks do in between). A post already out cannot move.
     */
    public void moveTo(Row row, LocalDate day) {
        moveTo(row, day, shownIn);
    }

    /** As {@link #moveTo(Row, LocalDate)}, for a calendar that shows its days in {@code shownIn}. */
    public void moveTo(Row row, LocalDate day, ZoneId shownIn) {
        ScheduledPost post = row.post();
        if (post.scheduledAt() == null) {
            return;
        }
        long days = java.time.temporal.ChronoUnit.DAYS.between(post.scheduledAt().atZone(shownIn).toLocalDate(), day);
        if (days == 0) {
            return;
        }
        move(post, PlannedTime.of(post.plannedLocal().toLocalDateTime().plusDays(days), post.zone()));
    }

    /**
     * Moves a post to a slot of the calendar: that wall-clock time in the zone the calendar shows. The post keeps the
     * zone it was planned in, so it reads as the same moment there.
     */
    public void moveTo(Row row, java.time.LocalDateTime slot, ZoneId shownIn) {
        ScheduledPost post = row.post();
        PlannedTime shown = PlannedTime.of(slot, shownIn);
        if (shown.instant().equals(post.scheduledAt())) {
            return;
        }
        move(post, new PlannedTime(shown.instant(), post.zone(), shown.note()));
    }

    private void move(ScheduledPost post, PlannedTime when) {
        tasks.run(() -> scheduling.reschedule(post.id(), when.instant(), post.zone()), moved -> {
            // Undo puts it back where it was, in the zone it was planned in.
            PlannedTime before = new PlannedTime(post.scheduledAt(), post.zone(), null);
            say("Moved to " + org.scriptorium.app.common.Formats.current().dateTimeWithZone(moved.plannedLocal(), java.time.LocalDate.now(clock))
                    + (when.note() == null ? "." : ". " + when.note()),
                    post.scheduledAt() == null ? null : new org.scriptorium.app.common.Notices.Action("Undo", () -> move(moved, before)));
            load();
        }, this::failed);
    }

    /** The queue tab's model, made when first shown. */
    public QueueViewModel queue() {
        if (queue == null) {
            queue = new QueueViewModel(scheduling, this, tasks, clock);
        }
        return queue;
    }

    public ObservableList<Row> posts() {
        return posts;
    }

    public ObservableList<Account> accounts() {
        return accounts;
    }

    public ObjectProperty<Row> selectedProperty() {
        return selected;
    }

    public IntegerProperty needAttentionProperty() {
        return needAttention;
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.property();
    }
}
