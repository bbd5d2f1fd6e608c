package org.scriptorium.app.posts;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.scriptorium.app.common.Confirmations;
import org.scriptorium.app.common.Messages;
import org.scriptorium.app.common.TaskRunner;
import org.scriptorium.core.accounts.Account;
import org.scriptorium.core.publishing.Publishing;
import org.scriptorium.core.scheduling.PlannedTime;
import org.scriptorium.core.scheduling.Scheduling;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The form that plans a new post in the Posts area: its text (perhaps composed from a draft, and kept linked to it),
 * images with alt text, a first comment where the network takes one, and when: a day, a time and a zone, preset by
 * a double-click on the calendar or by the account's own zone, or the account's next free queue slot.
 */
public final class PostComposerViewModel {
    private final PostsViewModel owner;
    private final Scheduling scheduling;
    private final Publishing publishing;
    private final TaskRunner tasks;
    private final Clock clock;
    private final StringProperty text = new SimpleStringProperty("");
    private final ObjectProperty<UUID> draftId = new SimpleObjectProperty<>();
    private final ReadOnlyStringWrapper source = new ReadOnlyStringWrapper("");
    private final ObjectProperty<LocalDate> day = new SimpleObjectProperty<>();
    private final StringProperty time = new SimpleStringProperty();
    private final StringProperty zone = new SimpleStringProperty();
    private final StringProperty firstComment = new SimpleStringProperty("");
    private final BooleanProperty firstCommentAllowed = new SimpleBooleanProperty(false);
    private final BooleanProperty shown = new SimpleBooleanProperty(true);
    /** The chosen account's network, as the counting rules name it; null before an account is chosen. */
    private final ObjectProperty<org.scriptorium.core.writing.social.Platform> platform = new SimpleObjectProperty<>();
    private final ReadOnlyStringWrapper count = new ReadOnlyStringWrapper("");
    private final javafx.beans.property.ReadOnlyBooleanWrapper fits = new javafx.beans.property.ReadOnlyBooleanWrapper(true);
    private final ObservableList<ComposerImage> media = FXCollections.observableArrayList();
    private Function<UUID, List<org.scriptorium.core.publishing.PostImage>> draftImages = draft -> List.of();
    /** The zone was set by a double-click on the calendar: the time means that zone, whatever the account's. */
    private boolean zoneFromCalendar;

    private final Confirmations confirmations;

    PostComposerViewModel(PostsViewModel owner, Scheduling scheduling, Publishing publishing, TaskRunner tasks, Clock clock,
                          Confirmations confirmations) {
        this.owner = owner;
        this.scheduling = scheduling;
        this.publishing = publishing;
        this.tasks = tasks;
        this.clock = clock;
        this.confirmations = confirmations;
        zone.set(clock.getZone().getId());
        presetNextRoundHour();
        text.addListener((o, a, b) -> recount());
        platform.addListener((o, a, b) -> recount());
    }

    /** "212 / 300" as the chosen account's network counts the text (links, mentions and emoji as it does), live. */
    private void recount() {
        var network = platform.get();
        if (network == null) {
            count.set("");
            fits.set(true);
            return;
        }
        var rules = org.scriptorium.core.writing.social.PlatformRules.of(network);
        String written = text.get() == null ? "" : text.get();
        count.set(rules.length(written) + " / " + rules.limit());
        fits.set(rules.fits(written));
    }

    /** The post as the chosen account's feed shows it, past-the-limit characters marked; null before an account is chosen. */
    public org.scriptorium.core.writing.social.PostPreview preview() {
        return platform.get() == null ? null : org.scriptorium.core.writing.social.PostPreview.of(platform.get(), text.get() == null ? "" : text.get());
    }

    public ReadOnlyStringProperty countProperty() {
        return count.getReadOnlyProperty();
    }

    public javafx.beans.property.ReadOnlyBooleanProperty fitsProperty() {
        return fits.getReadOnlyProperty();
    }

