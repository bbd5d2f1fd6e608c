package org.scriptorium.app.posts;

import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
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
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
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
    /** A post with the name of its account and what will go wrong with it, as the list and the calendar show it. */
    public record Row(ScheduledPost post, String account, List<String> warnings) {
    }

    private final Scheduling scheduling;
    private final Publishing publishing;
    private final TaskRunner tasks;
    private final Clock clock;
    private final ObservableList<Row> posts = FXCollections.observableArrayList();
    private final ObservableList<Account> accounts = FXCollections.observableArrayList();
    private final ObjectProperty<Row> selected = new SimpleObjectProperty<>();
    private final IntegerProperty needAttention = new SimpleIntegerProperty(0);
    private final ZoneId shownIn = ZoneId.systemDefault();
    private final javafx.beans.property.StringProperty composerText = new javafx.beans.property.SimpleStringProperty("");
    private final ObjectProperty<UUID> composerDraft = new SimpleObjectProperty<>();
    private final ReadOnlyStringWrapper composerSource = new ReadOnlyStringWrapper("");
    private final ObjectProperty<LocalDate> composerDay = new SimpleObjectProperty<>(LocalDate.now());
    private final javafx.beans.property.StringProperty composerTime = new javafx.beans.property.SimpleStringProperty("09:00");
    private final javafx.beans.property.StringProperty composerZone = new javafx.beans.property.SimpleStringProperty(ZoneId.systemDefault().getId());
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");

    private Runnable roundNow = () -> { };

    public PostsViewModel(Scheduling scheduling, Publishing publishing, TaskRunner tasks, Clock clock) {
        this.scheduling = scheduling;
        this.publishing = publishing;
        this.tasks = tasks;
        this.clock = clock;
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
                return new Row(p, a == null ? "a disconnected account" : a.network().label() + " · " + a.name(), scheduling.warnings(p, byId));
            };
            return new Loaded(scheduling.posts().list(null, null, null).stream().map(row).toList(), all);
        }, loaded -> {
            UUID kept = selected.get() == null ? null : selected.get().post().id();
            posts.setAll(loaded.posts());
            accounts.setAll(loaded.accounts());
            needAttention.set((int) loaded.posts().stream().filter(r -> r.post().status() == PostStatus.FAILED || r.post().status() == PostStatus.MISSED).count());
            selected.set(loaded.posts().stream().filter(r -> r.post().id().equals(kept)).findFirst().orElse(null));
        }, failure -> message.set(Messages.of(failure)));
    }

    /** Plans a post for {@code time} on {@code day} in {@code zone}; says when the clocks make that time odd. */
    public void plan(Account account, String text, LocalDate day, String time, ZoneId zone) {
        if (account == null) {
            message.set("Choose the account to post to.");
            return;
        }
        if (day == null) {
            message.set("Choose the day.");
            return;
        }
        LocalTime at;
        try {
            at = LocalTime.parse(time == null ? "" : time.strip());
        } catch (DateTimeParseException e) {
            message.set("A time is written like 09:00; got \"" + time + "\".");
            return;
        }
        PlannedTime when = PlannedTime.of(day.atTime(at), zone == null ? ZoneId.systemDefault() : zone);
        UUID draft = composerDraft.get();
        tasks.run(() -> scheduling.plan(account, draft, text, List.of(), null, when), post -> {
            composerText.set("");
            composerDraft.set(null);
            composerSource.set("");
            message.set("Planned for " + post.plannedLocal().toLocalDateTime().toString().replace('T', ' ') + " " + post.zone()
                    + (when.note() == null ? "." : ". " + when.note()));
            load();
            if (!post.scheduledAt().isAfter(clock.instant())) {
                roundNow.run(); // planned for a time already past: it goes out now
            }
        }, failure -> message.set(Messages.of(failure)));
    }

    /**
     * Starts a post from a draft: a post composed from it for LinkedIn (edit it, or pick another account), kept
     * linked to the draft it came from.
     */
    public void startFromDraft(UUID draftId, String title, String markdown) {
        composerDraft.set(draftId);
        composerSource.set("From the draft \"" + title + "\"");
        composerText.set(String.join("\n\n", new org.scriptorium.core.writing.social.SocialComposer()
                .compose(org.scriptorium.core.writing.social.Platform.LINKEDIN, title, markdown, null).parts()));
    }

    /** Starts a new post at a day and time of the calendar (shown in {@code zone}): the composer is set to it. */
    public void startAt(LocalDate day, LocalTime time, ZoneId zone) {
        composerDay.set(day);
        composerTime.set(time.toString());
        composerZone.set(zone.getId());
        message.set("Write the post for " + day + " " + time + ", pick its account, then Plan.");
    }

    public ObjectProperty<LocalDate> composerDayProperty() {
        return composerDay;
    }

    public javafx.beans.property.StringProperty composerTimeProperty() {
        return composerTime;
    }

    public javafx.beans.property.StringProperty composerZoneProperty() {
        return composerZone;
    }

    void tell(String text) {
        message.set(text);
    }

    public javafx.beans.property.StringProperty composerTextProperty() {
        return composerText;
    }

    public ReadOnlyStringProperty composerSourceProperty() {
        return composerSource.getReadOnlyProperty();
    }

    /** A failed, missed or cancelled post goes out at the next round; a planned one is moved to now. */
    public void sendNow() {
        Row row = selected.get();
        if (row == null) {
            return;
        }
        ScheduledPost post = row.post();
        tasks.run(() -> post.status() == PostStatus.SCHEDULED || post.status() == PostStatus.DRAFT
                        ? scheduling.posts().reschedule(post.id(), clock.instant(), post.zone())
                        : scheduling.posts().retry(post.id()),
                changed -> {
                    message.set("Sending…");
                    load();
                    roundNow.run();
                }, failure -> message.set(Messages.of(failure)));
    }

    public void cancel() {
        Row row = selected.get();
        if (row == null) {
            return;
        }
        tasks.run(() -> scheduling.posts().cancel(row.post().id()), cancelled -> {
            message.set("Cancelled.");
            load();
        }, failure -> message.set(Messages.of(failure)));
    }

    /** What a publishing round did: a failure or a miss is said where the user will see it. */
    public void roundDone(PublishEngine.TickReport report) {
        if (report.failed() + report.missed() > 0) {
            message.set((report.failed() + report.missed() == 1 ? "A post" : (report.failed() + report.missed()) + " posts")
                    + " could not go out; Posts shows why, with Send now to try again.");
        } else if (report.published() > 0) {
            message.set(report.published() == 1 ? "A post was published." : report.published() + " posts were published.");
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
        tasks.run(() -> scheduling.posts().reschedule(post.id(), when.instant(), post.zone()), moved -> {
            message.set("Moved to " + moved.plannedLocal().toLocalDateTime().toString().replace('T', ' ') + " " + moved.zone()
                    + (when.note() == null ? "." : ". " + when.note()));
            load();
        }, failure -> message.set(Messages.of(failure)));
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
        return message.getReadOnlyProperty();
    }
}
