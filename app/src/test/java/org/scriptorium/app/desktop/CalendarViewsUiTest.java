package org.scriptorium.app.desktop;

import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scriptorium.core.Studio;
import org.scriptorium.core.accounts.Account;
import org.scriptorium.core.drafts.NewDraft;
import org.scriptorium.core.scheduling.ScheduledPost;
import org.scriptorium.publishers.bluesky.FakePds;

import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.scriptorium.app.desktop.UiWait.onFx;
import static org.scriptorium.app.desktop.UiWait.waitFor;

/**
 * The week, day and agenda views in the window: a post dragged to another day and time is stored at that time, a
 * double-click on an empty slot sets the composer to it, and a draft's planned day shows in the week, the agenda and
 * the month, and opens the draft.
 */
class CalendarViewsUiTest extends WindowTest {
    @TempDir
    static Path dataDir;
    private FakePds pds;

    @AfterEach
    void closeServers() {
        pds.close();
    }

    @Test
    void aPostDraggedInTheWeekMovesToThatSlotAndADoubleClickPlansANewOneThere() throws Exception {
        pds = new FakePds();
        ZoneId here = clock.getZone();
        // Today is a Friday (pinned): the post is planned for next Friday and moves back to that week's Tuesday, then
        // Wednesday: before the day in focus, so the agenda must start at the week's Monday to keep it in sight.
        LocalDate today = LocalDate.now(clock);
        assertThat(today.getDayOfWeek()).isEqualTo(DayOfWeek.FRIDAY);
        LocalDate planned = today.plusWeeks(1);
        LocalDate monday = planned.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        LocalDate target = monday.plusDays(1);
        UUID postId;
        UUID draftId;
        try (Studio studio = studio(dataDir)) {
            Account account = pds.connect(studio.publishing());
            postId = studio.scheduling().posts().create(account.id(), null, "Grid upgrade, part two", List.of(), null,
                    planned.atTime(9, 0).atZone(here).toInstant(), here).id();
            draftId = studio.drafts().create(NewDraft.titled("Why the grid upgrade is late")).id();
            studio.drafts().planPublishing(draftId, planned);
        }
        launchInPosts(dataDir);
        waitFor(() -> robot.lookup("#showWeek").tryQuery().isPresent());

        robot.clickOn("#showWeek");
        robot.clickOn("#nextMonth"); // the next week
        waitFor(() -> robot.lookup("#weekView #chip-" + postId).tryQuery().isPresent());
        assertThat(onFx(() -> robot.lookup("#monthTitle").queryAs(Label.class).getText())).isEqualTo("11 Jan – 17 Jan 2027");
        waitFor(() -> robot.lookup("#weekView #draft-" + draftId).tryQuery().isPresent()); // the drafts load on their own

        robot.drag("#chip-" + postId).dropTo("#slot-" + target + "-1030");
        waitFor(() -> stored(postId).plannedLocal().equals(ZonedDateTime.of(target.atTime(10, 30), here)));
        assertThat(stored(postId).zone()).isEqualTo(here);

        // Without the mouse: the selected post moves a day with Alt+Right, keeping its time.
        robot.clickOn("#chip-" + postId);
        robot.press(javafx.scene.input.KeyCode.ALT).type(javafx.scene.input.KeyCode.RIGHT).release(javafx.scene.input.KeyCode.ALT);
        waitFor(() -> stored(postId).plannedLocal().equals(ZonedDateTime.of(target.plusDays(1).atTime(10, 30), here)));

        LocalDate empty = target.plusDays(2); // Thursday of that week
        robot.doubleClickOn("#slot-" + empty + "-1100");
        waitFor(() -> empty.equals(robot.lookup("#planDay").queryAs(DatePicker.class).getValue()));
        assertThat(onFx(() -> robot.lookup("#planTime").queryAs(TextField.class).getText())).isEqualTo("11:00");

        robot.clickOn("#showAgenda");
        waitFor(() -> robot.lookup("#agenda-draft-" + draftId).tryQuery().isPresent());
        assertThat(robot.lookup("#agenda-" + postId).tryQuery()).isPresent();
        assertThat(onFx(() -> robot.lookup("#monthTitle").queryAs(Label.class).getText())).isEqualTo("11 Jan – 9 Feb 2027");

        robot.clickOn("#showMonth");
        waitFor(() -> robot.lookup("#monthView #draft-" + draftId).tryQuery().isPresent());
        robot.clickOn("#draft-" + draftId);
        waitFor(() -> "Why the grid upgrade is late".equals(robot.lookup("#draftTitle").queryAs(TextField.class).getText()));

        // The calendar opens again as it was left: the week, in the zone picked.
        robot.clickOn("#navPosts");
        robot.clickOn("#showWeek");
        robot.interact(() -> {
            javafx.scene.control.ComboBox<String> zone = robot.lookup("#calendarZone").queryComboBox();
            zone.setValue("America/New_York");
            zone.getOnAction().handle(new javafx.event.ActionEvent());
        });
        closeWindow();
        launch(dataDir);
        waitFor(() -> robot.lookup("#showWeek").tryQuery().isPresent());
        assertThat(onFx(() -> robot.lookup("#showWeek").queryAs(javafx.scene.control.ToggleButton.class).isSelected())).isTrue();
        assertThat(onFx(() -> robot.lookup("#calendarZone").queryComboBox().getValue())).isEqualTo("America/New_York");
    }

    private ScheduledPost stored(UUID id) throws Exception {
        return onFx(() -> robot.lookup("#postList").<javafx.scene.control.ListView<org.scriptorium.app.posts.PostsViewModel.Row>>query()
                .getItems().stream().map(org.scriptorium.app.posts.PostsViewModel.Row::post).filter(p -> p.id().equals(id)).findFirst().orElseThrow());
    }
}
