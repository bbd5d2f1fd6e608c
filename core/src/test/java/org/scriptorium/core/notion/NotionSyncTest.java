package org.scriptorium.core.notion;

import okhttp3.OkHttpClient;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scriptorium.core.Studio;
import org.scriptorium.core.TestStudios;
import org.scriptorium.core.drafts.DraftService;
import org.scriptorium.core.drafts.NewDraft;
import org.scriptorium.core.research.reports.ReportStore;
import org.scriptorium.core.research.sources.SourceLabel;
import org.scriptorium.core.research.topics.TopicFilter;
import org.scriptorium.core.research.topics.TopicService;
import org.scriptorium.core.research.topics.TopicStatus;
import org.scriptorium.core.research.topics.TopicSummary;
import org.scriptorium.core.secrets.SecretStore;
import org.scriptorium.core.settings.SettingsRepository;
import org.scriptorium.core.store.Database;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Topics and drafts kept in step with a Notion database, against a loopback Notion speaking API version 2025-09-03. */
class NotionSyncTest {
    @TempDir
    Path dataDir;
    private final TestStudios.ManualClock clock = new TestStudios.ManualClock(Instant.parse("2027-02-01T09:00:00Z"));
    private final List<Duration> pauses = new ArrayList<>();
    private final Map<String, String> keychain = new HashMap<>();
    private FakeNotion notion;
    private Database database;
    private TopicService topics;
    private DraftService drafts;
    private SettingsRepository settings;
    private NotionSync sync;

    @BeforeEach
    void open() throws Exception {
        notion = new FakeNotion(clock::instant);
        database = Database.openH2(dataDir, Studio.ENTITIES);
        UUID device = UUID.randomUUID();
        settings = new SettingsRepository(database.sessions(), clock);
        settings.put(NotionSync.API_SETTING, notion.url());
        topics = new TopicService(database.sessions(), clock, device);
        drafts = new DraftService(database.sessions(), clock, device, dataDir.resolve("index"));
        sync = new NotionSync(database.sessions(), clock, device, settings, () -> new MapSecrets(keychain), OkHttpClient::new, wait -> {
            pauses.add(wait);
            clock.advance(wait); // waits pass on the test's clock, not the wall's
        }, topics, new ReportStore(database.sessions(), clock, device), drafts);
    }

    @AfterEach
    void close() {
        drafts.close();
        database.close();
        notion.close();
    }

    @Test
    void topicsGoToNotionAndWhatIsEditedThereComesBackWithTheLaterEditWinningAField() throws Exception {
        TopicSummary sourdough = topics.create("Sourdough starters", new SourceLabel("baking", "home", "en"));
        TopicSummary rye = topics.create("Rye bread", SourceLabel.NONE);
        sync.connect(FakeNotion.TOKEN, "https://www.notion.so/team/" + FakeNotion.DATABASE + "?v=1234");
        assertThat(keychain).containsEntry(NotionSync.TOKEN_SECRET, FakeNotion.TOKEN);

        NotionSync.Report first = sync.sync(() -> false);

        assertThat(first.created()).isEqualTo(2);
        assertThat(notion.pages()).hasSize(2);
        String sourdoughPage = pageTitled("Sourdough starters");
        assertThat(notion.property(sourdoughPage, "Status").path("status").path("name").asText()).isEqualTo("Validated");
        assertThat(notion.property(sourdoughPage, "Domain").path("select").path("name").asText()).isEqualTo("baking");

        // Status and priority edited in Notion come back.
        clock.advance(Duration.ofMinutes(5));
        notion.edit(sourdoughPage, "Status", "{\"status\":{\"name\":\"Researched\"}}");
        notion.edit(sourdoughPage, "Priority", "{\"number\":8}");
        clock.advance(Duration.ofMinutes(1));
        NotionSync.Report second = sync.sync(() -> false);
        assertThat(second.changedHere()).isEqualTo(1);
        assertThat(topics.get(sourdough.id()).status()).isEqualTo(TopicStatus.RESEARCHED);
        assertThat(topics.get(sourdough.id()).priority()).isEqualTo(8);
        assertThat(second.created()).isZero();

        // The title edited on both sides: Notion's edit is later, so it stays and the studio's is reported.
        clock.advance(Duration.ofMinutes(2));
        topics.rename(rye.id(), "Rye bread at home");
        clock.advance(Duration.ofMinutes(3));
        String ryePage = pageTitled("Rye bread");
        notion.editTitle(ryePage, "Rye sourdough");
        clock.advance(Duration.ofMinutes(1));
        NotionSync.Report third = sync.sync(() -> false);
        assertThat(topics.get(rye.id()).title()).isEqualTo("Rye sourdough");
        assertThat(notion.title(ryePage)).isEqualTo("Rye sourdough");
        assertThat(third.overwritten()).singleElement().satisfies(lost -> {
            assertThat(lost.topicTitle()).isEqualTo("Rye sourdough");
            assertThat(lost.field()).isEqualTo("title");
            assertThat(lost.lostValue()).isEqualTo("Rye bread at home");
            assertThat(lost.lostOn()).isEqualTo(NotionTopicMerge.Side.LOCAL);
        });
        assertThat(sync.status().overwritten()).extracting(NotionSync.Overwrite::lostValue).contains("Rye bread at home");

        // A title changed only here goes to Notion, with only that property.
        clock.advance(Duration.ofMinutes(2));
        topics.rename(sourdough.id(), "Sourdough starters from scratch");
        int before = notion.calls().size();
        assertThat(sync.sync(() -> false).updated()).isEqualTo(1);
        assertThat(notion.title(sourdoughPage)).isEqualTo("Sourdough starters from scratch");
        assertThat(notion.calls().subList(before, notion.calls().size())).filteredOn(call -> call.startsWith("PATCH"))
                .containsExactly("PATCH /v1/pages/" + sourdoughPage);
    }

