package org.scriptorium.core.store;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.postgresql.ds.PGSimpleDataSource;
import org.scriptorium.core.Studio;
import org.scriptorium.core.drafts.DraftChanges;
import org.scriptorium.core.drafts.DraftDocument;
import org.scriptorium.core.drafts.DraftFilter;
import org.scriptorium.core.drafts.DraftService;
import org.scriptorium.core.drafts.DraftStatus;
import org.scriptorium.core.drafts.DraftSummary;
import org.scriptorium.core.drafts.NewDraft;
import org.scriptorium.core.settings.SettingsRepository;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The migrations and the mappings on PostgreSQL, the optional sync hub. Runs when
 * {@code SCRIPTORIUM_TEST_POSTGRES_URL} (and {@code SCRIPTORIUM_TEST_POSTGRES_USER}) point at a server,
 * as {@code ./run-tests} arranges; each test gets a fresh schema, dropped afterwards.
 */
class PostgresMigrationTest {
    static final String URL_VARIABLE = "SCRIPTORIUM_TEST_POSTGRES_URL";
    static final String USER_VARIABLE = "SCRIPTORIUM_TEST_POSTGRES_USER";
    static final String REQUIRED_VARIABLE = "SCRIPTORIUM_TEST_POSTGRES_REQUIRED";

    @TempDir
    Path indexFolder;

    private PGSimpleDataSource admin;
    private PGSimpleDataSource dataSource;
    private String schema;

    @BeforeEach
    void freshSchema() throws SQLException {
        String url = System.getenv(URL_VARIABLE);
        String missing = URL_VARIABLE + " is not set, so there is no PostgreSQL server to test against "
                + "(./run-tests starts a throwaway one when PostgreSQL is installed)";
        // In CI a missing server is a failure, never a quiet skip: these are the only tests of the PostgreSQL path.
        if (System.getenv(REQUIRED_VARIABLE) != null) {
            assertThat(url).as(missing).isNotBlank();
        }
        assumeTrue(url != null && !url.isBlank(), missing);
        String user = System.getenv().getOrDefault(USER_VARIABLE, "postgres");
        admin = dataSource(url, user);
        schema = "scriptorium_test_" + UUID.randomUUID().toString().replace("-", "");
        execute(admin, "CREATE SCHEMA " + schema);
        dataSource = dataSource(url, user);
        dataSource.setCurrentSchema(schema);
    }

    @AfterEach
    void dropSchema() throws SQLException {
        if (schema != null) {
            execute(admin, "DROP SCHEMA " + schema + " CASCADE");
        }
    }

    @Test
    void migrationsRunOnPostgresAndHibernateValidatesTheSchema() throws SQLException {
        try (Database database = Database.open(dataSource, Studio.ENTITIES)) {
            assertThat(database.schemaVersion()).isEqualTo("15");
        }
        try (Connection connection = dataSource.getConnection();
             var tables = connection.getMetaData().getTables(null, schema, "%", new String[]{"TABLE"})) {
            var names = new java.util.ArrayList<String>();
            while (tables.next()) {
                names.add(tables.getString("TABLE_NAME"));
            }
            assertThat(names).contains("drafts", "tags", "draft_tags", "draft_revisions", "settings", "flyway_schema_history",
                    "research_sources", "research_documents", "research_topics", "research_topic_documents", "research_reports",
                    "research_report_sources", "ai_providers", "ai_usage", "ai_prices", "draft_seo", "draft_images", "post_metrics", "draft_topics", "post_latest_metrics", "search_suggestions",
                    "competitors", "competitor_checks", "competitor_articles", "topic_keywords",
                    "notion_topic_pages", "notion_draft_pages", "notion_overwrites");
        }
        // A second open finds everything migrated and still valid.
        try (Database database = Database.open(dataSource, Studio.ENTITIES)) {
            assertThat(database.schemaVersion()).isEqualTo("15");
        }
    }

