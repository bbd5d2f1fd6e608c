package org.scriptorium.core;

import org.scriptorium.core.accounts.AccountEntities;
import org.scriptorium.core.drafts.DemoWorkspace;
import org.scriptorium.core.drafts.DraftEntities;
import org.scriptorium.core.drafts.DraftService;
import org.scriptorium.core.drafts.DraftTransfer;
import org.scriptorium.core.markdown.MarkdownRenderer;
import org.scriptorium.core.markdown.PreviewPage;
import org.scriptorium.core.images.DraftImages;
import org.scriptorium.core.images.ImageEntities;
import org.scriptorium.core.images.ImageLibrary;
import org.scriptorium.core.research.ResearchEngine;
import org.scriptorium.core.research.ResearchEntities;
import org.scriptorium.core.research.ResearchSchedule;
import org.scriptorium.core.scheduling.PublishEngine;
import org.scriptorium.core.scheduling.RecurringJobs;
import org.scriptorium.core.scheduling.SchedulingEntities;
import org.scriptorium.core.settings.SettingEntities;
import org.scriptorium.core.settings.SettingsRepository;
import org.scriptorium.core.writing.WritingEngine;
import org.scriptorium.core.writing.WritingEntities;
import org.scriptorium.core.writing.usage.UsageLedger;
import org.scriptorium.core.store.Database;
import org.scriptorium.core.store.SearchIndexFolders;
import org.scriptorium.core.store.StoreClock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;

/**
 * The composition root: builds the store and every service once, from a data directory.
 * The window, the CLI and the tests all start here; nothing else holds state statically.
 */
