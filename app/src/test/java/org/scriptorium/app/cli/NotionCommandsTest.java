package org.scriptorium.app.cli;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scriptorium.core.notion.FakeNotion;

import java.nio.file.Path;
import java.time.Instant;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** scriptorium notion against a loopback Notion speaking API version 2025-09-03. */
class NotionCommandsTest {
    @TempDir
    Path dataDir;
    private FakeNotion notion;
    private CliRunner cli;

    @BeforeEach
    void start() throws Exception {
        notion = new FakeNotion(Instant::now);
        cli = new CliRunner(dataDir);
        assertThat(cli.run("config", "set", "notion-api", notion.url()).exitCode()).isZero();
    }

    @AfterEach
    void stop() {
        notion.close();
    }

    @Test
    void topicsSyncBothWaysAndADraftSentTwiceUpdatesItsPage() {
        CliRunner.Result connected = notion("connect", "--token-env", "NOTION_TOKEN", "--database", FakeNotion.DATABASE, "--json");
        assertThat(connected.exitCode()).as(connected.err()).isZero();
        assertThat(connected.json().get("connected").asBoolean()).isTrue();
        assertThat(connected.json().get("dataSourceName").asText()).isEqualTo("Topics");
        assertThat(connected.out()).doesNotContain(FakeNotion.TOKEN);
        String topic = cli.run("topic", "new", "--title", "Sourdough starters", "--label", "baking/home/en", "--json").json().get("id").asText();

        JsonNode first = notion("sync", "--json").json();
        assertThat(first.get("created").asInt()).isEqualTo(1);
        String page = notion.pages().getFirst().path("id").asText();
        assertThat(notion.title(page)).isEqualTo("Sourdough starters");

        notion.edit(page, "Status", "{\"status\":{\"name\":\"Researched\"}}");
        notion.edit(page, "Priority", "{\"number\":9}");
        JsonNode second = notion("sync", "--json").json();
        assertThat(second.get("changedHere").asInt()).isEqualTo(1);
        assertThat(second.get("overwritten")).isEmpty();
        assertThat(cli.run("topic", "show", topic, "--json").json().get("status").asText()).isEqualTo("researched");

        String draft = cli.run("draft", "new", "--title", "Starters, fed daily", "--body", "# Feeding\n\nTwice a day.", "--json").json().get("id").asText();
        JsonNode sent = notion("push-draft", draft.substring(0, 8), "--json").json();
        assertThat(sent.get("updated").asBoolean()).isFalse();
        assertThat(sent.get("blocks").asInt()).isEqualTo(2);
        JsonNode again = notion("push-draft", draft, "--json").json();
        assertThat(again.get("updated").asBoolean()).isTrue();
        assertThat(again.get("page").asText()).isEqualTo(sent.get("page").asText());
        assertThat(notion.pages()).hasSize(2);
        assertThat(notion.blocks(sent.get("page").asText())).hasSize(2);

        CliRunner.Result status = notion("status");
        assertThat(status.out()).contains("Connected to \"Topics\"", "1 topics linked", "last sync");
        assertThat(notion("sync").out()).contains("0 created in Notion", "0 new from Notion");
    }

    @Test
    void aRefusedTokenSaysSoAndFailsWhileBadUsageIsUsage() {
        CliRunner.Result refused = CliRunner.runWith(Map.of("NOTION_TOKEN", "ntn_not_it"), "--data-dir", dataDir.toString(),
                "notion", "connect", "--token-env", "NOTION_TOKEN", "--database", FakeNotion.DATABASE);
        assertThat(refused.exitCode()).isEqualTo(1);
        assertThat(refused.err()).contains("The Notion token was refused: check the integration's secret.");

        assertThat(notion("connect", "--database", FakeNotion.DATABASE).exitCode()).isEqualTo(2);
        CliRunner.Result notAnId = notion("connect", "--token-env", "NOTION_TOKEN", "--database", "my-database");
        assertThat(notAnId.exitCode()).isEqualTo(2);
        assertThat(notAnId.err()).contains("not a Notion database id");
        CliRunner.Result notConnected = notion("sync", "--json");
        assertThat(notConnected.exitCode()).isEqualTo(1);
        assertThat(notConnected.err()).contains("Not connected to Notion");
        assertThat(notion("status", "--json").json().get("connected").asBoolean()).isFalse();
    }

    private CliRunner.Result notion(String... args) {
        String[] all = new String[args.length + 3];
        all[0] = "--data-dir";
        all[1] = dataDir.toString();
        all[2] = "notion";
        System.arraycopy(args, 0, all, 3, args.length);
        return CliRunner.runWith(Map.of("NOTION_TOKEN", FakeNotion.TOKEN), all);
    }
}
