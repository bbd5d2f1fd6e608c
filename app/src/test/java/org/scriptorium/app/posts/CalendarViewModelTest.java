package org.scriptorium.app.posts;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scriptorium.app.common.Confirmations;
import org.scriptorium.app.common.DirectTaskRunner;
import org.scriptorium.core.Studio;
import org.scriptorium.core.TestStudios;
import org.scriptorium.core.accounts.Account;
import org.scriptorium.core.drafts.NewDraft;
import org.scriptorium.core.scheduling.PostStatus;
import org.scriptorium.core.scheduling.ScheduledPost;
import org.scriptorium.publishers.bluesky.FakePds;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** The calendar without a window: which days a period shows, where posts and drafts fall, and what a drag or a double-click does. */
class CalendarViewModelTest {
    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");

    @TempDir
    Path dataDir;
    private FakePds pds;
    private Studio studio;
    private Account account;
    private PostsViewModel posts;
    private CalendarViewModel calendar;
    private final List<UUID> opened = new ArrayList<>();

    private final java.util.Locale machineLocale = java.util.Locale.getDefault(java.util.Locale.Category.FORMAT);
    private final org.scriptorium.app.common.Notices notices = new org.scriptorium.app.common.Notices((delay, then) -> { });

    @BeforeEach
    void open() throws Exception {
        // The words are checked as a British user reads them, whatever this machine's locale.
        java.util.Locale.setDefault(java.util.Locale.Category.FORMAT, java.util.Locale.UK);
        pds = new FakePds();
        studio = TestStudios.open(dataDir);
        account = pds.connect(studio.publishing());
        // "Today" is 2 December 2027 in Berlin; the posts are planned after it.
        Clock clock = Clock.fixed(Instant.parse("2027-12-02T08:00:00Z"), BERLIN);
        posts = new PostsViewModel(studio.scheduling(), studio.publishing(), new DirectTaskRunner(), clock, Confirmations.ALWAYS);
        calendar = new CalendarViewModel(posts, studio.drafts(), new DirectTaskRunner(), clock, opened::add);
        calendar.showIn("Europe/Berlin");
        posts.setNotices(notices);
    }

    @AfterEach
    void close() {
        java.util.Locale.setDefault(java.util.Locale.Category.FORMAT, machineLocale);
        studio.close();
        pds.close();
    }

    @Test
    void eachModeShowsItsDaysAndSaysWhichPeriodItIs() {
        assertThat(calendar.focusProperty().get()).isEqualTo(LocalDate.of(2027, 12, 2));
        assertThat(calendar.minuteNow()).isEqualTo(9 * 60); // 08:00 UTC is 09:00 in Berlin: where the "now" line is drawn
        assertThat(calendar.shownDays()).hasSize(42).startsWith(LocalDate.of(2027, 11, 29)); // the Monday before the 1st
        assertThat(calendar.titleProperty().get()).isEqualTo("December 2027");

        calendar.modeProperty().set(CalendarMode.WEEK);
        assertThat(calendar.shownDays()).containsExactlyElementsOf(LocalDate.of(2027, 11, 29).datesUntil(LocalDate.of(2027, 12, 6)).toList());
        assertThat(calendar.titleProperty().get()).isEqualTo("29 Nov – 5 Dec 2027");
        calendar.next();
        calendar.next();
        calendar.next();
        calendar.next();
        assertThat(calendar.titleProperty().get()).isEqualTo("27 Dec 2027 – 2 Jan 2028");

        calendar.today();
        calendar.modeProperty().set(CalendarMode.DAY);
        assertThat(calendar.titleProperty().get()).isEqualTo("Thursday 2 December 2027");
        calendar.previous();
        assertThat(calendar.shownDays()).containsExactly(LocalDate.of(2027, 12, 1));

        calendar.modeProperty().set(CalendarMode.AGENDA);
        assertThat(calendar.shownDays()).hasSize(30).startsWith(LocalDate.of(2027, 12, 1)).endsWith(LocalDate.of(2027, 12, 30));
        calendar.showDay(LocalDate.of(2027, 12, 24));
        assertThat(calendar.modeProperty().get()).isEqualTo(CalendarMode.DAY);
        assertThat(calendar.titleProperty().get()).isEqualTo("Friday 24 December 2027");
    }

