package org.scriptorium.app.desktop;

import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TextArea;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scriptorium.core.Studio;
import org.scriptorium.core.accounts.Account;
import org.scriptorium.core.accounts.Network;
import org.scriptorium.publishers.bluesky.FakePds;
import org.scriptorium.publishers.facebook.FakeGraph;
import org.scriptorium.publishers.linkedin.FakeLinkedIn;
import org.scriptorium.publishers.mastodon.FakeMastodon;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.scriptorium.app.desktop.UiWait.onFx;
import static org.scriptorium.app.desktop.UiWait.waitFor;

/**
 * One account of each network connected from the window (LinkedIn and Facebook through the embedded browser with
 * the user's own app, Mastodon through its server's sign-in, Bluesky with an app password), then a text post and an
 * image post published to each, all against local servers that answer as the networks do.
 */
class PublishEverywhereUiTest extends WindowTest {
    @TempDir
    static Path dataDir;
    @TempDir
    static Path files;
    private FakeLinkedIn linkedIn;
    private FakeGraph graph;
    private FakeMastodon mastodon;
    private FakePds pds;

    @AfterEach
    void closeServers() throws Exception {
        linkedIn.close();
        graph.close();
        mastodon.close();
        pds.close();
    }

    @Test
    void connectEachNetworkFromTheWindowAndPublishATextAndAnImagePostToEach() throws Exception {
        linkedIn = new FakeLinkedIn();
        graph = new FakeGraph();
        mastodon = new FakeMastodon();
        pds = new FakePds();
        try (Studio studio = studio(dataDir)) {
            var endpoints = studio.publishing().endpoints();
            endpoints.set(Network.LINKEDIN, "api", linkedIn.base());
            endpoints.set(Network.LINKEDIN, "auth", linkedIn.base());
            endpoints.set(Network.FACEBOOK, "api", graph.baseUrl());
            endpoints.set(Network.FACEBOOK, "auth", graph.baseUrl());
            // Any free port rather than 47615, so a second test run on this machine cannot collide.
            endpoints.set(Network.LINKEDIN, "redirect-port", "0");
            endpoints.set(Network.FACEBOOK, "redirect-port", "0");
        }
        Path png = files.resolve("chart.png");
        ImageIO.write(new BufferedImage(64, 32, BufferedImage.TYPE_INT_RGB), "png", png.toFile());
        Files.writeString(dataDir.resolve("ui-state.json"), "{\"welcomed\": true, \"area\": \"accounts\"}");
        launch(dataDir, context().withImages(owner -> List.of(png)));
        waitFor(() -> robot.lookup("#connectAccount").tryQuery().isPresent());

        connect("LinkedIn…", () -> {
            robot.clickOn("#connectClientId").write(FakeLinkedIn.CLIENT_ID);
            robot.clickOn("#connectClientSecret").write(FakeLinkedIn.CLIENT_SECRET);
        });
        waitFor(() -> has(Network.LINKEDIN));
        connect("Facebook…", () -> {
            robot.clickOn("#connectClientId").write(FakeGraph.APP_ID);
            robot.clickOn("#connectClientSecret").write(FakeGraph.APP_SECRET);
        });
        waitFor(() -> has(Network.FACEBOOK));
        connect("Mastodon…", () -> robot.clickOn("#connectServer").write(mastodon.url()));
        waitFor(() -> has(Network.MASTODON));
        connect("Bluesky…", () -> {
            robot.clickOn("#connectHandle").write(FakePds.HANDLE);
            robot.clickOn("#connectPassword").write(FakePds.APP_PASSWORD);
            robot.clickOn("#connectServer").write(pds.url());
        });
        waitFor(() -> has(Network.BLUESKY));
        assertThat(accounts()).extracting(Account::name).contains("Ada Lovelace", "Ada's Bakery", "Ana Lima");

        for (Network network : Network.values()) {
            select(network);
            publish("Text post to " + network.label(), false);
            publish("Image post to " + network.label(), true);
        }

        assertThat(linkedIn.createdPosts()).hasSize(2);
        assertThat(linkedIn.createdPosts().get(1).path("content").path("media").path("id").asText()).startsWith("urn:li:image:");
        assertThat(graph.messages(FakeGraph.BAKERY)).containsExactly("Text post to Facebook", "Image post to Facebook");
        assertThat(graph.messagesWithPhotos(FakeGraph.BAKERY)).containsExactly("Image post to Facebook");
        assertThat(mastodon.statusPosts).hasSize(2);
        assertThat(mastodon.statusPosts.get(1).getBody().utf8()).contains("media_ids");
        assertThat(pds.records.values()).extracting(r -> r.path("text").asText())
                .containsExactlyInAnyOrder("Text post to Bluesky", "Image post to Bluesky");
        assertThat(pds.records.values()).filteredOn(r -> r.has("embed")).extracting(r -> r.path("text").asText())
                .containsExactly("Image post to Bluesky");
    }

    private void connect(String menuItem, Runnable fill) throws Exception {
        waitFor(() -> !robot.lookup("#connectAccount").query().isDisabled());
        robot.clickOn("#connectAccount").clickOn(menuItem);
        waitFor(() -> robot.lookup("#connectConfirm").tryQuery().isPresent());
        fill.run();
        robot.clickOn("#connectConfirm");
    }

    private void select(Network network) {
        robot.interact(() -> {
            ListView<Account> list = robot.lookup("#accountList").queryAs(ListView.class);
            list.getSelectionModel().select(list.getItems().stream()
                    .filter(a -> a.network() == network && (network != Network.FACEBOOK || a.externalId().equals(FakeGraph.BAKERY)))
                    .findFirst().orElseThrow());
        });
    }

    private void publish(String text, boolean withImage) throws Exception {
        String before = validation();
        robot.interact(() -> robot.lookup("#validateText").queryAs(TextArea.class).setText(text));
        if (withImage) {
            robot.clickOn("#attachImage");
        }
        robot.clickOn("#publishNow");
        confirmQuestion();
        // Each post has its own address, so the line differs from the one the previous post left.
        waitFor(() -> validation().startsWith("Published to ") && !validation().equals(before));
    }

    private boolean has(Network network) throws Exception {
        return accounts().stream().anyMatch(a -> a.network() == network);
    }

    private List<Account> accounts() throws Exception {
        return onFx(() -> List.copyOf(robot.lookup("#accountList").<ListView<Account>>query().getItems()));
    }

    private String validation() throws Exception {
        return onFx(() -> robot.lookup("#validation").queryAs(Label.class).getText());
    }
}
