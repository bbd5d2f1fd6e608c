package org.scriptorium.core.research.competitors;

import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scriptorium.core.Studio;
import org.scriptorium.core.TestStudios;
import org.scriptorium.core.research.fetch.HttpFetcher;
import org.scriptorium.core.store.Database;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Following a competitor against a loopback site: robots.txt (a disallowed folder, a Crawl-delay, its sitemap), a
 * sitemap index with two sitemaps, article pages, and a second check answered 304.
 */
class CompetitorWatcherTest {
    @TempDir
    Path dir;
    private final TestStudios.ManualClock clock = new TestStudios.ManualClock(Instant.parse("2027-03-01T09:00:00Z"));
    private final MockWebServer server = new MockWebServer();
    private final List<String> asked = new CopyOnWriteArrayList<>();
    private final List<Duration> pauses = new ArrayList<>();
    private Database database;
    private CompetitorService competitors;
    private CompetitorWatcher watcher;

    @BeforeEach
    void start() throws Exception {
        server.setDispatcher(new Dispatcher() {
            @Override
            public MockResponse dispatch(RecordedRequest request) {
                String path = request.getUrl().encodedPath();
                asked.add(path);
                return switch (path) {
                    case "/robots.txt" -> text("User-agent: *\nDisallow: /private/\nCrawl-delay: 2\n\nSitemap: " + server.url("/sitemap_index.xml") + "\n");
                    case "/" -> html("<html><head><title>Crumb &amp; Co</title></head><body><h1>Welcome</h1><p>No feed advertised here.</p></body></html>");
                    case "/sitemap_index.xml" -> "\"v1\"".equals(request.getHeaders().get("If-None-Match"))
                            ? new MockResponse.Builder().code(304).build()
                            : xml("<?xml version=\"1.0\"?><sitemapindex xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">"
                            + "<sitemap><loc>" + server.url("/post-sitemap.xml") + "</loc><lastmod>2027-02-27</lastmod></sitemap>"
                            + "<sitemap><loc>" + server.url("/page-sitemap.xml") + "</loc><lastmod>2025-01-01</lastmod></sitemap>"
                            + "</sitemapindex>").newBuilder().addHeader("ETag", "\"v1\"").build();
                    case "/post-sitemap.xml" -> xml("<?xml version=\"1.0\"?><urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">"
                            + url("/blog/feeding-a-starter", "2027-02-26") + url("/private/draft-post", "2027-02-28")
                            + url("/blog/starter-smells", "2027-02-20") + "</urlset>");
                    case "/page-sitemap.xml" -> xml("<?xml version=\"1.0\"?><urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">"
                            + url("/about", "2025-01-01") + "</urlset>");
                    case "/blog/feeding-a-starter" -> html(article("How often to feed a sourdough starter",
                            List.of("Feeding ratios", "Room temperature or fridge?", "Signs it is hungry"),
                            "A starter kept on the counter wants flour and water once or twice a day. What ratio should you use? Most bakers start with equal weights."));
                    case "/blog/starter-smells" -> html(article("Why your starter smells of acetone",
                            List.of("Where the smell comes from", "Fixing a hungry starter"),
                            "The smell of nail polish means the yeast ran out of food. Is it ruined? Almost never."));
                    default -> new MockResponse.Builder().code(404).build();
                };
            }
        });
        server.start();
        Studio.open(dir, clock).close();
        database = Database.openH2(dir, Studio.ENTITIES);
        competitors = new CompetitorService(database.sessions(), clock, UUID.randomUUID());
        watcher = new CompetitorWatcher(competitors, new HttpFetcher(new okhttp3.OkHttpClient(), clock), clock, wait -> {
            pauses.add(wait);
            clock.advance(wait);
        });
    }

    @AfterEach
    void stop() {
        database.close();
        server.close();
    }