public final class Studio implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(Studio.class);
    /** The recurring jobs' names, as {@code scriptorium jobs} shows them and the settings keep them. */
    public static final String PUBLISH_JOB = "publish-due";
    public static final String POLL_JOB = "poll-sources";
    /** Reading what published posts did (issue 16). */
    public static final String METRICS_JOB = "post-metrics";
    public static final String SYNC_JOB = "sync";
    public static final String DISCOVERY_JOB = "discover-topics";
    /** The search indexes' folders under {@code search-index/} in the data directory. */
    static final String DRAFTS_INDEX = "drafts";
    static final String DOCUMENTS_INDEX = "documents";
    /** Every feature's entity classes, as the store maps them; the features' migrations create their tables. */
    public static final List<Class<?>> ENTITIES = Stream.of(DraftEntities.ALL, SettingEntities.ALL, ResearchEntities.ALL,
            WritingEntities.ALL, ImageEntities.ALL, AccountEntities.ALL, SchedulingEntities.ALL,
            org.scriptorium.core.analytics.AnalyticsEntities.ALL, org.scriptorium.core.notion.NotionEntities.ALL).flatMap(List::stream).toList();

    private final Path dataDir;
    private final Database database;
    private final SettingsRepository settings;
    private final UUID deviceId;
    private final DraftService drafts;
    private final DraftTransfer transfer;
    private final ResearchEngine research;
    private final UsageLedger usage;
    private final WritingEngine writing;
    private final DraftImages images;
    private final org.scriptorium.core.publishing.Publishing publishing;
    private final org.scriptorium.core.scheduling.Scheduling scheduling;
    private final RecurringJobs jobs;
    private final org.scriptorium.core.analytics.Analytics analytics;
    private final RecurringJobs.Job<PublishEngine.TickReport> publishingRounds;
    private final Clock clock;
    private final org.scriptorium.core.sync.SyncService sync;
    private RecurringJobs.Job<org.scriptorium.core.sync.SyncService.Outcome> syncRounds;
    private final MarkdownRenderer markdown;
    private final PreviewPage previewPage;
    private final org.scriptorium.core.notion.NotionSync notion;

    private Studio(Path dataDir, Database database, Clock clock,
                   java.util.function.Function<UUID, java.util.function.Supplier<org.scriptorium.core.secrets.SecretStore>> secretStores) {
        this.clock = clock;
        this.dataDir = dataDir;
        this.database = database;
        this.settings = new SettingsRepository(database.sessions(), clock);
        this.deviceId = settings.deviceId();
        SearchIndexFolders indexes = SearchIndexFolders.in(dataDir);
        // Data directories from before each index had a folder of its own kept the drafts index loose in the root.
        indexes.giveRootIndexItsFolder(DRAFTS_INDEX);
        this.drafts = new DraftService(database.sessions(), clock, deviceId, indexes.folder(DRAFTS_INDEX));
        this.transfer = new DraftTransfer(drafts);
        this.usage = new UsageLedger(database.sessions(), clock, deviceId, settings);
        this.research = new ResearchEngine(database.sessions(), clock, deviceId, settings, drafts, indexes.folder(DOCUMENTS_INDEX),
                dataDir.resolve("addons").resolve("semantic"));
        // The keychain is opened on first need: most runs (the drafts CLI, a window without AI) never touch it.
        java.util.function.Supplier<org.scriptorium.core.secrets.SecretStore> secrets = secretStores.apply(deviceId);
        this.writing = new WritingEngine(database.sessions(), clock, deviceId, settings, dataDir, research, drafts, usage, secrets);
        // A draft started from a researched topic gets the phrases people search for as its SEO keywords.
        research.topicDrafts().keepSeoWith((draft, keywords) -> writing.writing().keepSearchedKeywords(draft.id(), keywords));
        this.images = new DraftImages(database.sessions(), clock, deviceId, new ImageLibrary(dataDir.resolve("images")),
                writing.providers(), usage, drafts);
        // A draft shows the library's images it refers to (images/<hash>.png), in the preview and in rendered HTML.
        this.markdown = new MarkdownRenderer(new org.scriptorium.core.markdown.HtmlSanitizer(), images.library()::dataAddress);
        this.previewPage = new PreviewPage(markdown);
        var accounts = new org.scriptorium.core.accounts.AccountStore(database.sessions(), clock, deviceId,
                new org.scriptorium.core.accounts.AccountSecrets(secrets));
        this.sync = new org.scriptorium.core.sync.SyncService(database.sessions(), settings, secrets, drafts.syncPort(), accounts.syncPort(),
                new ImageLibrary(dataDir.resolve("images")), clock, deviceId);
        this.publishing = new org.scriptorium.core.publishing.Publishing(accounts, new org.scriptorium.core.publishing.Endpoints(settings), clock);
        this.scheduling = new org.scriptorium.core.scheduling.Scheduling(new org.scriptorium.core.scheduling.SocialPosts(database.sessions(), clock, deviceId),
                publishing, clock, org.scriptorium.core.scheduling.PublishEngine.Policy.DEFAULT, settings,
                new org.scriptorium.core.scheduling.LinkTagging(settings, this::draftCampaign, this::topicCampaign));
        scheduling.engine().useClaims(sync.claims());
        this.analytics = new org.scriptorium.core.analytics.Analytics(database.sessions(), scheduling.posts(), publishing, clock, deviceId);
        sync.onReceived(kinds -> {
            if (kinds.contains(org.scriptorium.core.sync.SyncService.DOCUMENTS)) {
                research.documents().changedElsewhere();
            }
            if (kinds.contains(org.scriptorium.core.sync.SyncService.METRICS)) {
                analytics.snapshotsArrived();
            }
        });

        this.notion = new org.scriptorium.core.notion.NotionSync(database.sessions(), clock, deviceId, settings, secrets,
                new org.scriptorium.core.http.LazyHttpClient(okhttp3.OkHttpClient::new), org.scriptorium.core.notion.NotionSync.sleeping(),
                research.topics(), research.reports(), drafts);

        this.jobs = new RecurringJobs(settings, clock);
        this.publishingRounds = addJobs();
    }

    /**
     * The recurring work, one scheduler for all of it (nothing runs until the window starts it): a publishing round
     * every half minute, the first at once to catch up; due sources polled every few minutes; discovery once a day.
     */
    private RecurringJobs.Job<PublishEngine.TickReport> addJobs() {
        var rounds = jobs.add(PUBLISH_JOB, Duration.ofSeconds(30), Duration.ZERO, stop -> scheduling.engine().tick(stop::isCancelled))
                .describedAs(PublishEngine.TickReport::describe);
        var schedule = research.schedule();
        // Research waits a while after a first start, so a new studio's first minutes belong to the user.
        // With sync, one device or worker of the account takes each turn: its results reach the others (decision 19).
        jobs.add(POLL_JOB, ResearchSchedule.POLL_EVERY, ResearchSchedule.POLL_EVERY,
                stop -> sync.takeTurn(POLL_JOB, ResearchSchedule.POLL_EVERY) ? schedule.pollDue(stop) : ResearchSchedule.Run.NOTHING)
                .describedAs(ResearchSchedule.Run::describe);
        jobs.add(DISCOVERY_JOB, ResearchSchedule.DISCOVERY_PERIOD, ResearchSchedule.POLL_EVERY,
                stop -> sync.takeTurn(DISCOVERY_JOB, ResearchSchedule.DISCOVERY_PERIOD) ? schedule.discover(stop) : ResearchSchedule.Run.NOTHING)
                .describedAs(ResearchSchedule.Run::describe);
        // What published posts did, read on each post's schedule; never inside a publishing round.
        jobs.add(METRICS_JOB, Duration.ofMinutes(15), Duration.ofMinutes(2),
                stop -> sync.takeTurn(METRICS_JOB, Duration.ofMinutes(15)) ? analytics.refreshDue(stop::isCancelled)
                        : org.scriptorium.core.analytics.Analytics.Refresh.NOTHING)
                .describedAs(org.scriptorium.core.analytics.Analytics.Refresh::describe);
        // Sync (when set up) at start and every minute; a round while offline only says so.
        this.syncRounds = jobs.add(SYNC_JOB, Duration.ofMinutes(1), Duration.ZERO, sync::runScheduled)
                .describedAs(org.scriptorium.core.sync.SyncService.Outcome::describe);
        return rounds;
    }

    /** A studio on this computer's clock; its zone is the user's (budget months, times in messages, imports). */
    /** Now, and the user's zone: what every service of this studio reads the time from. */
    public Clock clock() {
        return clock;
    }

    public static Studio open(Path dataDir) {
        return open(dataDir, Clock.systemDefaultZone());
    }

    public static Studio open(Path dataDir, Clock clock) {
        long started = System.nanoTime();
        clock = new StoreClock(clock);
        Database database = Database.openH2(dataDir, ENTITIES);
        try {
            Path folder = dataDir;
            Studio studio = new Studio(dataDir, database, clock, device -> org.scriptorium.core.secrets.SecretStores.lazily(folder, device));
            LOG.info("Studio opened on {} in {} ms (schema {})", dataDir, (System.nanoTime() - started) / 1_000_000, database.schemaVersion());
            return studio;
        } catch (RuntimeException e) {
            database.close();
            throw e;
        }
    }

    /**
     * A studio on a database the caller opened and closes (the headless worker's schema on PostgreSQL), with its
     * secrets where the caller keeps them; {@code workDir} holds only what can be rebuilt (search indexes, images).
     */
    public static Studio open(Database database, Path workDir, Clock clock,
                              java.util.function.Function<UUID, java.util.function.Supplier<org.scriptorium.core.secrets.SecretStore>> secrets) {
        return new Studio(workDir, database, new StoreClock(clock), secrets);
    }

    public Path dataDir() {
        return dataDir;
    }

    public String schemaVersion() {
        return database.schemaVersion();
    }

    public UUID deviceId() {
        return deviceId;
    }

    public SettingsRepository settings() {
        return settings;
    }

    public DraftService drafts() {
        return drafts;
    }

    /** The recurring sync, whose outcomes the window shows. */
    public RecurringJobs.Job<org.scriptorium.core.sync.SyncService.Outcome> syncRounds() {
        return syncRounds;
    }

    /** Sync with the user's own PostgreSQL (decision 18). */
    public org.scriptorium.core.sync.SyncService sync() {
        return sync;
    }

    public DraftTransfer transfer() {
        return transfer;
    }

    /** Markdown to sanitized HTML, as the preview shows it. */
    public MarkdownRenderer markdown() {
        return markdown;
    }

    /** Markdown to the complete, locked-down page the preview loads. */
    /** What published posts did, snapshot by snapshot. */
    /** A draft's name in links' utm_campaign: its title's slug. */
    private java.util.Optional<String> draftCampaign(UUID draftId) {
        return drafts.exists(draftId) ? java.util.Optional.of(org.scriptorium.core.writing.offline.Slugs.of(drafts.get(draftId).title()))
                .filter(slug -> !slug.isEmpty()) : java.util.Optional.empty();
    }

    /** The utm_campaign of the topic a draft was started from: the topic title's slug. */
    private java.util.Optional<String> topicCampaign(UUID draftId) {
        return java.util.Optional.ofNullable(research.topics().draftTopics().get(draftId)).flatMap(topic -> {
            try {
                return java.util.Optional.of(org.scriptorium.core.writing.offline.Slugs.of(research.topics().get(topic).title()));
            } catch (RuntimeException deleted) {
                return java.util.Optional.empty();
            }
        }).filter(slug -> !slug.isEmpty());
    }

    public org.scriptorium.core.analytics.Analytics analytics() {
        return analytics;
    }

    public PreviewPage previewPage() {
        return previewPage;
    }

    /** Sources, documents, topics, deep research and reports. */
    public ResearchEngine research() {
        return research;
    }

    /** Topics kept in step with a Notion database, and drafts sent to it. */
    public org.scriptorium.core.notion.NotionSync notion() {
        return notion;
    }

    /** AI providers, prompts and writing from research (offline when no provider is set). */
    public WritingEngine writing() {
        return writing;
    }

    /** Image generation, offline covers and each draft's image library. */
    public DraftImages images() {
        return images;
    }

    /** Every AI call with its cost, the price table and the monthly budget. */
    public UsageLedger usage() {
        return usage;
    }

    /** Connected accounts and publishing to them. */
    public org.scriptorium.core.publishing.Publishing publishing() {
        return publishing;
    }

    /** Social posts on the calendar, and publishing them when they are due. */
    public org.scriptorium.core.scheduling.Scheduling scheduling() {
        return scheduling;
    }

    /** The recurring jobs (publishing rounds, source polls, discovery); the window starts them and stops them. */
    public RecurringJobs jobs() {
        return jobs;
    }

    /** The publishing round job: to hear what each round did, or to run one now. */
    public RecurringJobs.Job<PublishEngine.TickReport> publishingRounds() {
        return publishingRounds;
    }

    public DemoWorkspace demo() {
        return new DemoWorkspace(transfer);
    }

    @Override
    public void close() {
        try (database; drafts; research; publishing) {
            jobs.close(); // first: a job under way still needs the store
            writing.close();
        }
    }
}