    @Test
    void aPostHeldByItsNetworkFitsTheSchemaOnPostgres() throws SQLException {
        try (Database database = Database.open(dataSource, Studio.ENTITIES)) {
            HeldPostSchema.heldPostsFit(database, indexFolder);
        }
    }

    @Test
    void aDraftWithTagsIsWrittenAndReadBackOnPostgres() {
        try (Database database = Database.open(dataSource, Studio.ENTITIES)) {
            Clock clock = new StoreClock(Clock.systemUTC());
            UUID device = new SettingsRepository(database.sessions(), clock).deviceId();
            try (DraftService drafts = new DraftService(database.sessions(), clock, device, indexFolder)) {
                String body = "# Über Nebenläufigkeit\n\nVirtual threads make blocking cheap. ✓\n";
                DraftDocument created = drafts.create(new NewDraft("Virtual threads on the server", body,
                        DraftStatus.READY, List.of("java", "Loom", "#concurrency")));

                DraftDocument read = drafts.get(created.id());
                assertThat(read.title()).isEqualTo("Virtual threads on the server");
                assertThat(read.body()).isEqualTo(body);
                assertThat(read.status()).isEqualTo(DraftStatus.READY);
                assertThat(read.tags()).containsExactly("Loom", "concurrency", "java");
                assertThat(read.createdAt()).isEqualTo(created.createdAt());
                assertThat(read.revision()).isEqualTo(created.revision());

                DraftDocument edited = drafts.update(created.id(), new DraftChanges(
                        null, body + "More.", null, List.of("java", "sync")));
                assertThat(edited.revision()).isGreaterThan(created.revision());
                assertThat(drafts.get(created.id()).tags()).containsExactly("java", "sync");
                assertThat(drafts.list(DraftFilter.ALL.withTag("JAVA"))).extracting(DraftSummary::id).containsExactly(created.id());
                assertThat(drafts.tags()).containsEntry("java", 1L).containsEntry("sync", 1L).doesNotContainKey("Loom");
                assertThat(drafts.search("nebenläufig", DraftFilter.ALL)).extracting(DraftSummary::id).containsExactly(created.id());
                drafts.planPublishing(created.id(), java.time.LocalDate.of(2026, 12, 1));
                assertThat(drafts.planned(java.time.LocalDate.of(2026, 12, 1), java.time.LocalDate.of(2026, 12, 1)))
                        .extracting(org.scriptorium.core.drafts.PlannedDraft::id).containsExactly(created.id());

                drafts.trash(created.id());
                assertThat(drafts.counts().trashed()).isEqualTo(1);
                assertThat(drafts.emptyTrash()).isEqualTo(1);
                assertThat(drafts.list(DraftFilter.ALL)).isEmpty();
            }
        }
    }

