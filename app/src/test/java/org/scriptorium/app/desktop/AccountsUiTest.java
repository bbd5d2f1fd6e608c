package org.scriptorium.app.desktop;

import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TextArea;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scriptorium.core.accounts.Account;
import org.scriptorium.publishers.bluesky.FakePds;
import org.scriptorium.publishers.mastodon.FakeMastodon;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.scriptorium.app.desktop.UiWait.onFx;
import static org.scriptorium.app.desktop.UiWait.waitFor;

/**
 * Connects accounts from the window: Bluesky with an app password, Mastodon through the real embedded browser against
 * a local sign-in server (a wrong state, a refusal, a detour to another host, and the system-browser fallback), then
 * validates and publishes a post and disconnects.
 */
class AccountsUiTest extends WindowTest {
    @TempDir
    static Path dataDir;
    private FakeMastodon mastodon;
    private FakePds pds;

    @AfterEach
    void closeServers() throws Exception {
        mastodon.close();
        pds.close();
    }

    @Test
    void connectAccountsThroughTheEmbeddedBrowserAndWithAnAppPasswordThenPublishAndDisconnect() throws Exception {
        mastodon = new FakeMastodon();
        pds = new FakePds();
        Files.writeString(dataDir.resolve("ui-state.json"), "{\"welcomed\": true, \"area\": \"accounts\"}");
        launch(dataDir);
        waitFor(() -> robot.lookup("#connectAccount").tryQuery().isPresent());

        connectMastodon(FakeMastodon.SignIn.WRONG_STATE);
        waitFor(() -> message().contains("state"));
        connectMastodon(FakeMastodon.SignIn.DENY);
        waitFor(() -> message().contains("declined"));
        connectMastodon(FakeMastodon.SignIn.OFFSITE);
        waitFor(() -> message().contains("tried to leave") && message().contains("unexpected.invalid"));
        assertThat(accounts()).isEmpty();

        int signInsBefore = mastodon.cookiesSeen.size();
        connectMastodon(FakeMastodon.SignIn.APPROVE);
        waitFor(() -> accounts().size() == 1);
        assertThat(message()).contains("Connected Mastodon: Ana Lima");
        assertThat(mastodon.cookiesSeen.get(signInsBefore)).isEmpty(); // a new account signs in with an empty cookie jar

        // Connecting it again brings back its own sign-in cookies (the server could skip asking for the password).
        int beforeReconnect = mastodon.cookiesSeen.size();
        robot.interact(() -> robot.lookup("#accountList").<ListView<Account>>query().getSelectionModel().select(0));
        robot.clickOn("#reconnectAccount");
        waitFor(() -> mastodon.cookiesSeen.size() > beforeReconnect && message().startsWith("Connected Mastodon"));
        assertThat(mastodon.cookiesSeen.get(beforeReconnect)).startsWith("mastodon_session=sess-");

        // A network that refuses embedded browsers: the sign-in continues in the system browser (played here by a
        // plain HTTP client that follows the redirect back to the app's loopback address).
        connectMastodon(FakeMastodon.SignIn.REFUSE_EMBEDDED);
        waitFor(() -> message().contains("continue in your browser"));
        try (var ignored = new OkHttpClient().newCall(new Request.Builder().url(mastodon.lastSignInPage).build()).execute()) {
            // the loopback listener answered "you can close this tab"
        }
        waitFor(() -> message().contains("Connected Mastodon"));

        robot.clickOn("#connectAccount").clickOn("Bluesky…");
        waitFor(() -> robot.lookup("#connectHandle").tryQuery().isPresent());
        robot.clickOn("#connectHandle").write(FakePds.HANDLE);
        robot.clickOn("#connectPassword").write(FakePds.APP_PASSWORD);
        robot.clickOn("#connectServer").write(pds.url());
        robot.clickOn("#connectConfirm");
        waitFor(() -> accounts().stream().anyMatch(a -> a.name().equals("Ana Lima") && a.handle().equals(FakePds.HANDLE)));

        robot.interact(() -> {
            ListView<Account> list = robot.lookup("#accountList").queryAs(ListView.class);
            list.getSelectionModel().select(list.getItems().stream().filter(a -> a.handle().equals(FakePds.HANDLE)).findFirst().orElseThrow());
        });
        robot.interact(() -> robot.lookup("#validateText").queryAs(TextArea.class).setText("y".repeat(305)));
        robot.clickOn("#validatePost");
        waitFor(() -> validation().contains("305") && validation().contains("300"));
        assertThat(pds.records).isEmpty();

        robot.interact(() -> robot.lookup("#validateText").queryAs(TextArea.class).setText("Published from the window"));
        robot.clickOn("#publishNow");
        waitFor(() -> validation().startsWith("Published to Bluesky: https://bsky.app/profile/"));
        assertThat(pds.records.values()).extracting(r -> r.path("text").asText()).containsExactly("Published from the window");

        robot.clickOn("#disconnectAccount");
        waitFor(() -> accounts().stream().noneMatch(a -> FakePds.HANDLE.equals(a.handle())));
        assertThat(message()).contains("Disconnected Bluesky");
    }

    private void connectMastodon(FakeMastodon.SignIn answer) throws Exception {
        mastodon.signIn = answer;
        waitFor(() -> !robot.lookup("#connectAccount").query().isDisabled());
        robot.clickOn("#connectAccount").clickOn("Mastodon…");
        waitFor(() -> robot.lookup("#connectServer").tryQuery().isPresent());
        robot.clickOn("#connectServer").write(mastodon.url());
        robot.clickOn("#connectConfirm");
    }

    private java.util.List<Account> accounts() throws Exception {
        return onFx(() -> java.util.List.copyOf(robot.lookup("#accountList").<ListView<Account>>query().getItems()));
    }

    private String message() throws Exception {
        return onFx(() -> robot.lookup("#accountsMessage").queryAs(Label.class).getText());
    }

    private String validation() throws Exception {
        return onFx(() -> robot.lookup("#validation").queryAs(Label.class).getText());
    }
}
