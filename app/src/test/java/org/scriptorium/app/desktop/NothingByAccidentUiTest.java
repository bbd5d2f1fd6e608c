package org.scriptorium.app.desktop;

import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scriptorium.core.Studio;
import org.scriptorium.core.accounts.Account;
import org.scriptorium.core.drafts.DraftSummary;
import org.scriptorium.core.drafts.NewDraft;
import org.scriptorium.publishers.bluesky.FakePds;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.scriptorium.app.desktop.UiWait.onFx;
import static org.scriptorium.app.desktop.UiWait.waitFor;

/**
 * What must never happen by accident, in the window: a post planned at a time already past goes out only after the
 * user said so, a deleted draft comes back with Undo, and the trash is emptied only when the user agrees.
 */
class NothingByAccidentUiTest extends WindowTest {
    @TempDir
    Path dataDir;
    private FakePds pds;

    @AfterEach
    void closeServer() {
        if (pds != null) {
            pds.close();
        }
    }

    @Test
    void theComposerStartsAfterNowAndAPastTimeAsksBeforeAnythingIsSent() throws Exception {
        pds = new FakePds();
        launchInPostsWithBluesky(dataDir, pds);

        // It is 10:17 on Friday 8 January 2027 in Berlin: the composer offers 11:00 that day, not a time already past.
        assertThat(onFx(() -> robot.lookup("#planDay").queryAs(DatePicker.class).getValue())).isEqualTo(LocalDate.of(2027, 1, 8));
        assertThat(onFx(() -> robot.lookup("#planTime").queryAs(TextField.class).getText())).isEqualTo("11:00");

        chooseFirstAccount();
        robot.interact(() -> {
            robot.lookup("#planText").queryAs(TextArea.class).setText("Doors open at nine");
            robot.lookup("#planTime").queryAs(TextField.class).setText("09:00");
        });
        robot.clickOn("#planPost");
        waitFor(() -> robot.lookup("#confirmAction").tryQuery().isPresent());
        assertThat(onFx(() -> robot.lookup("#confirmation").queryAs(javafx.scene.control.DialogPane.class).getHeaderText())).isEqualTo("Publish now?");
        robot.clickOn("Cancel");
        waitFor(() -> saying("Nothing was planned; choose a time still to come."));
        assertThat(posts().getItems()).isEmpty();
        assertThat(pds.records).isEmpty();
        assertThat(onFx(() -> robot.lookup("#planText").queryAs(TextArea.class).getText())).isEqualTo("Doors open at nine"); // kept

        robot.clickOn("#planPost");
        confirmQuestion();
        waitFor(() -> pds.records.size() == 1);
        assertThat(pds.records.values()).extracting(r -> r.path("text").asText()).containsExactly("Doors open at nine");
    }

    @Test
    void aDeletedDraftComesBackWithUndoAndTheTrashIsEmptiedOnlyWhenAsked() throws Exception {
        UUID draft;
        try (Studio studio = studio(dataDir)) {
            draft = studio.drafts().create(NewDraft.titled("Notes I still need")).id();
        }
        Files.writeString(dataDir.resolve("ui-state.json"), "{\"welcomed\": true, \"area\": \"drafts\", \"openDraftId\": \"" + draft + "\"}");
        launch(dataDir);
        waitFor(() -> "Notes I still need".equals(robot.lookup("#draftTitle").queryAs(TextField.class).getText()));

        robot.clickOn("#draftActions").clickOn("Move to trash");
        waitFor(() -> robot.lookup("#undoMessage").tryQuery().map(javafx.scene.Node::isVisible).orElse(false) && drafts().isEmpty());
        robot.clickOn("#undoMessage");
        waitFor(() -> drafts().stream().anyMatch(d -> d.id().equals(draft)));
        assertThat(onFx(() -> robot.lookup("#messageText").queryAs(Label.class).getText())).isEqualTo("Restored “Notes I still need”.");

        robot.interact(() -> robot.lookup("#draftList").<ListView<DraftSummary>>query().getSelectionModel().select(0));
        waitFor(() -> "Notes I still need".equals(robot.lookup("#draftTitle").queryAs(TextField.class).getText()));
        robot.clickOn("#draftActions").clickOn("Move to trash");
        waitFor(() -> drafts().isEmpty());
        robot.clickOn("#navTrash");
        waitFor(() -> drafts().size() == 1);
        robot.clickOn("#emptyTrash");
        waitFor(() -> robot.lookup("#confirmAction").tryQuery().isPresent());
        robot.clickOn("Cancel");
        waitFor(() -> robot.lookup("#confirmAction").tryQuery().isEmpty());
        assertThat(drafts()).hasSize(1); // still in the trash

        robot.clickOn("#emptyTrash");
        confirmQuestion();
        waitFor(() -> drafts().isEmpty());
        assertThat(onFx(() -> robot.lookup("#messageText").queryAs(Label.class).getText())).isEqualTo("Deleted 1 draft for good.");
    }

    private java.util.List<DraftSummary> drafts() throws Exception {
        return onFx(() -> java.util.List.copyOf(robot.lookup("#draftList").<ListView<DraftSummary>>query().getItems()));
    }

    private ListView<?> posts() {
        return robot.lookup("#postList").queryAs(ListView.class);
    }

    /** One of the window's notices says exactly this. */
    private boolean saying(String words) {
        return robot.lookup(".notice-text").queryAllAs(Label.class).stream().anyMatch(l -> l.getText().equals(words));
    }
}
