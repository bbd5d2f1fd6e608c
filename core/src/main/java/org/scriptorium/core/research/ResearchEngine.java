package org.scriptorium.core.research;

import okhttp3.OkHttpClient;
import org.scriptorium.core.http.LazyHttpClient;
import org.hibernate.SessionFactory;
import org.scriptorium.core.InvalidInput;
import org.scriptorium.core.drafts.DraftService;
import org.scriptorium.core.research.competitors.CompetitorService;
import org.scriptorium.core.research.competitors.CompetitorWatcher;
import org.scriptorium.core.research.deep.DeepResearch;
import org.scriptorium.core.research.deep.ExtractiveSynthesizer;
import org.scriptorium.core.research.deep.SearxngSearch;
import org.scriptorium.core.research.deep.WebSearch;
import org.scriptorium.core.research.documents.DocumentStore;
import org.scriptorium.core.research.feeds.ArticleReader;
import org.scriptorium.core.research.feeds.SourceReader;
import org.scriptorium.core.research.fetch.HttpFetcher;
import org.scriptorium.core.research.keywords.KeywordResearch;
import org.scriptorium.core.research.rank.InstalledEmbedder;
import org.scriptorium.core.research.rank.Reranker;
import org.scriptorium.core.research.reports.ReportStore;
import org.scriptorium.core.research.sources.OpmlTransfer;
import org.scriptorium.core.research.sources.SourcePoller;
import org.scriptorium.core.research.sources.SourceService;
import org.scriptorium.core.research.topics.TopicDiscovery;
import org.scriptorium.core.research.topics.TopicDrafts;
import org.scriptorium.core.research.topics.TopicService;
import org.scriptorium.core.settings.SettingsRepository;

import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

/** The research half of the studio, built once by the Studio: every research service shares one HTTP client. */
public final class ResearchEngine implements AutoCloseable {
    public static final String SEARXNG_SETTING = "research.searxng-url";
    public static final String HACKER_NEWS_API_SETTING = "research.hacker-news-api";
    /** The autocomplete services search demand asks: "name=address" pairs separated by spaces; unset, the defaults. */
    static final String DEMAND_SERVICES_SETTING = "research.demand-services";
    /** Where Wikipedia's page views are read (the Wikimedia REST API unless set). */
    static final String PAGEVIEWS_API_SETTING = "research.pageviews-api";
    public static final URI HACKER_NEWS_API = URI.create("https://hn.algolia.com/api/v1");

    private final SettingsRepository settings;
    private final LazyHttpClient http;
    private final HttpFetcher fetcher;
    private final SourceService sources;
    private final DocumentStore documents;
    private final SourcePoller poller;
    private final TopicService topics;
    private final TopicDiscovery discovery;
    private final ReportStore reports;
    private final DeepResearch deepResearch;
    private final TopicDrafts topicDrafts;
    private final ResearchSchedule schedule;
    private final SessionFactory sessions;
    private final Clock clock;
    private final CompetitorService competitors;
    private final KeywordResearch keywords;
    private final org.scriptorium.core.research.rank.SemanticAddon semantic;
    private final InstalledEmbedder classPathEmbedder = new InstalledEmbedder();
    private final org.scriptorium.core.research.gaps.GapResearch gaps;

