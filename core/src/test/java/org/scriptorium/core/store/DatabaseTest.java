package org.scriptorium.core.store;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scriptorium.core.Studio;
import org.scriptorium.core.drafts.NewDraft;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

class DatabaseTest {
    @TempDir
    Path dataDir;

    @Test
    void aNewDataDirGetsTheWholeSchemaAndHibernateAcceptsIt() throws Exception {
        try (Database database = Database.openH2(dataDir, Studio.ENTITIES)) {
            assertThat(database.schemaVersion()).isEqualTo("15");
            try (Connection connection = database.dataSource().getConnection();
                 ResultSet tables = connection.getMetaData().getTables(null, "PUBLIC", "%", new String[]{"TABLE"})) {
                var names = new java.util.ArrayList<String>();
                while (tables.next()) {
                    names.add(tables.getString("TABLE_NAME").toLowerCase(java.util.Locale.ROOT));
                }
                assertThat(names).contains("drafts", "tags", "draft_tags", "draft_revisions", "settings", "research_sources",
                        "research_documents", "research_topics", "research_topic_documents", "research_reports", "research_report_sources",
                        "ai_providers", "ai_usage", "ai_prices", "draft_seo", "draft_images");
            }
        }
        assertThat(dataDir.resolve("db/scriptorium.mv.db")).exists();
    }

    @Test
    void schemaSixTakesAPostHeldByItsNetworkAndRefusesAnUnknownStatus() throws Exception {
        try (Database database = Database.openH2(dataDir, Studio.ENTITIES)) {
            HeldPostSchema.heldPostsFit(database, dataDir);
        }
    }

    @Test
    void reopeningKeepsDataAndTheDeviceIdentity() {
        UUID device;
        UUID draft;
        try (Studio studio = Studio.open(dataDir)) {
            device = studio.deviceId();
            draft = studio.drafts().create(NewDraft.titled("Kept")).id();
        }
        try (Studio studio = Studio.open(dataDir)) {
            assertThat(studio.deviceId()).isEqualTo(device);
            assertThat(studio.drafts().get(draft).title()).isEqualTo("Kept");
        }
    }
}
