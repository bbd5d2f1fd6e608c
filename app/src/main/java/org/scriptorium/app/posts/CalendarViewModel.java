package org.scriptorium.app.posts;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.ListChangeListener;
import org.scriptorium.app.common.Messages;
import org.scriptorium.app.common.TaskRunner;
import org.scriptorium.core.drafts.DraftService;
import org.scriptorium.core.drafts.PlannedDraft;

import java.time.Clock;
import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.function.Consumer;

/**
 * The calendar of the Posts area: which period is shown (a month, a week, a day or the agenda's 30 days around a day
 * in focus), in which zone, and what falls on each of its days: posts at their time in that zone and drafts on the
 * day they are planned to be published. Moving, opening and starting a post here go through the posts' view model.
 */
public final class CalendarViewModel {
    static final int AGENDA_DAYS = 30;
    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMMM yyyy", Locale.ENGLISH);
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", Locale.ENGLISH);
    private static final DateTimeFormatter DAY_MONTH = DateTimeFormatter.ofPattern("d MMM", Locale.ENGLISH);
    private static final DateTimeFormatter DAY_MONTH_YEAR = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH);

    private final PostsViewModel posts;
    private final DraftService drafts;
    private final TaskRunner tasks;
    private final Clock clock;
    private final Consumer<UUID> openDraft;
    private final ObjectProperty<CalendarMode> mode = new SimpleObjectProperty<>(CalendarMode.MONTH);
    private final ObjectProperty<LocalDate> focus = new SimpleObjectProperty<>();
    private final ReadOnlyObjectWrapper<ZoneId> zone = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper title = new ReadOnlyStringWrapper("");
    private final ReadOnlyIntegerWrapper version = new ReadOnlyIntegerWrapper(0);
    private List<PlannedDraft> plannedDrafts = List.of();
    private long draftsAsked;

    public CalendarViewModel(PostsViewModel posts, DraftService drafts, TaskRunner tasks, Clock clock, Consumer<UUID> openDraft) {
        this.posts = posts;
        this.drafts = drafts;
        this.tasks = tasks;
        this.clock = clock;
        this.openDraft = openDraft;
        zone.set(clock.getZone());
        focus.set(currentDay());
        mode.addListener((o, was, now) -> {
            // The agenda starts at the first day of the period that was shown, so nothing of it drops out of sight.
            LocalDate start = was == null ? focus.get() : periodStart(was);
            if (now == CalendarMode.AGENDA && !start.equals(focus.get())) {
                focus.set(start); // its listener shows the new period
            } else {
                periodChanged();
            }
        });
        focus.addListener((o, a, b) -> periodChanged());
        // A reload of the posts (the area shown again, a post moved) reloads the drafts' days too: they may have
        // been planned in the editor meanwhile.
        posts.posts().addListener((ListChangeListener<PostsViewModel.Row>) change -> {
            changed();
            loadDrafts();
        });
        posts.selectedProperty().addListener((o, a, b) -> changed()); // the selected post's chip is marked
        updateTitle();
    }

    // ---- the period shown ----

    public void previous() {
        focus.set(step(-1));
    }

    public void next() {
        focus.set(step(1));
    }

    public void today() {
        focus.set(currentDay());
    }

    /** The day view of one day (a day's "+N more" in the month, a day's heading in the week). */
    public void showDay(LocalDate day) {
        focus.set(day);
        mode.set(CalendarMode.DAY);
    }

    /** The agenda from a day (a slot's "+N" in the day view, where every post of the day is listed). */
    public void showAgendaFrom(LocalDate day) {
        mode.set(CalendarMode.AGENDA);
        focus.set(day);
    }

    /** Shows the calendar in another zone; a name Java does not know is said and changes nothing. */
    public void showIn(String zoneName) {
        try {
            showIn(ZoneId.of(zoneName == null ? "" : zoneName.strip()));
        } catch (DateTimeException e) {
            posts.tell("Unknown time zone \"" + zoneName + "\"; use a name like Europe/Berlin or America/New_York.");
        }
    }

    private void showIn(ZoneId chosen) {
        if (!chosen.equals(zone.get())) {
            zone.set(chosen);
            periodChanged();
        }
    }

    /** The view and zone the user left the calendar in last time (either may be null or stale: then ignored). */
    public void restore(String zoneName, String modeName) {
        if (zoneName != null) {
            try {
                showIn(ZoneId.of(zoneName));
            } catch (DateTimeException stale) {
                // a zone this Java no longer knows: this computer's, as on a first start
            }
        }
        for (CalendarMode m : CalendarMode.values()) {
            if (m.name().equalsIgnoreCase(modeName)) {
                mode.set(m);
            }
        }
        focus.set(currentDay()); // a calendar opened again starts at today, whatever its view
    }

    /** The first day of the period {@code shown} covers around the focus: the month's first, the week's Monday, the day. */
    private LocalDate periodStart(CalendarMode shown) {
        LocalDate day = focus.get();
        return switch (shown) {
            case MONTH -> day.withDayOfMonth(1);
            case WEEK -> day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
            case DAY, AGENDA -> day;
        };
    }

    /** The first day the current mode shows: the Monday before the month's first day, the week's Monday, the day. */
    public LocalDate firstShown() {
        LocalDate day = focus.get();
        return switch (mode.get()) {
            case MONTH -> day.withDayOfMonth(1).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
            case WEEK -> day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
            case DAY, AGENDA -> day;
        };
    }

    /** Every day the current mode shows, in order: six weeks for a month, seven days, one, or the agenda's thirty. */
    public List<LocalDate> shownDays() {
        int count = switch (mode.get()) {
            case MONTH -> 42;
            case WEEK -> 7;
            case DAY -> 1;
            case AGENDA -> AGENDA_DAYS;
        };
        return firstShown().datesUntil(firstShown().plusDays(count)).toList();
    }

    private LocalDate step(int direction) {
        LocalDate day = focus.get();
        return switch (mode.get()) {
            case MONTH -> day.plusMonths(direction);
            case WEEK -> day.plusWeeks(direction);
            case DAY -> day.plusDays(direction);
            case AGENDA -> day.plusDays((long) direction * AGENDA_DAYS);
        };
    }

    /** Today, in the calendar's zone. */
    /** The minute of the day it is now in the calendar's zone: where the week and day views draw their "now" line. */
    public int minuteNow() {
        return java.time.LocalTime.now(clock.withZone(zone.get())).toSecondOfDay() / 60;
    }

    public LocalDate currentDay() {
        return LocalDate.now(clock.withZone(zone.get()));
    }

    private void periodChanged() {
        updateTitle();
        changed();
        loadDrafts();
    }

    private void updateTitle() {
        LocalDate first = firstShown();
        LocalDate last = shownDays().getLast();
        title.set(switch (mode.get()) {
            case MONTH -> MONTH.format(focus.get());
            case DAY -> DAY.format(first);
            case WEEK, AGENDA -> (first.getYear() == last.getYear() ? DAY_MONTH.format(first) : DAY_MONTH_YEAR.format(first))
                    + " – " + DAY_MONTH_YEAR.format(last);
        });
    }

    private void changed() {
        version.set(version.get() + 1);
    }

    // ---- what falls on the days ----

    /** Reads the drafts planned within the shown days again. */
    public void loadDrafts() {
        List<LocalDate> days = shownDays();
        long asked = ++draftsAsked;
        tasks.run(() -> drafts.planned(days.getFirst(), days.getLast()), found -> {
            if (asked == draftsAsked) { // an answer for a period no longer shown is dropped
                plannedDrafts = found;
                changed();
            }
        }, failure -> posts.tell(Messages.of(failure)));
    }

    /**
     * The shown days that hold something, each with its drafts first (they have a day, not a time) and then its posts
     * by time in the calendar's zone. Posts without a time are left out.
     */
    public Map<LocalDate, List<CalendarEntry>> entriesByDay() {
        LocalDate first = firstShown();
        LocalDate last = shownDays().getLast();
        ZoneId shownIn = zone.get();
        TreeMap<LocalDate, List<CalendarEntry>> byDay = new TreeMap<>();
        for (PlannedDraft draft : plannedDrafts) {
            if (!draft.plannedOn().isBefore(first) && !draft.plannedOn().isAfter(last)) {
                byDay.computeIfAbsent(draft.plannedOn(), d -> new ArrayList<>()).add(new CalendarEntry.Draft(draft));
            }
        }
        List<CalendarEntry.Post> shownPosts = new ArrayList<>();
        for (PostsViewModel.Row row : posts.posts()) {
            if (row.post().scheduledAt() != null) {
                CalendarEntry.Post entry = new CalendarEntry.Post(row, row.post().scheduledAt().atZone(shownIn));
                LocalDate day = entry.day();
                if (!day.isBefore(first) && !day.isAfter(last)) {
                    shownPosts.add(entry);
                }
            }
        }
        shownPosts.sort(Comparator.comparing(p -> p.row().post().scheduledAt()));
        shownPosts.forEach(p -> byDay.computeIfAbsent(p.day(), d -> new ArrayList<>()).add(p));
        return byDay;
    }

    // ---- what the user does on the calendar ----

    /**
     * A click: a post becomes the selected one (its actions apply to it), a second click opens its editor; a draft
     * opens in the editor.
     */
    public void open(CalendarEntry entry, int clicks) {
        switch (entry) {
            case CalendarEntry.Post post -> {
                posts.selectedProperty().set(post.row());
                if (clicks >= 2) {
                    posts.editRequestedProperty().set(post.row().post());
                }
            }
            case CalendarEntry.Draft draft -> openDraft.accept(draft.draft().id());
        }
    }

    /** Dropped on a day: a post keeps its wall-clock time in its own zone, a draft is planned for that day. */
    public void moveToDay(CalendarEntry entry, LocalDate day) {
        switch (entry) {
            case CalendarEntry.Post post -> posts.moveTo(post.row(), day, zone.get());
            case CalendarEntry.Draft draft -> {
                if (!day.equals(draft.day())) {
                    planDraft(draft.draft(), day);
                }
            }
        }
    }

    /** Dropped on a time slot: the post goes out at that wall-clock time in the calendar's zone. */
    public void moveToSlot(CalendarEntry.Post post, LocalDate day, LocalTime time) {
        posts.moveTo(post.row(), LocalDateTime.of(day, time), zone.get());
    }

    /**
     * The keyboard's drag: the selected post moves by whole days (keeping its wall-clock time in its own zone) or by
     * minutes (as the calendar shows it). Nothing selected, or a post already out, moves nothing.
     */
    public void nudgeSelected(int days, int minutes) {
        PostsViewModel.Row row = posts.selectedProperty().get();
        if (row == null || row.post().scheduledAt() == null) {
            return;
        }
        if (minutes == 0) {
            posts.moveTo(row, row.post().scheduledAt().atZone(zone.get()).toLocalDate().plusDays(days), zone.get());
        } else {
            posts.moveTo(row, row.post().scheduledAt().atZone(zone.get()).toLocalDateTime().plusDays(days).plusMinutes(minutes), zone.get());
        }
    }

    /** A double-click on an empty day or slot: the composer is set to that day and time, in the calendar's zone. */
    public void newPostAt(LocalDate day, LocalTime time) {
        posts.composer().startAt(day, time, zone.get());
    }

    private void planDraft(PlannedDraft draft, LocalDate day) {
        tasks.run(() -> drafts.planPublishing(draft.id(), day), planned -> {
            posts.tell("The draft \"" + planned.title() + "\" is planned for " + DAY.format(day) + ".");
            loadDrafts();
        }, failure -> posts.tell(Messages.of(failure)));
    }

    // ---- properties ----

    public ObjectProperty<CalendarMode> modeProperty() {
        return mode;
    }

    /** The day the period is built around (the agenda and the day view start at it). */
    public ObjectProperty<LocalDate> focusProperty() {
        return focus;
    }

    public ReadOnlyObjectProperty<ZoneId> zoneProperty() {
        return zone.getReadOnlyProperty();
    }

    /** Which period is shown: "December 2026", "30 Nov – 6 Dec 2026", "Tuesday 1 December 2026". */
    public ReadOnlyStringProperty titleProperty() {
        return title.getReadOnlyProperty();
    }

    /** Ticks each time what the calendar shows changes: the period, the zone, the posts or the drafts. */
    public ReadOnlyIntegerProperty versionProperty() {
        return version.getReadOnlyProperty();
    }

    public PostsViewModel posts() {
        return posts;
    }
}