    @Test
    void theAgendaOpenedFromAWeekOrAMonthStartsAtTheFirstDayOfThatPeriod() {
        calendar.showDay(LocalDate.of(2027, 12, 3)); // a Friday
        calendar.modeProperty().set(CalendarMode.WEEK);
        calendar.modeProperty().set(CalendarMode.AGENDA);
        assertThat(calendar.shownDays()).startsWith(LocalDate.of(2027, 11, 29)); // that week's Monday, not the Friday

        calendar.showDay(LocalDate.of(2027, 12, 17));
        calendar.modeProperty().set(CalendarMode.MONTH);
        calendar.modeProperty().set(CalendarMode.AGENDA);
        assertThat(calendar.shownDays()).startsWith(LocalDate.of(2027, 12, 1));
        assertThat(calendar.titleProperty().get()).isEqualTo("1 Dec – 30 Dec 2027");

        calendar.showDay(LocalDate.of(2027, 12, 17));
        calendar.modeProperty().set(CalendarMode.AGENDA);
        assertThat(calendar.shownDays()).startsWith(LocalDate.of(2027, 12, 17)); // from a day: that day
        calendar.restore(null, "agenda");
        assertThat(calendar.shownDays()).startsWith(LocalDate.of(2027, 12, 2)); // opened again: today
    }

    @Test
    void aPostPlannedInAnotherZoneFallsOnTheDayAndHourItIsHereAndSaysItsOwnTime() {
        ScheduledPost lateInNewYork = plan("Late show", LocalDateTime.of(2027, 12, 5, 21, 30), NEW_YORK); // 03:30 on the 6th in Berlin
        ScheduledPost morning = plan("Morning", LocalDateTime.of(2027, 12, 3, 9, 0), BERLIN);
        calendar.modeProperty().set(CalendarMode.WEEK);

        var week = calendar.entriesByDay();
        assertThat(week.keySet()).containsExactly(LocalDate.of(2027, 12, 3)); // the New York evening is next week's Monday here
        CalendarEntry.Post shown = (CalendarEntry.Post) week.get(LocalDate.of(2027, 12, 3)).getFirst();
        assertThat(shown.row().post().id()).isEqualTo(morning.id());
        assertThat(shown.minuteOfDay()).isEqualTo(9 * 60);
        assertThat(shown.plannedElsewhere()).isNull();

        calendar.next();
        CalendarEntry.Post elsewhere = (CalendarEntry.Post) calendar.entriesByDay().get(LocalDate.of(2027, 12, 6)).getFirst();
        assertThat(elsewhere.row().post().id()).isEqualTo(lateInNewYork.id());
        assertThat(elsewhere.minuteOfDay()).isEqualTo(3 * 60 + 30);
        assertThat(elsewhere.plannedElsewhere()).isEqualTo("21:30 (New York)");

        calendar.showIn("America/New_York");
        calendar.previous();
        assertThat(calendar.entriesByDay().get(LocalDate.of(2027, 12, 5))).singleElement()
                .satisfies(e -> assertThat(((CalendarEntry.Post) e).minuteOfDay()).isEqualTo(21 * 60 + 30));
    }

    @Test
    void postsAtNineInBerlinStayAtNineAcrossTheSpringChangeAndMoveAnHourInNewYork() {
        // Berlin's clocks go forward on 28 March 2027; New York's went two weeks earlier.
        plan("Before the change", LocalDateTime.of(2027, 3, 27, 9, 0), BERLIN);
        plan("After the change", LocalDateTime.of(2027, 3, 29, 9, 0), BERLIN);
        calendar.focusProperty().set(LocalDate.of(2027, 3, 27));
        calendar.modeProperty().set(CalendarMode.WEEK);

        assertThat(minutes(calendar)).containsExactly(9 * 60);
        calendar.next();
        assertThat(minutes(calendar)).containsExactly(9 * 60);

        calendar.showIn("America/New_York");
        calendar.previous();
        assertThat(minutes(calendar)).containsExactly(4 * 60); // 09:00 CET is 04:00 EDT
        calendar.next();
        assertThat(minutes(calendar)).containsExactly(3 * 60); // 09:00 CEST is 03:00 EDT
    }

