package org.scriptorium.app.notion;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scriptorium.app.common.DirectTaskRunner;
import org.scriptorium.core.Studio;
import org.scriptorium.core.TestStudios;
import org.scriptorium.core.notion.FakeNotion;
import org.scriptorium.core.notion.NotionSync;
import org.scriptorium.core.research.sources.SourceLabel;

import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;

import static org.assertj.core.api.Assertions.assertThat;

/** Notion in the settings, driven without a window against a loopback Notion. */
class NotionSettingsViewModelTest {
    @TempDir
    Path dataDir;
    private FakeNotion notion;
    private Studio studio;
    private NotionSettingsViewModel model;

    @BeforeEach
    void open() throws Exception {
        notion = new FakeNotion(Instant::now);
        studio = TestStudios.open(dataDir);
        studio.settings().put(NotionSync.API_SETTING, notion.url());
        model = new NotionSettingsViewModel(studio.notion(), new DirectTaskRunner(), ZoneOffset.UTC);
    }

    @AfterEach
    void close() {
        studio.close();
        notion.close();
    }

    @Test
    void aRefusedTokenSaysSoAndAGoodOneConnectsSyncsAndIsNeverShownBack() {
        model.load();
        assertThat(model.statusProperty().get()).isEqualTo("Not connected.");
        model.tokenProperty().set("ntn_wrong");
        model.databaseProperty().set(FakeNotion.DATABASE);
        model.connect();
        assertThat(model.errorProperty().get()).isEqualTo("The Notion token was refused: check the integration's secret.");
        assertThat(model.connectedProperty().get()).isFalse();

        studio.research().topics().create("Sourdough starters", SourceLabel.NONE);
        model.tokenProperty().set(FakeNotion.TOKEN);
        model.connect();
        assertThat(model.errorProperty().get()).isEmpty();
        assertThat(model.tokenProperty().get()).isEmpty();
        assertThat(model.connectedProperty().get()).isTrue();
        assertThat(model.statusProperty().get()).startsWith("Connected to \u201cTopics\u201d").contains("Not synced yet");

        model.syncNow();
        assertThat(model.statusProperty().get()).contains("1 topics linked", "Last sync", "1 created in Notion");
        assertThat(notion.pages()).hasSize(1);

        model.disconnect();
        assertThat(model.connectedProperty().get()).isFalse();
        assertThat(model.statusProperty().get()).isEqualTo("Not connected.");
    }
}
