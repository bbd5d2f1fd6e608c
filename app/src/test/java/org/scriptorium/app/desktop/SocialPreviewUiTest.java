package org.scriptorium.app.desktop;

import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.TextArea;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.VBox;
import javafx.scene.text.Text;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scriptorium.core.Studio;
import org.scriptorium.core.drafts.DraftStatus;
import org.scriptorium.core.drafts.NewDraft;
import org.scriptorium.core.writing.social.Platform;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.scriptorium.app.desktop.UiWait.onFx;
import static org.scriptorium.app.desktop.UiWait.waitFor;

/** Social posts written offline from the open draft, shown as X's feed shows them, with what is past the limit in red. */
class SocialPreviewUiTest extends WindowTest {
    private static final String LINK = "https://www.example.org/grid/upgrades/northern-districts/2026";
    @TempDir
    static Path dataDir;

    @Test
    void anEditedXPostShowsItsShortenedLinkAndWhatIsPastTheLimit() throws Exception {
        String draftId;
        try (Studio studio = studio(dataDir)) {
            draftId = studio.drafts().create(new NewDraft("Why the grid upgrade is late",
                    "# Why the grid upgrade is late\n\nTransformers take two years to arrive. Crews are booked out until spring. "
                            + "The city approved the plan in March, but permits for the northern districts are still pending. "
                            + "Residents can follow the schedule online.\n", DraftStatus.DRAFT, List.of())).id().toString();
        }
        Files.writeString(dataDir.resolve("ui-state.json"), "{\"welcomed\": true, \"area\": \"drafts\", \"openDraftId\": \"" + draftId + "\"}");
        launch(dataDir);
        waitFor(() -> robot.lookup("#markdownEditor").tryQuery().isPresent());
        robot.clickOn("#markdownEditor").press(KeyCode.CONTROL, KeyCode.SHIFT).type(KeyCode.S).release(KeyCode.SHIFT, KeyCode.CONTROL);
        waitFor(() -> robot.lookup("#socialPlatform").tryQuery().isPresent());

        robot.interact(() -> robot.lookup("#socialPlatform").<ComboBox<Platform>>query().setValue(Platform.X));
        robot.clickOn("#writeSocial");
        waitFor(() -> !parts().getChildren().isEmpty());
        String offline = onFx(() -> firstPart().getText());
        assertThat(offline).contains("grid upgrade");
        assertThat(overLimitText()).isEmpty();

        String tooLong = "Crews are booked out until spring and transformers take two years to arrive. ".repeat(3).strip() + " Permits for the north are pending. " + LINK;
        robot.interact(() -> firstPart().setText(tooLong));
        waitFor(() -> !overLimitText().isEmpty());
        assertThat(overLimitText()).isEqualTo("example.org/grid/upgrad…"); // the link, shown as X shortens it, is what does not fit
        assertThat(onFx(() -> robot.lookup(".post-entity").queryAllAs(Text.class).stream().map(Text::getText).toList()))
                .contains("example.org/grid/upgrad…");

        // LinkedIn (written when the dialog opened) and back: each keeps its own text, the X text as the user edited it.
        robot.interact(() -> robot.lookup("#socialPlatform").<ComboBox<Platform>>query().setValue(Platform.LINKEDIN));
        waitFor(() -> !parts().getChildren().isEmpty() && !firstPart().getText().equals(tooLong));
        robot.interact(() -> robot.lookup("#socialPlatform").<ComboBox<Platform>>query().setValue(Platform.X));
        waitFor(() -> !parts().getChildren().isEmpty());
        assertThat(onFx(() -> firstPart().getText())).isEqualTo(tooLong);

        // The LinkedIn post, edited, goes on to the Posts composer with the user's words, linked to the draft.
        robot.interact(() -> robot.lookup("#socialPlatform").<ComboBox<Platform>>query().setValue(Platform.LINKEDIN));
        waitFor(() -> !parts().getChildren().isEmpty());
        String edited = "Why the grid upgrade is late, in one post: transformers take two years to arrive.";
        robot.interact(() -> firstPart().setText(edited));
        robot.clickOn("#socialPlan");
        waitFor(() -> robot.lookup("#socialPlatform").tryQuery().isEmpty() && robot.lookup("#planText").tryQuery().isPresent());
        assertThat(onFx(() -> robot.lookup("#planText").queryAs(TextArea.class).getText())).isEqualTo(edited);
        assertThat(onFx(() -> robot.lookup("#planSource").queryLabeled().getText())).contains("Why the grid upgrade is late");
        waitFor(() -> robot.lookup("#messageText").tryQuery().isPresent());
        assertThat(onFx(() -> robot.lookup("#messageText").queryLabeled().getText())).contains("No LinkedIn account is connected");
    }

    private VBox parts() {
        return robot.lookup("#socialParts").queryAs(VBox.class);
    }

    private TextArea firstPart() {
        return robot.from(parts()).lookup(".text-area").queryAs(TextArea.class);
    }

    private String overLimitText() throws Exception {
        return onFx(() -> robot.lookup(".post-over-limit").queryAll().stream().filter(Node::isVisible)
                .map(n -> ((Text) n).getText()).collect(Collectors.joining()));
    }
}
