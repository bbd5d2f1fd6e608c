package org.scriptorium.core.notion;

import org.scriptorium.core.research.fetch.HostPacing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import okhttp3.OkHttpClient;
import org.hibernate.SessionFactory;
import org.scriptorium.core.InvalidInput;
import org.scriptorium.core.ScriptoriumException;
import org.scriptorium.core.drafts.DraftDocument;
import org.scriptorium.core.drafts.DraftService;
import org.scriptorium.core.research.reports.ReportStore;
import org.scriptorium.core.research.topics.TopicService;
import org.scriptorium.core.secrets.SecretStore;
import org.scriptorium.core.settings.SettingsRepository;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Research topics kept in step with one Notion database (its first data source), both ways, and drafts sent to it as
 * pages. The integration's token lives in the keychain; which database, and when the last sync ran, in the settings.
 * The window and the CLI both come here.
 */
public final class NotionSync {
    /** Where the Notion API answers: api.notion.com unless set (tests point it at a loopback server). */
    public static final String API_SETTING = "notion.api";
    static final String DATABASE_SETTING = "notion.database";
    static final String DATA_SOURCE_SETTING = "notion.data-source";
    static final String DATA_SOURCE_NAME_SETTING = "notion.data-source-name";
    static final String LAST_SYNC_SETTING = "notion.last-sync";
    static final String LAST_RESULT_SETTING = "notion.last-result";
    /** The keychain entry of the integration's secret; it stays on this device. */
    static final String TOKEN_SECRET = "notion:token";
    private static final int OVERWRITES_SHOWN = 20;
    /** A database id as Notion writes it in a page's address: 32 hex digits, with or without dashes. */
    private static final Pattern DATABASE_ID = Pattern.compile("([0-9a-fA-F]{8}-?[0-9a-fA-F]{4}-?[0-9a-fA-F]{4}-?[0-9a-fA-F]{4}-?[0-9a-fA-F]{12})");

    /** A value a sync overwrote: the topic, the field, the value that lost and the side it was on. */
    public record Overwrite(UUID topicId, String topicTitle, String field, String lostValue, NotionTopicMerge.Side lostOn, Instant at) {
        public String describe() {
            return topicTitle + ": " + field + " \"" + (lostValue == null ? "" : lostValue) + "\" in "
                    + (lostOn == NotionTopicMerge.Side.LOCAL ? "the studio" : "Notion") + " was overwritten by the later edit";
        }
    }

    /** What one sync did: pages created and updated in Notion, topics made and changed here, what was overwritten. */
    public record Report(int created, int updated, int pulled, int changedHere, List<Overwrite> overwritten, boolean stopped) {
        public Report {
            overwritten = List.copyOf(overwritten);
        }

        public String describe() {
            return (stopped ? "Stopped: " : "") + created + " created in Notion, " + updated + " updated in Notion, " + pulled
                    + " new from Notion, " + changedHere + " changed here" + (overwritten.isEmpty() ? "" : ", " + overwritten.size() + " overwritten");
        }
    }

    /** Whether and where the studio is connected, and how the last sync went. */
    public record Status(boolean connected, String databaseId, String dataSourceId, String dataSourceName, Instant lastSync,
                         String lastResult, long linkedTopics, List<Overwrite> overwritten) {
        public Status {
            overwritten = List.copyOf(overwritten);
        }

        public String describe() {
            if (!connected) {
                return "Not connected to Notion.";
            }
            return "Connected to " + (dataSourceName.isBlank() ? "the data source " + dataSourceId : "\"" + dataSourceName + "\"") + "; "
                    + linkedTopics + " topics linked; " + (lastSync == null ? "not synced yet." : "last sync " + lastSync + ": " + lastResult + ".");
        }
    }

    /** A draft sent to Notion: its page, and whether an earlier page was updated rather than a new one made. */
    public record SentDraft(UUID draftId, String pageId, String url, int blocks, boolean updated) {
    }

