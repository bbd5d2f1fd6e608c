package org.scriptorium.core.research.competitors;

import crawlercommons.robots.BaseRobotRules;
import crawlercommons.robots.SimpleRobotRulesParser;
import org.scriptorium.core.research.feeds.FeedDiscovery;
import org.scriptorium.core.research.feeds.FeedEntry;
import org.scriptorium.core.research.feeds.FeedFormatException;
import org.scriptorium.core.research.feeds.FeedParser;
import org.scriptorium.core.research.fetch.FailureKind;
import org.scriptorium.core.research.fetch.FetchLimits;
import org.scriptorium.core.research.fetch.FetchRequest;
import org.scriptorium.core.research.fetch.FetchResult;
import org.scriptorium.core.research.fetch.HostPacing;
import org.scriptorium.core.research.fetch.HttpFetcher;

import java.net.URI;
import org.scriptorium.core.research.fetch.Charsets;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BooleanSupplier;

/**
 * Follows competitor sites politely: reads robots.txt once per host a run and keeps to it (what it disallows is not
 * fetched, its Crawl-delay is kept, up to ten seconds), asks a feed or sitemap conditionally (a 304 costs nothing
 * more), fetches only articles not read before (of a sitemap, those changed in the last 180 days), newest first and
 * at most {@value #ARTICLES_PER_CHECK} a check, one
 * call at a time and at least a second apart per host. A feed that carries whole articles is read without
 * fetching their pages.
 */
public final class CompetitorWatcher {
    static final int ARTICLES_PER_CHECK = 20;
    static final Duration PER_HOST_GAP = Duration.ofSeconds(1);
    /** A sitemap's pages changed longer ago than this are not recent articles (an about page, an old archive). */
    static final Duration RECENT = Duration.ofDays(180);
    private static final Duration LONGEST_CRAWL_DELAY = Duration.ofSeconds(10);
    private static final String ROBOT_NAME = "scriptorium";
    /** A feed item with at least this many words of content is the article itself. */
    private static final int WHOLE_ARTICLE_WORDS = 300;

    /** What one competitor's check did. {@code unchanged}: its feed or sitemap answered 304. */
    public record CheckReport(String competitor, Follow follow, int newArticles, int disallowed, boolean unchanged, String problem) {
    }

    private final CompetitorService competitors;
    private final HttpFetcher fetcher;
    private final Clock clock;
    private final HostPacing.Pause pause;
    private final ArticleOutlines outlines = new ArticleOutlines();

    public CompetitorWatcher(CompetitorService competitors, HttpFetcher fetcher, Clock clock, HostPacing.Pause pause) {
        this.competitors = competitors;
        this.fetcher = fetcher;
        this.clock = clock;
        this.pause = pause;
    }

    /** Checks every competitor in turn; {@code stop} cancels between calls. */
    public List<CheckReport> checkAll(BooleanSupplier stop) throws InterruptedException {
        HostPacing pacing = new HostPacing(clock, pause, PER_HOST_GAP);
        Map<String, BaseRobotRules> robots = new HashMap<>();
        List<CheckReport> reports = new ArrayList<>();
        for (CompetitorService.Followed competitor : competitors.followed()) {
            if (stop.getAsBoolean()) {
                break;
            }
            reports.add(check(competitor, pacing, robots, stop));
        }
        return reports;
    }

    private CheckReport check(CompetitorService.Followed competitor, HostPacing pacing, Map<String, BaseRobotRules> robotsByHost,
                              BooleanSupplier stop) throws InterruptedException {
        BaseRobotRules robots = robots(competitor.url(), pacing, robotsByHost);
        Follow follow = competitor.follow();
        if (follow == null) {
            follow = discover(competitor.url(), robots, pacing);
            if (follow == null) {
                String problem = "No feed or sitemap found at " + competitor.url() + ": give the address of its feed or sitemap instead.";
                competitors.recordCheck(competitor.id(), List.of(), null, null, problem);
                return new CheckReport(competitor.name(), null, 0, 0, false, problem);
            }
            competitors.recordFollow(competitor.id(), follow);
        }
        boolean same = follow.equals(competitor.follow());
        pacing.beforeCall(follow.url());
        FetchResult listing = fetcher.fetch(FetchRequest.of(follow.url()).conditional(same ? competitor.etag() : null,
                same ? competitor.lastModified() : null), FetchLimits.feeds());
        if (listing instanceof FetchResult.NotModified) {
            competitors.recordCheck(competitor.id(), List.of(), null, null, null);
            return new CheckReport(competitor.name(), follow, 0, 0, true, null);
        }
        if (listing instanceof FetchResult.Failed failed) {
            competitors.recordCheck(competitor.id(), List.of(), null, null, failed.message());
            return new CheckReport(competitor.name(), follow, 0, 0, false, failed.message());
        }
        FetchResult.Fetched fetched = (FetchResult.Fetched) listing;
        List<Listed> listed;
        try {
            listed = follow.kind() == Follow.Kind.FEED ? fromFeed(fetched)
                    : Sitemaps.recent(fetched, clock.instant().minus(RECENT), url -> fetchSitemap(url, pacing));
        } catch (FeedFormatException | Sitemaps.Unreadable e) {
            String problem = follow.url() + " could not be read as a " + (follow.kind() == Follow.Kind.FEED ? "feed" : "sitemap") + ": " + e.getMessage();
            competitors.recordCheck(competitor.id(), List.of(), null, null, problem);
            return new CheckReport(competitor.name(), follow, 0, 0, false, problem);
        }
        Set<String> known = competitors.readUrls(competitor.id());
        List<ArticleOutline> read = new ArrayList<>();
        int disallowed = 0;
        List<String> failures = new ArrayList<>();
        for (Listed item : listed) {
            if (read.size() + failures.size() >= ARTICLES_PER_CHECK || stop.getAsBoolean()) {
                break;
            }
            if (known.contains(item.url().toString())) {
                continue;
            }
            if (item.contentHtml() != null && ArticleOutlines.words(org.jsoup.Jsoup.parse(item.contentHtml()).text()) >= WHOLE_ARTICLE_WORDS) {
                read.add(outlines.read(item.contentHtml(), item.url(), item.title(), item.published()));
                continue;
            }
            if (!robots.isAllowed(item.url().toString())) {
                disallowed++;
                continue;
            }
            pacing.beforeCall(item.url());
            FetchResult page = fetcher.fetch(FetchRequest.of(item.url()).accepting("text/html"), FetchLimits.pages());
            if (page instanceof FetchResult.Fetched article) {
                read.add(outlines.read(Charsets.decode(article.body(), article.contentType()), item.url(), item.title(), item.published()));
            } else if (page instanceof FetchResult.Failed failed) {
                failures.add(failed.message());
                if (failed.kind() == FailureKind.RATE_LIMITED) {
                    break; // the site asked us to slow down: the rest waits for the next check
                }
            }
        }
        String problem = failures.isEmpty() ? null : failures.size() + " article(s) could not be read: " + failures.getFirst();
        competitors.recordCheck(competitor.id(), read, fetched.etag(), fetched.lastModified(), problem);
        return new CheckReport(competitor.name(), follow, read.size(), disallowed, false, problem);
    }