    public ResearchEngine(SessionFactory sessions, Clock clock, UUID deviceId, SettingsRepository settings, DraftService drafts,
                          Path documentIndexFolder, Path semanticAddonFolder) {
        this.settings = settings;
        this.semantic = new org.scriptorium.core.research.rank.SemanticAddon(semanticAddonFolder, settings);
        this.sessions = sessions;
        this.clock = clock;
        // Redirects are followed by HttpFetcher itself, so it can bound them and tell a loop from a long chain.
        this.http = new LazyHttpClient(() -> new OkHttpClient.Builder().followRedirects(false).followSslRedirects(false).build());
        this.fetcher = new HttpFetcher(http, clock);
        this.sources = new SourceService(sessions, clock, deviceId);
        this.documents = new DocumentStore(sessions, clock, deviceId, settings, documentIndexFolder);
        URI hackerNewsApi = settings.get(HACKER_NEWS_API_SETTING).map(URI::create).orElse(HACKER_NEWS_API);
        this.poller = new SourcePoller(sources, documents, new SourceReader(fetcher, hackerNewsApi), clock, SourcePoller.DEFAULT_PER_HOST_LIMIT);
        this.topics = new TopicService(sessions, clock, deviceId);
        this.discovery = new TopicDiscovery(topics, documents, sources);
        this.reports = new ReportStore(sessions, clock, deviceId);
        // The judge stays off until a text model is chosen for it; the embedder is there when the semantic module is.
        this.deepResearch = new DeepResearch(topics, documents, reports, new ArticleReader(fetcher), this::webSearch, new ExtractiveSynthesizer(),
                new Reranker(() -> semantic.embedder(classPathEmbedder), Optional::empty, DeepResearch.RANKING));
        this.topicDrafts = new TopicDrafts(topics, reports, documents, drafts, this::searchHints);
        this.schedule = new ResearchSchedule(poller, discovery);
        this.competitors = new CompetitorService(sessions, clock, deviceId);
        this.keywords = new KeywordResearch(sessions, clock, deviceId, topics, this::demand, this::demandTrend,
                () -> competitors.articles().stream().map(CompetitorService.CompetitorArticles::article).toList());
        this.gaps = new org.scriptorium.core.research.gaps.GapResearch(topics, competitors, keywords, drafts);
    }

    private TopicDrafts.SearchHints searchHints(UUID topicId) {
        return keywords.of(topicId).map(k -> new TopicDrafts.SearchHints(
                k.questions().stream().map(org.scriptorium.core.research.keywords.Keyword::phrase).toList(),
                k.keywords().stream().filter(w -> !w.kind().equals("question")).limit(8).map(org.scriptorium.core.research.keywords.Keyword::phrase).toList()))
                .orElse(TopicDrafts.SearchHints.NONE);
    }

    /** Semantic reranking, an add-on the user installs and turns on. */
    public org.scriptorium.core.research.rank.SemanticAddon semantic() {
        return semantic;
    }

    /** Content gaps per topic and content scores per draft. */
    public org.scriptorium.core.research.gaps.GapResearch gaps() {
        return gaps;
    }

    /** The competitor sites the user follows and what was read of them. */
    public CompetitorService competitors() {
        return competitors;
    }

    /** Reads what competitors published lately, politely (robots.txt, conditional GET, a second between calls per host). */
    public CompetitorWatcher competitorWatcher() {
        return new CompetitorWatcher(competitors, fetcher, clock, org.scriptorium.core.research.fetch.HostPacing.Pause.SLEEP);
    }

    /** Keyword research per topic: demand, intent, clusters and difficulty, kept per topic. */
    public KeywordResearch keywords() {
        return keywords;
    }

    /** Polling due sources and the daily discovery, run as recurring jobs (see the Studio). */
    public ResearchSchedule schedule() {
        return schedule;
    }

    /** Fetches a web page and extracts its article (a social post from a URL, for instance). */
    public org.scriptorium.core.research.feeds.ArticleOutcome readArticle(URI url) {
        return new ArticleReader(fetcher).read(url);
    }

    public SourceService sources() {
        return sources;
    }

    public OpmlTransfer opml() {
        return new OpmlTransfer(sources);
    }

    public DocumentStore documents() {
        return documents;
    }

    public SourcePoller poller() {
        return poller;
    }

    public TopicService topics() {
        return topics;
    }

    public TopicDiscovery discovery() {
        return discovery;
    }

    public ReportStore reports() {
        return reports;
    }

    public DeepResearch deepResearch() {
        return deepResearch;
    }

    public TopicDrafts topicDrafts() {
        return topicDrafts;
    }