    public ObjectProperty<org.scriptorium.core.writing.social.Platform> platformProperty() {
        return platform;
    }

    /**
     * The time a new post starts with: the next round hour in the composer's zone, never a time already past (a
     * default in the past would send the post the moment Plan is pressed).
     */
    private void presetNextRoundHour() {
        ZoneId in = zoneOrHere();
        java.time.ZonedDateTime next = clock.instant().atZone(in).truncatedTo(java.time.temporal.ChronoUnit.HOURS).plusHours(1);
        day.set(next.toLocalDate());
        time.set(next.toLocalTime().toString());
    }

    private ZoneId zoneOrHere() {
        try {
            return ZoneId.of(zone.get());
        } catch (RuntimeException unknown) {
            return clock.getZone();
        }
    }

    /** Plans the form's post as written (its text, day, time and zone) for {@code account}. */
    public void planAsWritten(Account account) {
        plan(account, text.get(), day.get(), time.get(), zoneOrHere());
    }

    /** Plans a post for {@code time} on {@code day} in {@code zone}; says when the clocks make that time odd. */
    public void plan(Account account, String text, LocalDate day, String time, ZoneId zone) {
        if (account == null) {
            owner.tell("Choose the account to post to.");
            return;
        }
        if (day == null) {
            owner.tell("Choose the day.");
            return;
        }
        LocalTime at;
        try {
            at = LocalTime.parse(time == null ? "" : time.strip());
        } catch (DateTimeParseException e) {
            owner.tell("A time is written like 09:00; got \"" + time + "\".");
            return;
        }
        PlannedTime when = PlannedTime.of(day.atTime(at), zone == null ? clock.getZone() : zone);
        if (!when.instant().isAfter(clock.instant()) && !confirmations.confirm(new Confirmations.Question("Publish now?",
                day + " " + at + " " + when.zone().getId() + " has already passed, so the post would go out to " + account.name()
                        + " at once. Publish it now?", "Publish now"))) {
            owner.tell("Nothing was planned; choose a time still to come.");
            return;
        }
        UUID draft = draftId.get();
        List<org.scriptorium.core.publishing.PostImage> media = images();
        String comment = commentToSend();
        tasks.run(() -> scheduling.plan(account, draft, text, media, comment, when), post -> {
            clear();
            owner.tell("Planned for " + post.plannedLocal().toLocalDateTime().toString().replace('T', ' ') + " " + post.zone()
                    + (when.note() == null ? "." : ". " + when.note()));
            owner.load();
            if (!post.scheduledAt().isAfter(clock.instant())) {
                owner.roundNow(); // planned for a time already past: it goes out now
            }
        }, failure -> owner.tell(Messages.of(failure)));
    }

    /** The first comment, when the chosen network takes one (a hidden field's leftover text is not sent). */
    private String commentToSend() {
        return firstCommentAllowed.get() && !firstComment.get().isBlank() ? firstComment.get().strip() : null;
    }

    private List<org.scriptorium.core.publishing.PostImage> images() {
        return media.stream().map(ComposerImage::toPostImage).toList();
    }

    /** An image file for the composer's post; its network checks its size and kind when the post is planned. */
    public void addImage(java.nio.file.Path file) {
        media.add(new ComposerImage(file, ""));
    }

    /** The images of the draft the composer's post comes from (with their alt text), those not already added. */
    public void addDraftImages() {
        UUID draft = draftId.get();
        if (draft == null) {
            return;
        }
        tasks.run(() -> draftImages.apply(draft), images -> {
            var have = media.stream().map(ComposerImage::file).collect(Collectors.toSet());
            images.stream().filter(i -> !have.contains(i.file().toAbsolutePath())).forEach(i -> media.add(new ComposerImage(i.file(), i.altText())));
            if (images.isEmpty()) {
                owner.tell("The draft has no images yet; make some with Write › Images.");
            }
        }, failure -> owner.tell(Messages.of(failure)));
    }