    /** An article a feed or sitemap lists: its address, and what the listing says of it (title, date, content), if anything. */
    record Listed(URI url, String title, java.time.Instant published, String contentHtml) {
    }

    private static List<Listed> fromFeed(FetchResult.Fetched fetched) throws FeedFormatException {
        List<FeedEntry> entries = new FeedParser().parse(fetched.body(), fetched.contentType(), fetched.finalUrl(), fetched.base()).entries();
        return entries.stream().filter(e -> e.link() != null)
                .sorted(java.util.Comparator.comparing(FeedEntry::published, java.util.Comparator.nullsLast(java.util.Comparator.reverseOrder())))
                .map(e -> new Listed(e.link(), e.title(), e.published(), e.contentHtml())).toList();
    }

    private FetchResult fetchSitemap(URI url, HostPacing pacing) throws InterruptedException {
        pacing.beforeCall(url);
        return fetcher.fetch(FetchRequest.of(url), FetchLimits.feeds());
    }

    /** Feed, sitemap, a page that advertises a feed, robots.txt's sitemaps, then /sitemap.xml: the first that reads. */
    private Follow discover(URI given, BaseRobotRules robots, HostPacing pacing) throws InterruptedException {
        pacing.beforeCall(given);
        if (fetcher.fetch(FetchRequest.of(given), FetchLimits.feeds()) instanceof FetchResult.Fetched page) {
            Follow direct = Sitemaps.kindOf(page);
            if (direct != null) {
                return direct;
            }
            for (URI feed : FeedDiscovery.alternates(Charsets.decode(page.body(), page.contentType()), page.base())) {
                return new Follow(feed, Follow.Kind.FEED);
            }
        }
        List<URI> candidates = new ArrayList<>();
        robots.getSitemaps().forEach(s -> candidates.add(URI.create(s)));
        candidates.add(given.resolve("/sitemap.xml"));
        for (URI candidate : candidates) {
            pacing.beforeCall(candidate);
            if (fetcher.fetch(FetchRequest.of(candidate), FetchLimits.feeds()) instanceof FetchResult.Fetched sitemap
                    && Sitemaps.kindOf(sitemap) != null) {
                return new Follow(candidate, Follow.Kind.SITEMAP);
            }
        }
        return null;
    }

    /** The host's robots.txt rules for this app: a missing file allows everything; one that cannot be read allows nothing. */
    private BaseRobotRules robots(URI site, HostPacing pacing, Map<String, BaseRobotRules> byHost) throws InterruptedException {
        String key = site.getScheme() + "://" + site.getRawAuthority();
        BaseRobotRules known = byHost.get(key);
        if (known != null) {
            return known;
        }
        URI address = URI.create(key + "/robots.txt");
        pacing.beforeCall(address);
        FetchResult result = fetcher.fetch(FetchRequest.of(address), FetchLimits.feeds());
        SimpleRobotRulesParser parser = new SimpleRobotRulesParser(LONGEST_CRAWL_DELAY.toMillis(), 5);
        BaseRobotRules rules = switch (result) {
            case FetchResult.Fetched fetched -> parser.parseContent(address.toString(), fetched.body(), "text/plain", List.of(ROBOT_NAME));
            case FetchResult.Failed failed when failed.status() != null -> parser.failedFetch(failed.status());
            default -> parser.failedFetch(503);
        };
        if (rules.getCrawlDelay() > 0) {
            pacing.atLeast(site.getHost(), Duration.ofMillis(Math.min(rules.getCrawlDelay(), LONGEST_CRAWL_DELAY.toMillis())));
        }
        byHost.put(key, rules);
        return rules;
    }
}