    @Test
    void aPostDroppedOnASlotGoesOutThenAndKeepsTheZoneItWasPlannedIn() {
        ScheduledPost post = plan("Grid upgrade, part two", LocalDateTime.of(2027, 12, 3, 9, 0), NEW_YORK);
        calendar.modeProperty().set(CalendarMode.WEEK);
        CalendarEntry.Post shown = (CalendarEntry.Post) calendar.entriesByDay().get(LocalDate.of(2027, 12, 3)).getFirst();

        calendar.moveToSlot(shown, LocalDate.of(2027, 12, 4), LocalTime.of(10, 30));

        ScheduledPost moved = studio.scheduling().posts().get(post.id());
        assertThat(moved.scheduledAt()).isEqualTo(ZonedDateTime.of(2027, 12, 4, 10, 30, 0, 0, BERLIN).toInstant());
        assertThat(moved.plannedLocal()).isEqualTo(ZonedDateTime.of(2027, 12, 4, 4, 30, 0, 0, NEW_YORK));
        assertThat(moved.status()).isEqualTo(PostStatus.SCHEDULED);
        assertThat(posts.messageProperty().get()).isEqualTo("Moved to Sat 4 Dec, 04:30 (New York).");
        // The notice that says so offers Undo, which puts it back where it was.
        var said = notices.shown().getLast();
        assertThat(said.action().label()).isEqualTo("Undo");
        notices.act(said);
        assertThat(studio.scheduling().posts().get(post.id()).plannedLocal()).isEqualTo(ZonedDateTime.of(2027, 12, 3, 9, 0, 0, 0, NEW_YORK));
        calendar.moveToSlot((CalendarEntry.Post) calendar.entriesByDay().get(LocalDate.of(2027, 12, 3)).getFirst(),
                LocalDate.of(2027, 12, 4), LocalTime.of(10, 30));

        // Dropped on a day of the month instead: the same wall-clock time in its own zone, a day later.
        calendar.modeProperty().set(CalendarMode.MONTH);
        CalendarEntry movedEntry = calendar.entriesByDay().get(LocalDate.of(2027, 12, 4)).getFirst();
        calendar.moveToDay(movedEntry, LocalDate.of(2027, 12, 5));
        assertThat(studio.scheduling().posts().get(post.id()).plannedLocal()).isEqualTo(ZonedDateTime.of(2027, 12, 5, 4, 30, 0, 0, NEW_YORK));
    }

    @Test
    void aSlotTheClocksSkipIsPlannedForTheTimeAfterAndSaysSo() {
        ScheduledPost post = plan("Spring", LocalDateTime.of(2027, 3, 27, 9, 0), BERLIN);
        calendar.focusProperty().set(LocalDate.of(2027, 3, 27));
        calendar.modeProperty().set(CalendarMode.WEEK);
        CalendarEntry.Post shown = (CalendarEntry.Post) calendar.entriesByDay().get(LocalDate.of(2027, 3, 27)).getFirst();

        calendar.moveToSlot(shown, LocalDate.of(2027, 3, 28), LocalTime.of(2, 30));

        assertThat(studio.scheduling().posts().get(post.id()).plannedLocal().toLocalDateTime()).isEqualTo(LocalDateTime.of(2027, 3, 28, 3, 30));
        assertThat(posts.messageProperty().get()).contains("02:30 does not exist in Europe/Berlin").contains("03:30 instead");
    }

    @Test
    void aDoubleClickedSlotStartsAPostThereInTheCalendarsZone() {
        calendar.showIn("America/New_York");
        posts.composer().shownProperty().set(false); // the form was put away to give the calendar the width

        calendar.newPostAt(LocalDate.of(2027, 12, 9), LocalTime.of(14, 30));

        assertThat(posts.composer().shownProperty().get()).isTrue();
        assertThat(posts.composer().dayProperty().get()).isEqualTo(LocalDate.of(2027, 12, 9));
        assertThat(posts.composer().timeProperty().get()).isEqualTo("14:30");
        assertThat(posts.composer().zoneProperty().get()).isEqualTo("America/New_York");
    }

