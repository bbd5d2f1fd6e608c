package org.scriptorium.app.desktop;

import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.PasswordField;
import javafx.scene.control.TextField;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scriptorium.core.Progress;
import org.scriptorium.core.Studio;
import org.scriptorium.core.drafts.DraftSummary;
import org.scriptorium.core.drafts.NewDraft;
import org.scriptorium.core.sync.TestHub;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.scriptorium.app.desktop.UiWait.onFx;
import static org.scriptorium.app.desktop.UiWait.waitFor;

/**
 * File › Sync… on a real PostgreSQL: a wrong passphrase is said in the form; the right one sets sync up, the status
 * says synced, and a draft written on another machine appears in the list after Sync now.
 */
class SyncUiTest extends WindowTest {
    @TempDir
    Path dataDir;
    @TempDir
    Path otherMachine;

    private TestHub hub;

    @BeforeEach
    void freshSchema() throws SQLException {
        hub = TestHub.create("scriptorium_ui");
    }

    @AfterEach
    void dropSchema() throws SQLException {
        if (hub != null) {
            hub.close();
        }
    }

    @Test
    void syncIsSetUpInTheWindowAndADraftFromAnotherMachineArrives() throws Exception {
        try (Studio other = Studio.open(otherMachine)) {
            other.drafts().create(new NewDraft("Written on the laptop", "Hello from there\n", null, List.of()));
            other.sync().setup(hub.address(), false, TestHub.user(), "", "shared passphrase".toCharArray(), "laptop");
            other.sync().syncNow(Progress.NONE);
        }
        Files.writeString(dataDir.resolve("ui-state.json"), "{\"welcomed\": true, \"area\": \"drafts\"}");
        launch(dataDir, context());
        waitFor(() -> onFx(() -> robot.lookup("#sidebarSyncStatus").queryAs(Hyperlink.class).getText()).equals("Sync off"));

        robot.clickOn("#sidebarSyncStatus");
        waitFor(() -> robot.lookup("#syncUrl").tryQuery().isPresent());
        onFx(() -> {
            robot.lookup("#syncUrl").queryAs(TextField.class).setText(hub.address());
            robot.lookup("#syncUser").queryAs(TextField.class).setText(TestHub.user());
            robot.lookup("#syncPassphrase").queryAs(PasswordField.class).setText("not the passphrase");
            robot.lookup("#syncDeviceName").queryAs(TextField.class).setText("desk");
            return null;
        });
        robot.clickOn("#syncSetUp");
        waitFor(() -> onFx(() -> robot.lookup("#syncError").queryAs(Label.class).getText()).contains("does not open this account"));
        assertThat(onFx(() -> robot.lookup("#syncStatus").queryAs(Label.class).getText())).isEqualTo("Sync off");

        onFx(() -> {
            robot.lookup("#syncPassphrase").queryAs(PasswordField.class).setText("shared passphrase");
            return null;
        });
        robot.clickOn("#syncSetUp");
        waitFor(() -> onFx(() -> robot.lookup("#syncStatus").queryAs(Label.class).getText()).startsWith("Synced at"));
        waitFor(() -> titlesInTheList().contains("Written on the laptop"));
        waitFor(() -> onFx(() -> robot.lookup("#syncDevices").<Object>queryListView().getItems().size()) == 2);
    }

    private List<String> titlesInTheList() throws Exception {
        return onFx(() -> {
            ListView<DraftSummary> list = robot.lookup("#draftList").queryListView();
            return list.getItems().stream().map(DraftSummary::title).toList();
        });
    }


}