    private final SettingsRepository settings;
    private final Supplier<SecretStore> secrets;
    private final Supplier<OkHttpClient> http;
    private final Clock clock;
    private final HostPacing.Pause pause;
    private final DraftService drafts;
    private final NotionLinks links;
    private final StudioTopics topics;
    private final MarkdownBlocks markdown = new MarkdownBlocks();

    public NotionSync(SessionFactory sessions, Clock clock, UUID deviceId, SettingsRepository settings, Supplier<SecretStore> secrets,
                      Supplier<OkHttpClient> http, HostPacing.Pause pause, TopicService topicService, ReportStore reports, DraftService drafts) {
        this.settings = settings;
        this.secrets = secrets;
        this.http = http;
        this.clock = clock;
        this.pause = pause;
        this.drafts = drafts;
        this.links = new NotionLinks(sessions, clock, deviceId);
        this.topics = new StudioTopics(topicService, reports, topicService::draftTopics, links);
    }

    /** The pause production uses: the thread sleeps. */
    public static HostPacing.Pause sleeping() {
        return HostPacing.Pause.SLEEP;
    }

    /**
     * Connects with an internal integration's secret to a database (its id, or its address as Notion shows it): reads
     * its first data source and columns, and only then keeps the secret in the keychain and the ids in the settings.
     */
    public Status connect(String token, String database) throws InterruptedException {
        if (token == null || token.isBlank()) {
            throw new InvalidInput("Give the Notion integration's secret (Settings › Connections › your integration).");
        }
        String databaseId = databaseId(database);
        NotionApi api = api(token.strip());
        List<DataSource> sources = api.dataSources(databaseId);
        if (sources.isEmpty()) {
            throw new ScriptoriumException("That Notion database has no data source (table) to keep topics in.");
        }
        DataSourceSchema schema = api.schema(sources.getFirst().id());
        if (schema.properties().values().stream().noneMatch(p -> p.type().equals("title"))) {
            throw new ScriptoriumException("That Notion database has no title column to keep topic names in.");
        }
        secrets.get().put(TOKEN_SECRET, token.strip());
        if (!databaseId.equals(settings.get(DATABASE_SETTING).orElse(""))) {
            settings.remove(LAST_SYNC_SETTING); // another database: its pages are all new
            settings.remove(LAST_RESULT_SETTING);
        }
        settings.put(DATABASE_SETTING, databaseId);
        settings.put(DATA_SOURCE_SETTING, schema.id());
        settings.put(DATA_SOURCE_NAME_SETTING, schema.name().isBlank() ? sources.getFirst().name() : schema.name());
        return status();
    }

    /** Forgets the token and the database; links stay, so connecting again to the same database picks up where it was. */
    public void disconnect() {
        secrets.get().delete(TOKEN_SECRET);
        List.of(DATABASE_SETTING, DATA_SOURCE_SETTING, DATA_SOURCE_NAME_SETTING, LAST_SYNC_SETTING, LAST_RESULT_SETTING).forEach(settings::remove);
    }

    public boolean connected() {
        return settings.get(DATA_SOURCE_SETTING).filter(s -> !s.isBlank()).isPresent();
    }

    public Status status() {
        if (!connected()) {
            return new Status(false, "", "", "", null, "", 0, links.overwrites(OVERWRITES_SHOWN));
        }
        String source = settings.get(DATA_SOURCE_SETTING).orElseThrow();
        return new Status(true, settings.get(DATABASE_SETTING).orElse(""), source, settings.get(DATA_SOURCE_NAME_SETTING).orElse(""),
                settings.get(LAST_SYNC_SETTING).map(Instant::parse).orElse(null), settings.get(LAST_RESULT_SETTING).orElse(""),
                links.linkedTopics(source), links.overwrites(OVERWRITES_SHOWN));
    }

