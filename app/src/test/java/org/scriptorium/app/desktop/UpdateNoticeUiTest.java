package org.scriptorium.app.desktop;

import javafx.scene.control.Label;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scriptorium.app.cli.AppVersion;
import org.scriptorium.core.Studio;
import org.scriptorium.core.updates.FakeReleaseFeed;
import org.scriptorium.core.updates.ReleaseVersion;
import org.scriptorium.core.updates.UpdateCheck;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.scriptorium.app.desktop.UiWait.onFx;
import static org.scriptorium.app.desktop.UiWait.waitFor;

/** The window opens, asks the release feed once, says a newer version is out above the drafts, and Dismiss hides it. */
class UpdateNoticeUiTest extends WindowTest {
    @TempDir
    Path dataDir;
    private final FakeReleaseFeed feed = new FakeReleaseFeed();

    @AfterEach
    void closeFeed() {
        feed.close();
    }

    @Test
    void aNewerReleaseIsToldAboveTheDraftsUntilDismissed() throws Exception {
        String next = (ReleaseVersion.parse(AppVersion.current()).orElseThrow().major() + 1) + ".0.0";
        feed.answer(FakeReleaseFeed.only("v" + next));
        try (Studio studio = studio(dataDir)) {
            new UpdateCheck(studio.settings(), studio.clock(), AppVersion.current()).setFeed(feed.url());
        }
        Files.writeString(dataDir.resolve("ui-state.json"), "{\"welcomed\": true, \"area\": \"drafts\"}");

        launch(dataDir, context().withUpdateChecksAfter(Duration.ZERO));

        waitFor(() -> noticeText().equals("Scriptorium " + next + " is available —"));
        assertThat(onFx(() -> robot.lookup("#updateWhatsNew").query().isVisible())).isTrue();
        assertThat(feed.requests()).isEqualTo(1);
        robot.clickOn("#updateDismiss");
        waitFor(() -> noticeText().isEmpty());
    }

    private String noticeText() throws Exception {
        return onFx(() -> {
            Label text = robot.lookup("#updateNoticeText").queryAs(Label.class);
            return text == null || !text.getParent().isVisible() ? "" : text.getText();
        });
    }
}