    public ObservableList<ComposerImage> media() {
        return media;
    }

    public javafx.beans.binding.BooleanBinding fromDraft() {
        return draftId.isNotNull();
    }

    private void clear() {
        zoneFromCalendar = false;
        presetNextRoundHour();
        media.clear();
        firstComment.set("");
        text.set("");
        draftId.set(null);
        source.set("");
    }

    /**
     * Starts a post from a draft: a post composed from it for LinkedIn (edit it, or pick another account), kept
     * linked to the draft it came from.
     */
    public void startFromDraft(UUID draftId, String title, String markdown) {
        this.draftId.set(draftId);
        shown.set(true);
        source.set("From the draft \"" + title + "\"");
        text.set(String.join("\n\n", new org.scriptorium.core.writing.social.SocialComposer()
                .compose(org.scriptorium.core.writing.social.Platform.LINKEDIN, title, markdown, null).parts()));
    }

    /**
     * An account with posting slots has its own zone and a next free slot: the composer plans there once the account
     * is chosen. Its network says whether a first comment can go with the post.
     */
    public void accountChosen(Account account) {
        if (account == null) {
            platform.set(null);
            return;
        }
        platform.set(account.network().platform());
        firstCommentAllowed.set(publishing.publisher(account).capabilities().firstComment());
        if (zoneFromCalendar) {
            return;
        }
        // An account with a queue starts at its next free slot, in the queue's zone.
        tasks.run(() -> scheduling.slots(account.id()).map(s -> scheduling.nextQueueSlot(account)), found -> found.ifPresent(slot -> {
            java.time.ZonedDateTime at = slot.instant().atZone(slot.zone());
            zone.set(slot.zone().getId());
            day.set(at.toLocalDate());
            time.set(at.toLocalTime().toString());
        }), failure -> owner.tell(Messages.of(failure)));
    }

    /** Whether the form is open beside the calendar; starting a post opens it. */
    public BooleanProperty shownProperty() {
        return shown;
    }

    public StringProperty firstCommentProperty() {
        return firstComment;
    }

    public javafx.beans.property.ReadOnlyBooleanProperty firstCommentAllowedProperty() {
        return firstCommentAllowed;
    }

    /** Starts a new post at a day and time of the calendar (shown in {@code zone}): the composer is set to it. */
    public void startAt(LocalDate onDay, LocalTime atTime, ZoneId in) {
        day.set(onDay);
        time.set(atTime.toString());
        zone.set(in.getId());
        zoneFromCalendar = true;
        shown.set(true);
        owner.tell("Write the post for " + onDay + " " + atTime + ", pick its account, then Plan.");
    }

    public ObjectProperty<LocalDate> dayProperty() {
        return day;
    }

    public StringProperty timeProperty() {
        return time;
    }

    public StringProperty zoneProperty() {
        return zone;
    }

    public StringProperty textProperty() {
        return text;
    }

    public ReadOnlyStringProperty sourceProperty() {
        return source.getReadOnlyProperty();
    }

    /** Plans the composer's post for the next free slot of the account's queue. */
    public void addToQueue(Account account, String text) {
        if (account == null) {
            owner.tell("Choose the account whose queue it joins.");
            return;
        }
        UUID draft = draftId.get();
        List<org.scriptorium.core.publishing.PostImage> media = images();
        String comment = commentToSend();
        tasks.run(() -> scheduling.addToQueue(account, draft, text, media, comment), post -> {
            clear();
            owner.tell("Added to the queue for " + QueueViewModel.when(post) + ".");
            owner.load();
        }, failure -> owner.tell(Messages.of(failure)));
    }

    /** Where a draft's images are (the writing engine's library), for a post composed from the draft. */
    public void setDraftImages(Function<UUID, List<org.scriptorium.core.publishing.PostImage>> draftImages) {
        this.draftImages = draftImages;
    }
}