    /** Syncs the topics both ways; {@code stop} is asked between pages, and a stopped sync is not counted as the last. */
    public Report sync(BooleanSupplier stop) throws InterruptedException {
        String source = dataSource();
        NotionApi api = api(token());
        Instant started = clock.instant();
        DataSourceSchema schema = api.schema(source); // columns may have changed since connecting
        Instant since = settings.get(LAST_SYNC_SETTING).map(Instant::parse).orElse(null);
        Report report = new TopicSyncRound(api, source, schema, topics, links, clock, stop).run(since);
        if (!report.stopped()) {
            settings.put(LAST_SYNC_SETTING, started.toString());
            settings.put(LAST_RESULT_SETTING, report.describe());
        }
        return report;
    }

    /**
     * Sends a draft to the connected database as a page (its Markdown as Notion blocks, as many requests as it takes);
     * sending it again replaces that page's title and content. The page is remembered as soon as it exists.
     */
    public SentDraft pushDraft(UUID draftId) throws InterruptedException {
        DraftDocument draft = drafts.get(draftId);
        String source = dataSource();
        NotionApi api = api(token());
        DataSourceSchema schema = api.schema(source);
        NotionTopicProperties properties = new NotionTopicProperties(schema);
        NotionTopic titled = NotionTopic.of(Map.of(NotionTopic.Field.TITLE, draft.title()));
        ObjectNode title = properties.properties(titled, Set.of(NotionTopic.Field.TITLE));
        List<ObjectNode> blocks = markdown.blocks(draft.body());
        var earlier = links.draftPage(draftId).filter(page -> page.dataSourceId().equals(source));
        if (earlier.isPresent()) {
            String pageId = earlier.get().pageId();
            JsonNode page = api.updatePage(pageId, title);
            api.replaceContent(pageId, blocks);
            links.linkDraft(draftId, pageId, page.path("url").asText(earlier.get().pageUrl()), source);
            return new SentDraft(draftId, pageId, page.path("url").asText(earlier.get().pageUrl()), blocks.size(), true);
        }
        JsonNode page;
        try {
            page = api.createPage(source, title, blocks);
        } catch (NotionException.PageLeftIncomplete e) {
            links.linkDraft(draftId, e.pageId(), null, source); // sending again replaces its content instead of making a second page
            throw e;
        }
        String pageId = page.path("id").asText();
        links.linkDraft(draftId, pageId, page.path("url").asText(null), source);
        return new SentDraft(draftId, pageId, page.path("url").asText(""), blocks.size(), false);
    }

    /** Where the Notion API is asked. */
    public String apiAddress() {
        return settings.get(API_SETTING).filter(s -> !s.isBlank()).orElse(NotionApi.DEFAULT_BASE);
    }

    /** Points the sync at another Notion API address (a test's, a proxy's); blank goes back to Notion's own. */
    public void setApiAddress(String address) {
        String clean = address == null ? "" : address.strip();
        if (!clean.isEmpty() && (okhttp3.HttpUrl.parse(clean) == null)) {
            throw new InvalidInput("The Notion API address starts with http:// or https://, e.g. https://api.notion.com; got \"" + clean + "\".");
        }
        settings.put(API_SETTING, clean);
    }

    private String dataSource() {
        return settings.get(DATA_SOURCE_SETTING).filter(s -> !s.isBlank())
                .orElseThrow(() -> new ScriptoriumException("Not connected to Notion: connect to a database first."));
    }

    private String token() {
        return secrets.get().get(TOKEN_SECRET).filter(s -> !s.isBlank())
                .orElseThrow(() -> new ScriptoriumException("The Notion token is no longer in the keychain: connect again."));
    }

    private NotionApi api(String token) {
        return new NotionApi(http.get(), apiAddress(), token, clock, pause);
    }

    /** The id in a database id or address; Notion takes it with or without dashes. */
    static String databaseId(String typed) {
        String text = typed == null ? "" : typed.strip();
        if (text.isEmpty()) {
            throw new InvalidInput("Give the Notion database's id or address (Share › Copy link).");
        }
        String path = text.replaceFirst("[?#].*$", "");
        Matcher matcher = DATABASE_ID.matcher(path);
        String found = null;
        while (matcher.find()) {
            found = matcher.group(1);
        }
        if (found == null) {
            throw new InvalidInput("That is not a Notion database id or address: " + typed + ".");
        }
        return found;
    }
}
