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
import org.postgresql.ds.PGSimpleDataSource;
import org.scriptorium.core.Progress;
import org.scriptorium.core.Studio;
import org.scriptorium.core.drafts.DraftSummary;
import org.scriptorium.core.drafts.NewDraft;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;
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

    private PGSimpleDataSource admin;
    private String schema;
    private String address;

    @BeforeEach
    void freshSchema() throws SQLException {
        String url = System.getenv("SCRIPTORIUM_TEST_POSTGRES_URL");
        if (System.getenv("SCRIPTORIUM_TEST_POSTGRES_REQUIRED") != null) {
            assertThat(url).as("SCRIPTORIUM_TEST_POSTGRES_URL").isNotBlank();
        }
        assumeTrue(url != null && !url.isBlank(), "no PostgreSQL to sync through (./run-tests starts one)");
        admin = new PGSimpleDataSource();
        admin.setURL(url);
        admin.setUser(user());
        schema = "scriptorium_ui_" + UUID.randomUUID().toString().replace("-", "");
        execute("CREATE SCHEMA " + schema);
        address = url.replaceFirst("^jdbc:", "") + "?currentSchema=" + schema;
    }

    @AfterEach
    void dropSchema() throws SQLException {
        if (schema != null) {
            execute("DROP SCHEMA " + schema + " CASCADE");
        }
    }

    @Test
    void syncIsSetUpInTheWindowAndADraftFromAnotherMachineArrives() throws Exception {
        try (Studio other = Studio.open(otherMachine)) {
            other.drafts().create(new NewDraft("Written on the laptop", "Hello from there\n", null, List.of()));
            other.sync().setup(address, false, user(), "", "shared passphrase".toCharArray(), "laptop");
            other.sync().syncNow(Progress.NONE);
        }
        Files.writeString(dataDir.resolve("ui-state.json"), "{\"welcomed\": true, \"area\": \"drafts\"}");
        launch(dataDir, context());
        waitFor(() -> onFx(() -> robot.lookup("#sidebarSyncStatus").queryAs(Hyperlink.class).getText()).equals("Sync off"));

        robot.clickOn("#sidebarSyncStatus");
        waitFor(() -> robot.lookup("#syncUrl").tryQuery().isPresent());
        onFx(() -> {
            robot.lookup("#syncUrl").queryAs(TextField.class).setText(address);
            robot.lookup("#syncUser").queryAs(TextField.class).setText(user());
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

    private void execute(String sql) throws SQLException {
        try (Connection connection = admin.getConnection(); Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }

    private static String user() {
        return System.getenv().getOrDefault("SCRIPTORIUM_TEST_POSTGRES_USER", "postgres");
    }
}
