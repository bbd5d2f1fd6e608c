package org.scriptorium.app.cli;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scriptorium.app.cli.CliRunner.Result;
import org.scriptorium.publishers.bluesky.FakePds;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

class AnalyticsCommandsTest {
    @TempDir
    Path dataDir;
    private FakePds pds;
    private CliRunner cli;
    private String account;

    @BeforeEach
    void connect() throws Exception {
        pds = new FakePds();
        cli = new CliRunner(dataDir);
        account = cli.connectBluesky(pds);
    }

    @AfterEach
    void stop() {
        pds.close();
    }

    @Test
    void aPublishedPostsNumbersAreReadOnDemandAndShownOverTime() {
        Result published = cli.run("publish-text", "--account", account, "--text", "Harbour notes, part one", "--json");
        assertThat(published.exitCode()).as(published.err()).isZero();
        String postId = published.json().get("id").asText();
        String uri = published.json().get("postId").asText();
        pds.counts.put(uri.substring(uri.lastIndexOf('/') + 1), new long[] {7, 2, 1, 0});

        assertThat(cli.run("analytics", "post", postId).out()).contains("No numbers yet");
        assertThat(cli.run("analytics", "refresh", "--due", "--json").json().get("calls").asInt()).isZero(); // not due in its first hour
        JsonNode refreshed = cli.run("analytics", "refresh", "--account", account, "--json").json();
        assertThat(refreshed.get("measured").asInt()).isEqualTo(1);
        assertThat(refreshed.get("calls").asInt()).isEqualTo(1);

        JsonNode snapshots = cli.run("analytics", "post", postId, "--json").json();
        assertThat(snapshots).singleElement().satisfies(s -> {
            assertThat(s.get("state").asText()).isEqualTo("measured");
            assertThat(s.get("reactions").asLong()).isEqualTo(7);
            assertThat(s.get("comments").asLong()).isEqualTo(2);
            assertThat(s.get("impressions").isNull()).isTrue(); // Bluesky does not give it: not available, not 0
        });
        assertThat(cli.run("analytics", "post", postId).out()).contains("measured").contains("7").contains("–");
        assertThat(cli.run("analytics", "refresh", "--account", "nobody").exitCode()).isEqualTo(2);
    }
}
