package org.scriptorium.app.cli;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scriptorium.app.cli.CliRunner.Result;
import org.scriptorium.publishers.bluesky.FakePds;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Accounts and publishing from the command line, against a loopback Bluesky server. */
class AccountCommandsTest {
    @TempDir
    Path dataDir;
    private FakePds pds;
    private CliRunner cli;

    private final ch.qos.logback.core.read.ListAppender<ch.qos.logback.classic.spi.ILoggingEvent> log = new ch.qos.logback.core.read.ListAppender<>();
    private ch.qos.logback.classic.Level rootLevel;

    @BeforeEach
    void start() throws Exception {
        pds = new FakePds();
        cli = new CliRunner(dataDir);
        // Everything any library logs, at the most talkative level, is kept to be searched for secrets.
        var root = (ch.qos.logback.classic.Logger) org.slf4j.LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
        rootLevel = root.getLevel();
        root.setLevel(ch.qos.logback.classic.Level.DEBUG);
        log.start();
        root.addAppender(log);
    }

    @AfterEach
    void stop() {
        var root = (ch.qos.logback.classic.Logger) org.slf4j.LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
        root.detachAppender(log);
        root.setLevel(rootLevel);
        pds.close();
    }

    @Test
    void connectsMastodonFromTheCommandLineThroughTheBrowserAndTheLoopbackAddress() throws Exception {
        try (var mastodon = new org.scriptorium.publishers.mastodon.FakeMastodon()) {
            java.io.StringWriter err = new java.io.StringWriter();
            var running = java.util.concurrent.CompletableFuture.supplyAsync(() -> CliRunner.runWith(Map.of(), err,
                    "--data-dir", dataDir.toString(), "account", "connect", "mastodon", "--instance", mastodon.url(), "--json"));
            String signInPage = null;
            for (int i = 0; i < 600 && signInPage == null; i++) { // up to 30 s: a busy two-core machine starts slowly
                signInPage = err.toString().lines().filter(l -> l.startsWith(mastodon.url() + "/oauth/authorize")).findFirst().orElse(null);
                Thread.sleep(50);
            }
            assertThat(signInPage).as(err.toString()).isNotNull();
            // The user's browser: opens the page, the server sends it back to the command's 127.0.0.1 listener.
            try (var ignored = new okhttp3.OkHttpClient().newCall(new okhttp3.Request.Builder().url(signInPage).build()).execute()) {
                // followed the redirect to the loopback address
            }
            Result connected = running.get(30, java.util.concurrent.TimeUnit.SECONDS);
            assertThat(connected.exitCode()).as(connected.err()).isZero();
            assertThat(connected.json().get(0).get("name").asText()).isEqualTo("Ana Lima");
            assertThat(connected.json().get(0).get("status").asText()).isEqualTo("connected");
            assertThat(connected.out()).doesNotContain(org.scriptorium.publishers.mastodon.FakeMastodon.TOKEN);
        }
    }

