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
    /** The accounts the post goes to: one text, each checked against its own network. */
    private final ObservableList<Account> chosen = FXCollections.observableArrayList();
    /** The chosen account whose feed the preview shows. */
    private final ObjectProperty<Account> previewAs = new SimpleObjectProperty<>();
    /** The previewed account's network, as the counting rules name it; null before an account is chosen. */
    private final ObjectProperty<org.scriptorium.core.writing.social.Platform> platform = new SimpleObjectProperty<>();
    private final ComposerCounts counts = new ComposerCounts();
    /** What each chosen account's links will carry (UTM), read in the background when the accounts or the draft change. */
    private final javafx.collections.ObservableMap<UUID, org.scriptorium.core.scheduling.UtmParams> tags = FXCollections.observableHashMap();
    private final ReadOnlyStringWrapper tagsNote = new ReadOnlyStringWrapper("");
    private final ObservableList<ComposerImage> media = FXCollections.observableArrayList();
    private Function<UUID, List<org.scriptorium.core.publishing.PostImage>> draftImages = draft -> List.of();
    /** The zone was set by a double-click on the calendar: the time means that zone, whatever the account's. */
    private boolean zoneFromCalendar;
    /** The one account whose next queue slot the form was set to, so reading the accounts again does not reset it. */
    private UUID slotPresetFor;

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
        chosen.addListener((javafx.collections.ListChangeListener<Account>) change -> chosenChanged());
        previewAs.addListener((o, a, b) -> {
            platform.set(b == null ? null : b.network().platform());
            describeTags();
        });
        draftId.addListener((o, a, b) -> loadTags());
        tags.addListener((javafx.collections.MapChangeListener<UUID, org.scriptorium.core.scheduling.UtmParams>) c -> {
            recount();
            describeTags();
        });
        owner.accounts().addListener((javafx.collections.ListChangeListener<Account>) change -> keepChosen(owner.accounts()));
    }

    /** The accounts were read again: the chosen ones stay chosen as read now, and a disconnected one drops out. */
    private void keepChosen(List<Account> connected) {
        var ids = chosen.stream().map(Account::id).collect(Collectors.toSet());
        List<Account> still = connected.stream().filter(a -> ids.contains(a.id())).toList();
        if (!still.equals(chosen)) {
            UUID previewed = previewAs.get() == null ? null : previewAs.get().id();
            chosen.setAll(still);
            still.stream().filter(a -> a.id().equals(previewed)).findFirst().ifPresent(previewAs::set);
        }
    }

    private void recount() {
        java.util.Map<org.scriptorium.core.writing.social.Platform, String> sent = new java.util.LinkedHashMap<>();
        for (Account account : chosen) { // two accounts of one network tagged differently: the longer text is the one that must fit
            sent.merge(account.network().platform(), sentText(account), (x, y) -> x.length() >= y.length() ? x : y);
        }
        counts.recount(sent);
    }

    /** The text as it will go out to this account: its links tagged when the account tags them. */
    private String sentText(Account account) {
        String written = text.get() == null ? "" : text.get();
        var params = account == null ? null : tags.get(account.id());
        return params == null ? written : params.apply(written);
    }

    private void loadTags() {
        List<Account> accounts = List.copyOf(chosen);
        UUID draft = draftId.get();
        tasks.run(() -> {
            java.util.Map<UUID, org.scriptorium.core.scheduling.UtmParams> read = new java.util.HashMap<>();
            accounts.forEach(a -> scheduling.tagging().paramsFor(a, draft).ifPresent(p -> read.put(a.id(), p)));
            return read;
        }, read -> {
            if (accounts.equals(chosen) && java.util.Objects.equals(draft, draftId.get())) {
                tags.clear();
                tags.putAll(read);
            }
        }, failure -> { }); // without them the preview shows the links as written
    }

    private void describeTags() {
        var params = previewAs.get() == null ? null : tags.get(previewAs.get().id());
        tagsNote.set(params == null ? "" : "Links carry " + params.describe() + " (Accounts › Tag links…).");
    }

    /** What the previewed account's links will carry, "" when it leaves them as written. */
    public ReadOnlyStringProperty tagsNoteProperty() {
        return tagsNote.getReadOnlyProperty();
    }

    /** The post as the previewed account's feed shows it (links tagged as they will go out), past-the-limit characters marked; null before an account is chosen. */
    public org.scriptorium.core.writing.social.PostPreview preview() {
        return platform.get() == null ? null : org.scriptorium.core.writing.social.PostPreview.of(platform.get(), sentText(previewAs.get()));
    }

    /** "212 / 300" as the chosen network counts the text, or each network's count when several are chosen; live. */
    public ReadOnlyStringProperty countProperty() {
        return counts.summaryProperty();
    }

    /** Each chosen network's count, to show which one the text is too long for. */
    public ObservableList<ComposerCounts.NetworkCount> counts() {
        return counts.counts();
    }

    /** Whether the text fits every chosen network. */
    public javafx.beans.property.ReadOnlyBooleanProperty fitsProperty() {
        return counts.fitsProperty();
    }

    /** The accounts the post goes to. */
    public ObservableList<Account> chosen() {
        return chosen;
    }

    /** Adds an account to those the post goes to, or takes it away. */
    public void choose(Account account, boolean on) {
        if (on && !chosen.contains(account)) {
            chosen.add(account);
        } else if (!on) {
            chosen.remove(account);
        }
    }

    public ObjectProperty<Account> previewAsProperty() {
        return previewAs;
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

    /** Plans the form's post as written (its text, day, time and zone) for every chosen account. */
    public void planAsWritten() {
        plan(List.copyOf(chosen), text.get(), day.get(), time.get(), zoneOrHere());
    }

    /** Plans a post for {@code time} on {@code day} in {@code zone}; says when the clocks make that time odd. */
    public void plan(Account account, String text, LocalDate day, String time, ZoneId zone) {
        plan(account == null ? List.of() : List.of(account), text, day, time, zone);
    }

    /**
     * Plans the same post for several accounts at one moment; each network checks it first, and when one would
     * refuse it nothing is planned and the message says which and why.
     */
    public void plan(List<Account> accounts, String text, LocalDate day, String time, ZoneId zone) {
        if (accounts.isEmpty()) {
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
        String whenWritten = org.scriptorium.app.common.Formats.current().dateTimeWithZone(when.instant().atZone(when.zone()));
        if (!when.instant().isAfter(clock.instant()) && !confirmations.confirm(new Confirmations.Question("Publish now?",
                whenWritten + " has already passed, so the post would go out to " + names(accounts)
                        + " at once. Publish it now?", "Publish now"))) {
            owner.tell("Nothing was planned; choose a time still to come.");
            return;
        }
        UUID draft = draftId.get();
        List<org.scriptorium.core.publishing.PostImage> media = images();
        String comment = commentToSend();
        tasks.run(() -> scheduling.planEach(accounts, draft, text, media, comment, account -> when), planned -> {
            clear();
            owner.tell("Planned for " + QueueViewModel.when(planned.getFirst()) + onAccounts(accounts)
                    + (when.note() == null ? "." : ". " + when.note()));
            owner.load();
            if (!planned.getFirst().scheduledAt().isAfter(clock.instant())) {
                owner.roundNow(); // planned for a time already past: it goes out now
            }
        }, failure -> owner.tell(Messages.of(failure)));
    }

    /** "Ana Bluesky and Ana LinkedIn": the accounts as a confirmation names them. */
    private static String names(List<Account> accounts) {
        List<String> names = accounts.stream().map(a -> a.name() + " (" + a.network().label() + ")").toList();
        return names.size() == 1 ? names.getFirst() : String.join(", ", names.subList(0, names.size() - 1)) + " and " + names.getLast();
    }

    /** Nothing for one account (the user just chose it); " on 2 accounts" for several. */
    private static String onAccounts(List<Account> accounts) {
        return accounts.size() == 1 ? "" : " on " + accounts.size() + " accounts";
    }

    /** The first comment, when a chosen network takes one (a hidden field's leftover text is not sent). */
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
     * Starts a post written in Social posts for a network: its text as written there, linked to its draft, going to
     * every connected account on that network (switch accounts on or off before planning).
     */
    public void startFromSocial(UUID draftId, String title, String written, org.scriptorium.core.writing.social.Platform network) {
        this.draftId.set(draftId);
        shown.set(true);
        source.set("From Social posts for the draft \"" + title + "\"");
        text.set(written);
        chosen.setAll(owner.accounts().stream().filter(a -> a.network().platform() == network).toList());
        if (chosen.isEmpty()) {
            owner.tell("No " + network.label() + " account is connected; connect one in Accounts, or pick another account here.");
        }
    }

    /** Posts to this one account (none for null), in place of those chosen before. */
    public void accountChosen(Account account) {
        chosen.setAll(account == null ? List.of() : List.of(account));
    }

    /**
     * The preview shows a chosen account (the first, unless another chosen one was being previewed); a first comment
     * is offered when a chosen network takes one. One account with posting slots has its own zone and a next free
     * slot: the composer plans there.
     */
    private void chosenChanged() {
        if (!chosen.contains(previewAs.get())) {
            previewAs.set(chosen.isEmpty() ? null : chosen.getFirst());
        }
        firstCommentAllowed.set(chosen.stream().anyMatch(a -> publishing.publisher(a).capabilities().firstComment()));
        recount();
        loadTags();
        UUID single = chosen.size() == 1 ? chosen.getFirst().id() : null;
        boolean sameAsBefore = java.util.Objects.equals(single, slotPresetFor);
        slotPresetFor = single;
        if (single == null || zoneFromCalendar || sameAsBefore) {
            return; // the same account read again keeps the time the user may have changed
        }
        Account account = chosen.getFirst();
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
        owner.tell("Write the post for " + org.scriptorium.app.common.Formats.current().dateTime(onDay.atTime(atTime).atZone(in))
                + ", pick its accounts, then Plan.");
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

    /** Plans the composer's post for the next free slot of each chosen account's queue. */
    public void addToQueueAsWritten() {
        addToQueue(List.copyOf(chosen), text.get());
    }

    public void addToQueue(Account account, String text) {
        addToQueue(account == null ? List.of() : List.of(account), text);
    }

    /** Plans a post for the next free slot of each account's queue: all of them, or none when a network would refuse it. */
    public void addToQueue(List<Account> accounts, String text) {
        if (accounts.isEmpty()) {
            owner.tell("Choose the account whose queue it joins.");
            return;
        }
        UUID draft = draftId.get();
        List<org.scriptorium.core.publishing.PostImage> media = images();
        String comment = commentToSend();
        tasks.run(() -> scheduling.planEach(accounts, draft, text, media, comment, scheduling::nextQueueSlot), planned -> {
            clear();
            owner.tell(planned.size() == 1 ? "Added to the queue for " + QueueViewModel.when(planned.getFirst()) + "."
                    : "Added to " + planned.size() + " queues, first for " + QueueViewModel.when(planned.stream()
                    .min(java.util.Comparator.comparing(org.scriptorium.core.scheduling.ScheduledPost::scheduledAt)).orElseThrow()) + ".");
            owner.load();
        }, failure -> owner.tell(Messages.of(failure)));
    }

    /** Where a draft's images are (the writing engine's library), for a post composed from the draft. */
    public void setDraftImages(Function<UUID, List<org.scriptorium.core.publishing.PostImage>> draftImages) {
        this.draftImages = draftImages;
    }
}