    /**
     * What people search for around a phrase: the configured autocomplete services asked politely, answers cached for
     * a week (see {@link org.scriptorium.core.research.demand.DemandCollector}).
     */
    public org.scriptorium.core.research.demand.DemandCollector demand() {
        return new org.scriptorium.core.research.demand.DemandCollector(fetcher,
                new org.scriptorium.core.research.demand.SuggestionCache(sessions, clock), clock, org.scriptorium.core.research.fetch.HostPacing.Pause.SLEEP, demandServices());
    }

    /**
     * The trend of a phrase's Wikipedia article (page views, the last 30 days against the 30 before), when a service
     * named "wikipedia" is among the demand services: it finds the article.
     */
    public Optional<org.scriptorium.core.research.demand.PageviewsTrend> demandTrend() {
        return demandServices().stream().filter(service -> service.name().equals("wikipedia")).findFirst()
                .map(wikipedia -> new org.scriptorium.core.research.demand.PageviewsTrend(fetcher, clock,
                        settings.get(PAGEVIEWS_API_SETTING).orElse(org.scriptorium.core.research.demand.PageviewsTrend.WIKIMEDIA_API), wikipedia));
    }

    /** The autocomplete services search demand asks, in order. */
    public List<org.scriptorium.core.research.demand.SuggestionService> demandServices() {
        String stored = settings.get(DEMAND_SERVICES_SETTING).orElse("").strip();
        if (stored.isEmpty()) {
            return org.scriptorium.core.research.demand.SuggestionService.DEFAULTS;
        }
        return java.util.Arrays.stream(stored.split("\\s+")).map(pair -> new org.scriptorium.core.research.demand.SuggestionService(
                pair.substring(0, pair.indexOf('=')), pair.substring(pair.indexOf('=') + 1))).toList();
    }

    /**
     * Sets the services as "name=address" pairs separated by spaces, each address with {query} in it (and {market} or
     * {language} where the service takes them); blank goes back to DuckDuckGo and Wikipedia.
     */
    public void setDemandServices(String pairs) {
        String clean = pairs == null ? "" : pairs.strip();
        for (String pair : clean.isEmpty() ? new String[0] : clean.split("\\s+")) {
            int equals = pair.indexOf('=');
            String address = equals < 1 ? "" : pair.substring(equals + 1);
            if (equals < 1 || !address.matches("https?://.+") || !address.contains("{query}")) {
                throw new InvalidInput("Each service is name=address, its address http(s) with {query} in it, e.g. "
                        + "duckduckgo=https://duckduckgo.com/ac/?q={query}&kl={market}; got \"" + pair + "\".");
            }
        }
        settings.put(DEMAND_SERVICES_SETTING, clean);
    }

    /** The SearXNG instance research also searches, if the user set one. */
    public Optional<URI> webSearchAddress() {
        return settings.get(SEARXNG_SETTING).filter(s -> !s.isBlank()).map(URI::create);
    }

    public void setWebSearchAddress(String address) {
        if (address == null || address.isBlank()) {
            settings.put(SEARXNG_SETTING, "");
            return;
        }
        URI uri;
        try {
            uri = URI.create(address.strip());
        } catch (IllegalArgumentException e) {
            throw new InvalidInput("That is not a valid address: " + address + ".");
        }
        if (uri.getScheme() == null || !uri.getScheme().matches("https?") || uri.getHost() == null) {
            throw new InvalidInput("A SearXNG address starts with http:// or https://, e.g. http://localhost:8888.");
        }
        settings.put(SEARXNG_SETTING, uri.toString());
    }

    private Optional<WebSearch> webSearch() {
        return webSearchAddress().map(uri -> new SearxngSearch(fetcher, uri));
    }

    @Override
    public void close() {
        try {
            documents.close();
        } finally {
            http.ifBuilt().ifPresent(client -> {
                client.dispatcher().executorService().shutdown();
                client.connectionPool().evictAll();
                try {
                    client.dispatcher().executorService().awaitTermination(1, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            });
        }
    }
}
