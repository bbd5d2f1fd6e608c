package org.scriptorium.app.desktop;

import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scriptorium.core.accounts.Account;
import org.scriptorium.core.scheduling.PostStatus;
import org.scriptorium.core.scheduling.ScheduledPost;
import org.scriptorium.publishers.bluesky.FakePds;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.scriptorium.app.desktop.UiWait.onFx;
import static org.scriptorium.app.desktop.UiWait.waitFor;

/** Plan a post in the window, drag it to another day of the month, see the new time stored, send it, see it published. */
class CalendarUiTest extends WindowTest {
    @TempDir
    static Path dataDir;
    private FakePds pds;

    @AfterEach
    void closeServers() {
        pds.close();
    }

    @Test
    void aPostDraggedToAnotherDayKeepsItsTimeInItsZoneAndThenPublishes() throws Exception {
        pds = new FakePds();
        launchInPostsWithBluesky(dataDir, pds);

        YearMonth next = YearMonth.now(clock).plusMonths(1);
        LocalDate planned = next.atDay(10);
        chooseFirstAccount();
        robot.interact(() -> {
            robot.lookup("#planText").queryAs(TextArea.class).setText("Grid upgrade, part two");
            robot.lookup("#planDay").queryAs(DatePicker.class).setValue(planned);
            robot.lookup("#planTime").queryAs(TextField.class).setText("09:00");
            robot.lookup("#planZone").<ComboBox<String>>query().setValue("Europe/Berlin");
        });
        robot.clickOn("#planPost");
        waitFor(() -> posts().size() == 1);
        ScheduledPost post = posts().getFirst();
        assertThat(post.plannedLocal()).isEqualTo(ZonedDateTime.of(planned.atTime(9, 0), ZoneId.of("Europe/Berlin")));

        robot.clickOn("#nextMonth");
        waitFor(() -> robot.lookup("#chip-" + post.id()).tryQuery().isPresent());
        LocalDate shownDay = post.scheduledAt().atZone(clock.getZone()).toLocalDate();
        robot.drag("#chip-" + post.id()).dropTo("#day-" + shownDay.plusDays(2));
        waitFor(() -> !posts().getFirst().scheduledAt().equals(post.scheduledAt()));
        assertThat(posts().getFirst().plannedLocal()).isEqualTo(ZonedDateTime.of(planned.plusDays(2).atTime(9, 0), ZoneId.of("Europe/Berlin")));
        waitFor(() -> robot.lookup("#day-" + shownDay.plusDays(2)).queryParent().lookup("#chip-" + post.id()) != null);

        robot.clickOn("#chip-" + post.id());
        robot.clickOn("#sendNow");
        confirmQuestion();
        waitFor(() -> posts().getFirst().status() == PostStatus.PUBLISHED);
        assertThat(pds.records.values()).extracting(r -> r.path("text").asText()).containsExactly("Grid upgrade, part two");
        waitFor(() -> robot.lookup("#openPublished").queryAs(Hyperlink.class).getText().startsWith("https://bsky.app/profile/"));
    }

    private List<ScheduledPost> posts() throws Exception {
        return onFx(() -> robot.lookup("#postList").<javafx.scene.control.ListView<org.scriptorium.app.posts.PostsViewModel.Row>>query()
                .getItems().stream().map(org.scriptorium.app.posts.PostsViewModel.Row::post).toList());
    }
}