    @Test
    void pagesNewToTheStudioBecomeTopicsReadAcrossPagesOfResultsAndA429IsWaitedOut() throws Exception {
        sync.connect(FakeNotion.TOKEN, FakeNotion.DATABASE);
        sync.sync(() -> false);
        clock.advance(Duration.ofMinutes(3));
        notion.addPage("Einkorn flour", "Discovered");
        notion.addPage("Spelt", "Drafted");
        notion.addPage("Emmer", "Not started"); // an option the studio has no status for
        clock.advance(Duration.ofMinutes(1));
        notion.rateLimitNextCall(2);

        NotionSync.Report report = sync.sync(() -> false);

        assertThat(report.pulled()).isEqualTo(3);
        assertThat(topics.list(TopicFilter.ALL)).extracting(TopicSummary::title, TopicSummary::status).containsExactlyInAnyOrder(
                org.assertj.core.groups.Tuple.tuple("Einkorn flour", TopicStatus.DISCOVERED),
                org.assertj.core.groups.Tuple.tuple("Spelt", TopicStatus.DRAFTED),
                org.assertj.core.groups.Tuple.tuple("Emmer", TopicStatus.VALIDATED));
        assertThat(pauses).contains(Duration.ofSeconds(2));
        assertThat(notion.calls()).filteredOn(call -> call.endsWith("/query")).hasSizeGreaterThanOrEqualTo(3); // 3 pages, 2 a page
        // A sync with nothing new changes nothing, and Notion keeps its own option where the studio has none.
        clock.advance(Duration.ofMinutes(2));
        NotionSync.Report again = sync.sync(() -> false);
        assertThat(again.created() + again.updated() + again.pulled() + again.changedHere()).isZero();
        assertThat(notion.property(pageTitled("Emmer"), "Status").path("status").path("name").asText()).isEqualTo("Not started");
        assertThat(sync.status().linkedTopics()).isEqualTo(3);
        assertThat(sync.status().lastSync()).isNotNull();
    }

    @Test
    void aDraftSentTwiceUpdatesTheSamePageAndIsNeverTakenForATopic() throws Exception {
        sync.connect(FakeNotion.TOKEN, FakeNotion.DATABASE);
        var draft = drafts.create(new NewDraft("Baking with rye", "# Rye\n\nRye needs *time*.\n\n- flour\n- water\n", null, null));

        NotionSync.SentDraft first = sync.pushDraft(draft.id());
        drafts.update(draft.id(), new org.scriptorium.core.drafts.DraftChanges("Baking with rye, slowly", "Only this paragraph now.", null, null));
        clock.advance(Duration.ofMinutes(1));
        NotionSync.SentDraft second = sync.pushDraft(draft.id());

        assertThat(first.updated()).isFalse();
        assertThat(second.updated()).isTrue();
        assertThat(second.pageId()).isEqualTo(first.pageId());
        assertThat(second.url()).startsWith("https://www.notion.so/");
        assertThat(notion.pages()).hasSize(1);
        assertThat(notion.title(first.pageId())).isEqualTo("Baking with rye, slowly");
        assertThat(notion.blocks(first.pageId())).singleElement().satisfies(block -> {
            assertThat(block.path("type").asText()).isEqualTo("paragraph");
            assertThat(block.path("paragraph").path("rich_text").get(0).path("text").path("content").asText()).isEqualTo("Only this paragraph now.");
        });
        assertThat(sync.sync(() -> false).pulled()).isZero();
        assertThat(topics.list(TopicFilter.ALL)).isEmpty();
    }

    @Test
    void aRefusedTokenIsSaidSoAndNothingIsKept() {
        assertThatThrownBy(() -> sync.connect("ntn_wrong", FakeNotion.DATABASE))
                .isInstanceOf(NotionException.class).hasMessage("The Notion token was refused: check the integration's secret.");
        assertThatThrownBy(() -> sync.connect(FakeNotion.TOKEN, "0123456789abcdef0123456789abcdef"))
                .hasMessageContaining("share it with the integration");
        assertThat(keychain).isEmpty();
        assertThat(sync.status().connected()).isFalse();
        assertThatThrownBy(() -> sync.sync(() -> false)).hasMessageContaining("Not connected to Notion");
    }

    private String pageTitled(String title) {
        return notion.pages().stream().map(p -> p.path("id").asText()).filter(id -> notion.title(id).equals(title)).findFirst().orElseThrow();
    }

    private record MapSecrets(Map<String, String> map) implements SecretStore {
        @Override
        public Optional<String> get(String name) {
            return Optional.ofNullable(map.get(name));
        }

        @Override
        public void put(String name, String secret) {
            map.put(name, secret);
        }

        @Override
        public void delete(String name) {
            map.remove(name);
        }

        @Override
        public String describe() {
            return "a map";
        }
    }
}