    @Test
    void aHomePageIsFollowedThroughItsSitemapKeepingToRobotsTxtAndAskingAgainOnlyWhatChanged() throws Exception {
        CompetitorSummary added = competitors.add(server.url("/").toString(), "Crumb & Co");

        List<CompetitorWatcher.CheckReport> first = watcher.checkAll(() -> false);

        assertThat(first).singleElement().satisfies(report -> {
            assertThat(report.follow().kind()).isEqualTo(Follow.Kind.SITEMAP);
            assertThat(report.newArticles()).isEqualTo(2);
            assertThat(report.disallowed()).isEqualTo(1);
            assertThat(report.problem()).isNull();
        });
        assertThat(asked).doesNotContain("/private/draft-post", "/page-sitemap.xml", "/about");
        assertThat(asked.stream().filter("/robots.txt"::equals)).hasSize(1);
        // The site's Crawl-delay of two seconds is kept between calls to it.
        assertThat(pauses).isNotEmpty().allSatisfy(p -> assertThat(p).isLessThanOrEqualTo(Duration.ofSeconds(2)));
        assertThat(pauses.stream().reduce(Duration.ZERO, Duration::plus)).isGreaterThanOrEqualTo(Duration.ofSeconds(2 * (asked.size() - 1)));

        List<CompetitorService.CompetitorArticles> read = competitors.articles();
        assertThat(read).extracting(a -> a.article().title()).containsExactly("How often to feed a sourdough starter", "Why your starter smells of acetone");
        ArticleOutline feeding = read.getFirst().article();
        assertThat(feeding.headings()).containsExactly("Feeding ratios", "Room temperature or fridge?", "Signs it is hungry");
        assertThat(feeding.questions()).contains("Room temperature or fridge?", "What ratio should you use?");
        assertThat(feeding.publishedAt()).isEqualTo(Instant.parse("2027-02-26T00:00:00Z"));
        assertThat(competitors.list()).singleElement().satisfies(c -> {
            assertThat(c.articles()).isEqualTo(2);
            assertThat(c.follow().url().getPath()).isEqualTo("/sitemap_index.xml");
        });

        asked.clear();
        List<CompetitorWatcher.CheckReport> second = watcher.checkAll(() -> false);
        assertThat(second.getFirst().unchanged()).isTrue();
        assertThat(asked).containsExactly("/robots.txt", "/sitemap_index.xml");

        competitors.remove(added.id());
        assertThat(competitors.list()).isEmpty();
        assertThat(competitors.articles()).isEmpty();
    }

    @Test
    void aFeedCarryingWholeArticlesIsReadWithoutFetchingItsPages() throws Exception {
        String body = "<p>" + "Proofing baskets hold the dough's shape while it rises, and cane ones leave a spiral. ".repeat(40) + "</p>"
                + "<h2>Cane or plastic?</h2><p>Cane breathes.</p>";
        server.setDispatcher(new Dispatcher() {
            @Override
            public MockResponse dispatch(RecordedRequest request) {
                asked.add(request.getUrl().encodedPath());
                return switch (request.getUrl().encodedPath()) {
                    case "/robots.txt" -> new MockResponse.Builder().code(404).build();
                    case "/feed.xml" -> xml("<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>Loaf</title><link>" + server.url("/")
                            + "</link><item><title>Choosing a proofing basket</title><link>" + server.url("/baskets") + "</link>"
                            + "<pubDate>Fri, 26 Feb 2027 10:00:00 GMT</pubDate><description><![CDATA[" + body + "]]></description></item>"
                            + "</channel></rss>");
                    default -> new MockResponse.Builder().code(404).build();
                };
            }
        });
        competitors.add(server.url("/feed.xml").toString(), null);

        assertThat(watcher.checkAll(() -> false).getFirst().newArticles()).isEqualTo(1);
        assertThat(asked).containsExactly("/robots.txt", "/feed.xml", "/feed.xml");
        ArticleOutline basket = competitors.articles().getFirst().article();
        assertThat(basket.headings()).containsExactly("Cane or plastic?");
        assertThat(basket.wordCount()).isGreaterThan(500);
    }

    @Test
    void somethingThatIsNotAWebAddressIsRefusedAndAnAddressIsListedOnce() {
        assertThatThrownBy(() -> competitors.add("not a site", null)).hasMessageContaining("web address");
        competitors.add("https://example.com/blog", null);
        assertThat(competitors.list()).singleElement().satisfies(c -> assertThat(c.name()).isEqualTo("example.com"));
        assertThatThrownBy(() -> competitors.add("https://example.com/blog", "Again")).hasMessageContaining("already");
    }

    private static String url(String path, String lastmod) {
        return "<url><loc>SERVER" + path + "</loc><lastmod>" + lastmod + "</lastmod></url>";
    }

    private static String article(String title, List<String> headings, String text) {
        StringBuilder html = new StringBuilder("<html><head><title>" + title + "</title></head><body><nav><h2>Menu</h2></nav><article><h1>" + title + "</h1>");
        for (String heading : headings) {
            html.append("<h2>").append(heading).append("</h2><p>").append(text).append(" More on this, with detail, examples and care.</p>");
        }
        return html.append("</article><footer><h3>Subscribe</h3></footer></body></html>").toString();
    }

    private MockResponse xml(String body) {
        return new MockResponse.Builder().code(200).addHeader("Content-Type", "application/xml")
                .body(body.replace("SERVER", server.url("/").toString().replaceAll("/$", ""))).build();
    }

    private static MockResponse html(String body) {
        return new MockResponse.Builder().code(200).addHeader("Content-Type", "text/html; charset=utf-8").body(body).build();
    }

    private static MockResponse text(String body) {
        return new MockResponse.Builder().code(200).addHeader("Content-Type", "text/plain").body(body).build();
    }
}