    @Test
    void connectsLinkedInAndFacebookWithTheUsersOwnAppsAndPublishesAnImagePostToEach() throws Exception {
        try (var linkedIn = new org.scriptorium.publishers.linkedin.FakeLinkedIn(); var graph = new org.scriptorium.publishers.facebook.FakeGraph()) {
            try (var studio = org.scriptorium.core.Studio.open(dataDir)) {
                var endpoints = studio.publishing().endpoints();
                endpoints.set(org.scriptorium.core.accounts.Network.LINKEDIN, "api", linkedIn.base());
                endpoints.set(org.scriptorium.core.accounts.Network.LINKEDIN, "auth", linkedIn.base());
                endpoints.set(org.scriptorium.core.accounts.Network.FACEBOOK, "api", graph.baseUrl());
                endpoints.set(org.scriptorium.core.accounts.Network.FACEBOOK, "auth", graph.baseUrl());
            }
            Path image = dataDir.resolveSibling(dataDir.getFileName() + "-cover.png");
            javax.imageio.ImageIO.write(new java.awt.image.BufferedImage(40, 20, java.awt.image.BufferedImage.TYPE_INT_RGB), "png", image.toFile());

            JsonNode member = connectThroughBrowser(Map.of("SECRET", org.scriptorium.publishers.linkedin.FakeLinkedIn.CLIENT_SECRET), "linkedin",
                    "--client-id", org.scriptorium.publishers.linkedin.FakeLinkedIn.CLIENT_ID);
            assertThat(member.get(0).get("name").asText()).isEqualTo("Ada Lovelace");
            assertThat(member.get(0).get("statusText").asText()).startsWith("connected, expires in 5");
            JsonNode pages = connectThroughBrowser(Map.of("SECRET", org.scriptorium.publishers.facebook.FakeGraph.APP_SECRET), "facebook",
                    "--client-id", org.scriptorium.publishers.facebook.FakeGraph.APP_ID);
            assertThat(pages).extracting(p -> p.get("name").asText()).contains("Ada's Bakery");

            for (JsonNode account : List.of(member.get(0), pages.get(0))) {
                Result published = cli.run("publish-text", "--account", account.get("id").asText(), "--text", "Opening hours for the holidays",
                        "--image", image.toString(), "--alt", "The shop front", "--json");
                assertThat(published.exitCode()).as(published.err()).isZero();
            }
            assertThat(linkedIn.createdPosts()).singleElement().satisfies(p -> assertThat(p.path("content").path("media").path("altText").asText())
                    .isEqualTo("The shop front"));
            assertThat(graph.messagesWithPhotos(pages.get(0).get("externalId").asText())).containsExactly("Opening hours for the holidays");
        }
    }

    /** Runs `account connect` and plays the user's browser: opens the printed address and follows it back to 127.0.0.1. */
    private JsonNode connectThroughBrowser(Map<String, String> environment, String network, String... options) throws Exception {
        java.io.StringWriter err = new java.io.StringWriter();
        List<String> args = new java.util.ArrayList<>(List.of("--data-dir", dataDir.toString(), "account", "connect", network,
                "--client-secret-env", "SECRET", "--port", "0", "--json"));
        args.addAll(List.of(options));
        var running = java.util.concurrent.CompletableFuture.supplyAsync(() -> CliRunner.runWith(environment, err, args.toArray(String[]::new)));
        String page = null;
        for (int i = 0; i < 200 && page == null; i++) {
            page = err.toString().lines().filter(l -> l.startsWith("http")).findFirst().orElse(null);
            Thread.sleep(50);
        }
        assertThat(page).as(err.toString()).isNotNull();
        try (var ignored = new okhttp3.OkHttpClient().newCall(new okhttp3.Request.Builder().url(page).build()).execute()) {
            // followed the redirect back to the command's listener
        }
        Result connected = running.get(30, java.util.concurrent.TimeUnit.SECONDS);
        assertThat(connected.exitCode()).as(connected.err()).isZero();
        return connected.json();
    }

    /** No app password or session token in anything logged, nor in any file of the data directory but the encrypted secrets. */
    private void noSecretAnywhere() throws java.io.IOException {
        java.util.List<String> secrets = java.util.List.of(FakePds.APP_PASSWORD, "access-1", "refresh-1");
        for (var event : log.list) {
            String logged = event.getFormattedMessage() + (event.getThrowableProxy() == null ? "" : event.getThrowableProxy().getMessage());
            secrets.forEach(secret -> assertThat(logged).as("a log line").doesNotContain(secret));
        }
        try (var files = java.nio.file.Files.walk(dataDir)) {
            for (Path file : files.filter(java.nio.file.Files::isRegularFile).toList()) {
                String content = new String(java.nio.file.Files.readAllBytes(file), java.nio.charset.StandardCharsets.ISO_8859_1);
                secrets.forEach(secret -> assertThat(content).as(file.toString()).doesNotContain(secret));
            }
        }
    }