    @Test
    void draftsPlannedForADayAreShownFirstThatDayOpenOnClickAndMoveByDrag() {
        ScheduledPost post = plan("Teaser", LocalDateTime.of(2027, 12, 10, 8, 0), BERLIN);
        var essay = studio.drafts().create(NewDraft.titled("Why the grid upgrade is late"));
        studio.drafts().planPublishing(essay.id(), LocalDate.of(2027, 12, 10));
        studio.drafts().planPublishing(studio.drafts().create(NewDraft.titled("Next year")).id(), LocalDate.of(2028, 2, 1));
        calendar.loadDrafts();

        var month = calendar.entriesByDay();
        assertThat(month.keySet()).containsExactly(LocalDate.of(2027, 12, 10));
        assertThat(month.get(LocalDate.of(2027, 12, 10))).hasSize(2).first().isInstanceOfSatisfying(CalendarEntry.Draft.class,
                d -> assertThat(d.draft().title()).isEqualTo("Why the grid upgrade is late"));
        assertThat(((CalendarEntry.Post) month.get(LocalDate.of(2027, 12, 10)).get(1)).row().post().id()).isEqualTo(post.id());

        CalendarEntry draft = month.get(LocalDate.of(2027, 12, 10)).getFirst();
        calendar.open(draft, 1);
        assertThat(opened).containsExactly(essay.id());
        calendar.open(month.get(LocalDate.of(2027, 12, 10)).get(1), 1);
        assertThat(posts.selectedProperty().get().post().id()).isEqualTo(post.id());
        assertThat(posts.editRequestedProperty().get()).isNull();
        calendar.open(month.get(LocalDate.of(2027, 12, 10)).get(1), 2); // a double click opens the post's editor
        assertThat(posts.editRequestedProperty().get().id()).isEqualTo(post.id());

        calendar.moveToDay(draft, LocalDate.of(2027, 12, 14));
        assertThat(studio.drafts().get(essay.id()).plannedOn()).isEqualTo(LocalDate.of(2027, 12, 14));
        assertThat(calendar.entriesByDay().get(LocalDate.of(2027, 12, 14))).singleElement().isInstanceOf(CalendarEntry.Draft.class);
    }

    @Test
    void theKeyboardMovesTheSelectedPostByDaysKeepingItsTimeAndByHalfHours() {
        calendar.showIn("America/New_York");
        ScheduledPost post = studio.scheduling().posts().create(account.id(), null, "Nudged", List.of(), null,
                java.time.ZonedDateTime.of(2027, 12, 9, 9, 0, 0, 0, ZoneId.of("Europe/Berlin")).toInstant(), ZoneId.of("Europe/Berlin"));
        posts.load();
        calendar.nudgeSelected(1, 0); // nothing selected: nothing moves
        assertThat(studio.scheduling().posts().get(post.id()).scheduledAt()).isEqualTo(post.scheduledAt());
        posts.selectedProperty().set(posts.posts().stream().filter(r -> r.post().id().equals(post.id())).findFirst().orElseThrow());

        calendar.nudgeSelected(1, 0);
        assertThat(studio.scheduling().posts().get(post.id()).plannedLocal().toLocalDateTime()).isEqualTo("2027-12-10T09:00");
        posts.selectedProperty().set(posts.posts().stream().filter(r -> r.post().id().equals(post.id())).findFirst().orElseThrow());
        calendar.nudgeSelected(0, -30);
        assertThat(studio.scheduling().posts().get(post.id()).plannedLocal().toLocalDateTime()).isEqualTo("2027-12-10T08:30");
        assertThat(studio.scheduling().posts().get(post.id()).zone()).isEqualTo(ZoneId.of("Europe/Berlin"));
    }

    @Test
    void theViewAndZoneLeftLastTimeComeBackAndStaleOnesAreIgnored() {
        ZoneId before = calendar.zoneProperty().get();
        calendar.restore("Mars/Olympus_Mons", "fortnight");
        assertThat(calendar.zoneProperty().get()).isEqualTo(before);
        assertThat(calendar.modeProperty().get()).isEqualTo(CalendarMode.MONTH);

        calendar.restore("America/New_York", "week");
        assertThat(calendar.zoneProperty().get()).isEqualTo(ZoneId.of("America/New_York"));
        assertThat(calendar.modeProperty().get()).isEqualTo(CalendarMode.WEEK);
    }

    @Test
    void anUnknownZoneIsSaidAndChangesNothing() {
        calendar.showIn("Mars/Olympus_Mons");

        assertThat(calendar.zoneProperty().get()).isEqualTo(BERLIN);
        assertThat(posts.messageProperty().get()).contains("Unknown time zone \"Mars/Olympus_Mons\"");
    }

    private ScheduledPost plan(String text, LocalDateTime local, ZoneId zone) {
        ScheduledPost post = studio.scheduling().posts().create(account.id(), null, text, List.of(), null, local.atZone(zone).toInstant(), zone);
        posts.load();
        return post;
    }

    private static List<Integer> minutes(CalendarViewModel calendar) {
        return calendar.entriesByDay().values().stream().flatMap(List::stream)
                .map(e -> ((CalendarEntry.Post) e).minuteOfDay()).toList();
    }
}
