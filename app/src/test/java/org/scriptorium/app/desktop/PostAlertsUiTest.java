package org.scriptorium.app.desktop;

import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scriptorium.app.desktop.notify.DesktopNotifications;
import org.scriptorium.app.desktop.notify.Notifier;
import org.scriptorium.app.posts.PostsViewModel;
import org.scriptorium.core.Studio;
import org.scriptorium.core.accounts.Account;
import org.scriptorium.core.scheduling.PostStatus;
import org.scriptorium.publishers.bluesky.FakePds;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;

import static org.assertj.core.api.Assertions.assertThat;
import static org.scriptorium.app.desktop.UiWait.onFx;
import static org.scriptorium.app.desktop.UiWait.waitFor;

/**
 * The window opens on the drafts with a post that was missed while it was closed: a line above the drafts and one
 * desktop notification say so, Retry sends it, Edit shows it in Posts.
 */
class PostAlertsUiTest extends WindowTest {
    @TempDir
    Path dataDir;
    private FakePds pds;
    private UUID missed;
    private final List<String> notified = new CopyOnWriteArrayList<>();

    @BeforeEach
    void aPostMissedWhileTheWindowWasClosed() throws Exception {
        pds = new FakePds();
        try (Studio studio = studio(dataDir)) {
            Account account = pds.connect(studio.publishing());
            missed = studio.scheduling().posts().create(account.id(), null, "Planned for this morning", List.of(), null,
                    clock.instant().minus(Duration.ofHours(5)), ZoneId.of("Europe/Berlin")).id();
        }
        Files.writeString(dataDir.resolve("ui-state.json"), "{\"welcomed\": true, \"area\": \"drafts\"}");
        Notifier desktop = new Notifier() {
            @Override
            public void show(String title, String text) {
                notified.add(title + " | " + text);
            }

            @Override
            public String name() {
                return "a list";
            }
        };
        launch(dataDir, context().withNotifications(new DesktopNotifications(desktop, Runnable::run)));
        waitFor(() -> alertText().startsWith("A post was missed. Bluesky · "));
    }

    @AfterEach
    void closeServers() {
        pds.close();
    }

    @Test
    void retrySendsTheMissedPostAndTheDesktopHeardOfItOnce() throws Exception {
        assertThat(alertText()).contains("“Planned for this morning”").contains("while Scriptorium was not running");
        assertThat(notified).singleElement().asString().startsWith("A post was missed | Bluesky · ");

        robot.clickOn("#postAlertRetry");
        confirmQuestion();

        waitFor(() -> pds.records.size() == 1);
        assertThat(pds.records.values()).extracting(r -> r.path("text").asText()).containsExactly("Planned for this morning");
        waitFor(() -> alertText().isEmpty());
        assertThat(notified).hasSize(1);
    }

    @Test
    void editOpensTheMissedPostInItsEditorInPosts() throws Exception {
        robot.clickOn("#postAlertEdit");

        waitFor(() -> {
            ListView<PostsViewModel.Row> list = robot.lookup("#postList").queryAs(ListView.class);
            PostsViewModel.Row selected = list == null ? null : list.getSelectionModel().getSelectedItem();
            return selected != null && selected.post().id().equals(missed) && selected.post().status() == PostStatus.MISSED;
        });
        // Its editor opens on it: mend the text, save, and it is still the missed post, waiting for Retry.
        waitFor(() -> onFx(() -> robot.lookup("#editPostText").tryQuery().isPresent()));
        assertThat(onFx(() -> robot.lookup("#editPostText").queryAs(javafx.scene.control.TextArea.class).getText())).isEqualTo("Planned for this morning");
        robot.interact(() -> robot.lookup("#editPostText").queryAs(javafx.scene.control.TextArea.class).setText("Planned for this morning, mended"));
        robot.clickOn("#editPostSave");
        waitFor(() -> onFx(() -> robot.lookup("#editPostText").tryQuery().isEmpty()));
        waitFor(() -> {
            ListView<PostsViewModel.Row> list = robot.lookup("#postList").queryAs(ListView.class);
            return list.getItems().stream().anyMatch(r -> r.post().id().equals(missed) && r.post().text().equals("Planned for this morning, mended")
                                                           && r.post().status() == PostStatus.MISSED);
        });
        assertThat(alertText()).isEmpty();
        assertThat(pds.records).isEmpty();
    }

    private String alertText() throws Exception {
        return onFx(() -> {
            Label text = robot.lookup("#postAlertText").queryAs(Label.class);
            return text == null || !text.isVisible() ? "" : text.getText();
        });
    }
}