    @Test
    void aTopicWithDocumentsAndACitedReportIsWrittenAndReadBackOnPostgres() {
        try (Database database = Database.open(dataSource, Studio.ENTITIES)) {
            Clock clock = new StoreClock(Clock.systemUTC());
            var settings = new SettingsRepository(database.sessions(), clock);
            UUID device = settings.deviceId();
            try (var documents = new org.scriptorium.core.research.documents.DocumentStore(database.sessions(), clock, device, settings,
                    indexFolder.resolve("documents"))) {
                var sources = new org.scriptorium.core.research.sources.SourceService(database.sessions(), clock, device);
                var source = sources.add(org.scriptorium.core.research.sources.NewSource.of("https://example.org/feed.xml"));
                var added = documents.add(source.id(), new org.scriptorium.core.research.documents.IncomingDocument("g1",
                        "https://example.org/a?utm_source=x", "Über heat pumps", null, java.time.Instant.now(), "Heat pumps sell.",
                        null, "en", 3, 1));
                assertThat(documents.add(source.id(), new org.scriptorium.core.research.documents.IncomingDocument("g2",
                        "https://example.org/a", "Other title", null, null, "Other", null, null, null, null)).outcome())
                        .as("same canonical URL").isEqualTo(org.scriptorium.core.research.documents.AddedDocument.Outcome.DUPLICATE);
                var topics = new org.scriptorium.core.research.topics.TopicService(database.sessions(), clock, device);
                var topic = topics.create("Heat pumps", null);
                var reports = new org.scriptorium.core.research.reports.ReportStore(database.sessions(), clock, device);
                var source1 = new org.scriptorium.core.research.reports.ReportSource(1, added.id(), "https://example.org/a",
                        "Über heat pumps", "Heat pumps sell.", java.time.Instant.now());
                reports.save(topic.id(), "heat pumps", "extractive", new org.scriptorium.core.research.reports.ResearchReport(
                        "Heat pumps sell [1][2].", List.of(), List.of(), List.of(source1)));

                var stored = reports.current(topic.id()).orElseThrow();
                assertThat(stored.report().summary()).isEqualTo("Heat pumps sell [1].");
                assertThat(stored.report().sources()).singleElement()
                        .satisfies(s -> assertThat(s.documentId()).isEqualTo(added.id()));
                assertThat(documents.search("heat")).extracting(d -> d.id()).containsExactly(added.id());
                assertThat(sources.list()).singleElement().satisfies(s -> assertThat(s.documentCount()).isEqualTo(1));
            }
        }
    }

    @Test
    void costsProvidersAndADraftsCoverAreWrittenAndReadBackOnPostgres() {
        try (Database database = Database.open(dataSource, Studio.ENTITIES)) {
            Clock clock = new StoreClock(Clock.systemUTC());
            var settings = new SettingsRepository(database.sessions(), clock);
            UUID device = settings.deviceId();
            try (DraftService drafts = new DraftService(database.sessions(), clock, device, indexFolder)) {
                var ledger = new org.scriptorium.core.writing.usage.UsageLedger(database.sessions(), clock, device, settings);
                var draft = drafts.create(new NewDraft("Solar roofs", "Panels pay back in eight years.", DraftStatus.DRAFT, List.of()));
                var entry = ledger.record(new org.scriptorium.core.writing.usage.AiCall("openai", "gpt-4o-mini", "draft", 10_000, 2_000, 0,
                        java.time.Duration.ofMillis(800), org.scriptorium.core.writing.usage.AiCall.Outcome.OK, draft.id(), null), false);
                assertThat(entry.costUsd()).isEqualByComparingTo("0.0027");
                assertThat(org.scriptorium.core.writing.usage.UsageLedger.total(ledger.forDraft(draft.id()))).isEqualByComparingTo("0.0027");

                var registry = new org.scriptorium.core.writing.providers.ProviderRegistry(database.sessions(), clock, device, settings,
                        () -> new org.scriptorium.core.secrets.EncryptedFileSecretStore(indexFolder.resolve("secrets")), okhttp3.OkHttpClient::new);
                registry.add("local", org.scriptorium.core.writing.providers.ProviderType.OLLAMA, null, "llama3.1", null);
                assertThat(registry.list()).singleElement().satisfies(p -> assertThat(p.baseUrl().toString()).isEqualTo("http://localhost:11434"));

                var images = new org.scriptorium.core.images.DraftImages(database.sessions(), clock, device,
                        new org.scriptorium.core.images.ImageLibrary(indexFolder.resolve("images")), registry, ledger, drafts);
                images.cover(draft.id(), org.scriptorium.core.images.ImageSize.OPEN_GRAPH);
                assertThat(images.of(draft.id())).singleElement().satisfies(i -> assertThat(i.width()).isEqualTo(1200));
            }
        }
    }

    private static PGSimpleDataSource dataSource(String url, String user) {
        PGSimpleDataSource source = new PGSimpleDataSource();
        source.setUrl(url);
        source.setUser(user);
        return source;
    }

    private static void execute(PGSimpleDataSource source, String sql) throws SQLException {
        try (Connection connection = source.getConnection(); Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }
}
