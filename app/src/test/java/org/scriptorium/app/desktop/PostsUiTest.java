package org.scriptorium.app.desktop;

import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.ToggleButton;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scriptorium.app.posts.PostsViewModel;
import org.scriptorium.core.Studio;
import org.scriptorium.core.accounts.Account;
import org.scriptorium.core.scheduling.PostStatus;
import org.scriptorium.publishers.bluesky.FakePds;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.scriptorium.app.desktop.UiWait.onFx;
import static org.scriptorium.app.desktop.UiWait.waitFor;

/**
 * The window catches up when it opens: a post that came due hours ago is marked missed with its reason and a badge,
 * a post due minutes ago goes out; Send now publishes the missed one, and the list shows it published with its address.
 */
class PostsUiTest extends WindowTest {
    @TempDir
    static Path dataDir;
    private FakePds pds;

    @AfterEach
    void closeServers() throws Exception {
        pds.close();
    }

    @Test
    void missedPostsShowTheirReasonAndABadgeAndSendNowPublishesThem() throws Exception {
        pds = new FakePds();
        UUID missed;
        UUID recent;
        UUID tooLong;
        try (Studio studio = studio(dataDir)) {
            Account account = pds.connect(studio.publishing());
            Instant now = clock.instant();
            missed = studio.scheduling().posts().create(account.id(), null, "Planned for this morning", List.of(), null,
                    now.minus(Duration.ofHours(5)), ZoneId.of("Europe/Berlin")).id();
            recent = studio.scheduling().posts().create(account.id(), null, "Planned ten minutes ago", List.of(), null,
                    now.minus(Duration.ofMinutes(10)), ZoneId.of("Europe/Berlin")).id();
            // Stored past the checks (as an import from an older version could): the list warns before it fails.
            tooLong = studio.scheduling().posts().create(account.id(), null, "y".repeat(305), List.of(), null,
                    now.plus(Duration.ofDays(3)), ZoneId.of("Europe/Berlin")).id();
        }
        launchInPosts(dataDir);

        waitFor(() -> status(missed) == PostStatus.MISSED && status(recent) == PostStatus.PUBLISHED);
        assertThat(pds.records.values()).extracting(r -> r.path("text").asText()).containsExactly("Planned ten minutes ago");
        assertThat(row(tooLong).warnings()).singleElement().asString().contains("305").contains("300");
        assertThat(row(recent).warnings()).isEmpty();
        waitFor(() -> robot.lookup("#navPosts").queryAs(ToggleButton.class).getText().equals("Posts  ·  1 to see"));
        assertThat(row(missed).post().failure()).contains("not running").contains("Send it now or move it");

        robot.interact(() -> list().getSelectionModel().select(row(missed)));
        robot.clickOn("#sendNow");
        confirmQuestion();
        waitFor(() -> status(missed) == PostStatus.PUBLISHED);
        assertThat(pds.records).hasSize(2);
        waitFor(() -> robot.lookup("#navPosts").queryAs(ToggleButton.class).getText().equals("Posts"));
        robot.interact(() -> list().getSelectionModel().select(row(missed)));
        waitFor(() -> onFx(() -> robot.lookup("#openPublished").queryAs(javafx.scene.control.Hyperlink.class).getText())
                .startsWith("https://bsky.app/profile/" + FakePds.HANDLE + "/post/"));
        assertThat(onFx(() -> robot.lookup(".notice-text").queryAllAs(Label.class))).isNotEmpty(); // the round said what it did
    }

    private ListView<PostsViewModel.Row> list() {
        return robot.lookup("#postList").queryAs(ListView.class);
    }

    private PostsViewModel.Row row(UUID id) {
        return list().getItems().stream().filter(r -> r.post().id().equals(id)).findFirst().orElseThrow();
    }

    private PostStatus status(UUID id) throws Exception {
        return onFx(() -> list().getItems().stream().filter(r -> r.post().id().equals(id)).findFirst().map(r -> r.post().status()).orElse(null));
    }
}
