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

        // A wrong app password: the form comes back with what was typed and why it failed; only the password is mended.
        robot.clickOn("#connectAccount").clickOn("Bluesky…");
        waitFor(() -> robot.lookup("#connectHandle").tryQuery().isPresent());
        robot.clickOn("#connectHandle").write(FakePds.HANDLE);
        robot.clickOn("#connectPassword").write("wxyz-wxyz-wxyz-wxyz");
        robot.clickOn("#connectServer").write(pds.url());
        robot.clickOn("#connectConfirm");
        waitFor(() -> robot.lookup("#connectProblem").tryQuery().isPresent());
        assertThat(onFx(() -> robot.lookup("#connectProblem").queryAs(Label.class).getText())).containsIgnoringCase("password");
        assertThat(onFx(() -> robot.lookup("#connectHandle").queryAs(javafx.scene.control.TextField.class).getText())).isEqualTo(FakePds.HANDLE);
        assertThat(onFx(() -> robot.lookup("#connectServer").queryAs(javafx.scene.control.TextField.class).getText())).isEqualTo(pds.url());
        robot.interact(() -> robot.lookup("#connectPassword").queryAs(javafx.scene.control.PasswordField.class).setText(FakePds.APP_PASSWORD));
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

        // Publish now asks first; declined, nothing goes out.
        robot.interact(() -> robot.lookup("#validateText").queryAs(TextArea.class).setText("Published from the window"));
        robot.clickOn("#publishNow");
        waitFor(() -> robot.lookup("#confirmAction").tryQuery().isPresent());
        assertThat(onFx(() -> robot.lookup("#confirmation").queryAs(javafx.scene.control.DialogPane.class).getContentText()))
                .contains("Bluesky · Ana Lima").contains("now");
        robot.clickOn("Cancel");
        waitFor(() -> validation().equals("Nothing was published."));
        assertThat(pds.records).isEmpty();

        robot.clickOn("#publishNow");
        confirmQuestion();
        waitFor(() -> validation().startsWith("Published to Bluesky: https://bsky.app/profile/"));
        assertThat(pds.records.values()).extracting(r -> r.path("text").asText()).containsExactly("Published from the window");
        assertThat(onFx(() -> robot.lookup("#validateText").queryAs(TextArea.class).getText())).isEmpty(); // nothing left to send twice

        // The same text again minutes later: the question says it would be posted twice.
        robot.interact(() -> robot.lookup("#validateText").queryAs(TextArea.class).setText("Published from the window"));
        robot.clickOn("#publishNow");
        waitFor(() -> robot.lookup("#confirmAction").tryQuery().isPresent());
        assertThat(onFx(() -> robot.lookup("#confirmation").queryAs(javafx.scene.control.DialogPane.class).getContentText()))
                .contains("this would post it twice");
        robot.clickOn("Cancel");
        waitFor(() -> validation().equals("Nothing was published."));
        assertThat(pds.records).hasSize(1);

        // It is a post like any other: in Posts, published, with its log.
        robot.clickOn("#navPosts");
        waitFor(() -> robot.lookup("#postList").tryQuery().isPresent()
                && robot.lookup("#postList").<ListView<org.scriptorium.app.posts.PostsViewModel.Row>>query().getItems().stream()
                .anyMatch(r -> r.post().text().equals("Published from the window")
                        && r.post().status() == org.scriptorium.core.scheduling.PostStatus.PUBLISHED));
        robot.clickOn("#navAccounts");

        robot.clickOn("#disconnectAccount");
        confirmQuestion();
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

    /** What the window said last (its newest notice). */
    private String message() throws Exception {
        return onFx(() -> robot.lookup("#messageText").tryQuery().map(n -> ((Label) n).getText()).orElse(""));
    }

    private String validation() throws Exception {
        return onFx(() -> robot.lookup("#validation").queryAs(Label.class).getText());
    }
}