    @Test
    void connectValidatePublishShowAndDisconnectABlueskyAccount() throws Exception {
        assertThat(cli.run("account", "list", "--json").json()).isEmpty();
        Result refused = cli.run("account", "connect", "bluesky", "--handle", FakePds.HANDLE, "--instance", pds.url());
        assertThat(refused.exitCode()).isEqualTo(2);
        assertThat(refused.err()).contains("--password-env");

        Result connected = CliRunner.runWith(Map.of("BSKY_PASS", FakePds.APP_PASSWORD), "--data-dir", dataDir.toString(),
                "account", "connect", "bluesky", "--handle", FakePds.HANDLE, "--instance", pds.url(), "--password-env", "BSKY_PASS", "--json");
        assertThat(connected.exitCode()).as(connected.err()).isZero();
        assertThat(connected.out()).doesNotContain(FakePds.APP_PASSWORD).doesNotContain("access-1");
        String id = connected.json().get(0).get("id").asText();

        JsonNode shown = cli.run("account", "show", id.substring(0, 8), "--json").json();
        assertThat(shown.get("name").asText()).isEqualTo("Ana Lima");
        assertThat(shown.get("status").asText()).isEqualTo("connected");

        Result tooLong = cli.run("publish-text", "--account", id, "--text", "x".repeat(301) + " #a #b", "--image", "missing.png", "--dry-run", "--json");
        assertThat(tooLong.exitCode()).isEqualTo(1);
        assertThat(tooLong.out()).isEmpty();
        assertThat(tooLong.err()).contains("Bluesky would refuse the post").contains("307 characters").contains("missing.png");
        assertThat(pds.records).isEmpty();

        Result dry = cli.run("publish-text", "--account", id, "--text", "Checked, not sent", "--dry-run");
        assertThat(dry.exitCode()).as(dry.err()).isZero();
        assertThat(pds.records).isEmpty();

        Result published = cli.run("publish-text", "--account", id, "--text", "Hello from the command line #cli", "--json");
        assertThat(published.exitCode()).as(published.err()).isZero();
        assertThat(published.json().get("url").asText()).startsWith("https://bsky.app/profile/" + FakePds.HANDLE + "/post/");
        assertThat(pds.records.values()).extracting(r -> r.path("text").asText()).containsExactly("Hello from the command line #cli");
        // Like every post, it is in Posts with its log.
        Result listed = cli.run("post", "list", "--json");
        assertThat(listed.json()).singleElement().satisfies(p -> {
            assertThat(p.get("text").asText()).isEqualTo("Hello from the command line #cli");
            assertThat(p.get("status").asText()).isEqualToIgnoringCase("published");
        });
        // The same text again minutes later is refused unless asked for; nothing is sent.
        Result twice = cli.run("publish-text", "--account", id, "--text", "Hello from the command line #cli");
        assertThat(twice.exitCode()).isEqualTo(1);
        assertThat(twice.err()).contains("The same text went to this account").contains("--again");
        assertThat(pds.records).hasSize(1);
        assertThat(cli.run("publish-text", "--account", id, "--text", "Hello from the command line #cli", "--again").exitCode()).isZero();
        assertThat(pds.records).hasSize(2);

        assertThat(cli.run("account", "disconnect", id).exitCode()).isZero();
        assertThat(cli.run("account", "list", "--json").json()).isEmpty();
        Result gone = cli.run("publish-text", "--account", id, "--text", "Nobody home");
        assertThat(gone.exitCode()).isEqualTo(2);
        assertThat(gone.err()).contains("No account");
        assertThat(log.list).isNotEmpty();

        assertThat(cli.run("config", "set", "linkedin-version", "202601").exitCode()).isZero();
        Result badVersion = cli.run("config", "set", "facebook-version", "25");
        assertThat(badVersion.exitCode()).isEqualTo(2);
        assertThat(badVersion.err()).contains("v25.0");
        assertThat(cli.run("config", "show", "--json").json().get("linkedin-version").asText()).isEqualTo("202601");
        noSecretAnywhere();
    }
}
