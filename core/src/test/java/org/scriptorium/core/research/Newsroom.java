package org.scriptorium.core.research;

import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;

import java.io.IOException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A small news world on a loopback server, for tests of the whole research flow: three outlets publish
 * feeds (RSS 2.0, Atom, RSS 2.0) about a few stories, one story syndicated word for word, every item
 * linking to an article page; plus a feed that is gone (410). Feeds answer 304 to a matching ETag.
 */
public final class Newsroom implements AutoCloseable {
    public static final String ETAG = "\"edition-1\"";

    private final MockWebServer server = new MockWebServer();
    private final Map<String, MockResponse> routes = new ConcurrentHashMap<>();
    private final List<String> requested = java.util.Collections.synchronizedList(new ArrayList<>());

    /** An article: where it lives, its headline and its paragraphs. */
    public record Article(String path, String title, List<String> paragraphs) {
        String summary() {
            return paragraphs.getFirst();
        }
    }

    public static final Article JAVA_LAUNCH = new Article("/tech/java-25-virtual-threads.html",
            "Java 25 makes virtual threads the default choice for servers",
            List.of("The Java 25 release lets server frameworks run every request on a virtual thread, and early adopters report "
                            + "that thread pools sized by hand are no longer needed for blocking I/O.",
                    "Virtual threads were introduced as a preview in Java 19 and became final in Java 21; Java 25 removes the pinning "
                            + "that synchronized blocks caused, which was the main reason teams held back.",
                    "Benchmarks published with the release show a web service handling ten thousand concurrent connections on "
                            + "two cores with virtual threads, where the platform-thread version ran out of memory.",
                    "It remains unclear how quickly older libraries that rely on thread-local caches will adapt to millions of threads."));
    public static final Article JAVA_SYNDICATED = new Article("/wire/java-25-virtual-threads.html",
            "Java 25 makes virtual threads the default choice for servers (wire copy)",
            JAVA_LAUNCH.paragraphs());
    public static final Article JAVA_ANALYSIS = new Article("/analysis/virtual-threads-java-25.html",
            "What Java 25 virtual threads change for server teams",
            List.of("Teams moving to Java 25 can drop most of their reactive code, because virtual threads make blocking calls cheap "
                            + "again and the end of synchronized pinning removes the last big trap.",
                    "Profiling virtual threads needs new habits: thread dumps can list a million threads, and Java Flight Recorder "
                            + "events are the better way to find where virtual threads wait.",
                    "Whether connection pools and thread-local caches in older libraries cope with so many virtual threads is still "
                            + "an open question for many teams."));
    public static final Article BIKE_LANES = new Article("/city/bike-lanes-approved.html",
            "City council approves protected bike lanes downtown",
            List.of("The city council voted seven to two on Tuesday to build protected bike lanes on four downtown streets, "
                            + "with construction starting in the spring.",
                    "Cycling groups welcomed the vote, while some shop owners worry that losing parking spaces will hurt business "
                            + "during the two years of construction."));
    public static final Article BIKE_FOLLOWUP = new Article("/local/downtown-bike-lanes-vote.html",
            "Downtown bike lanes win council vote after long debate",
            List.of("After a long debate, council members approved protected bike lanes for downtown streets, and the first "
                            + "lanes should open next autumn.",
                    "Shop owners asked the council to keep delivery zones, and cycling groups promised to monitor how the bike lanes "
                            + "are built."));
    public static final Article SOURDOUGH = new Article("/food/sourdough-starter.html",
            "How to keep a sourdough starter alive on holiday",
            List.of("A sourdough starter survives two weeks in the fridge if it is fed thickly before you leave.",
                    "Bakers disagree on whether drying the starter is worth the effort."));

    /** A page only web search finds: no feed links to it. */
    public static final Article WEB_GUIDE = new Article("/web/virtual-threads-guide.html",
            "A field guide to virtual threads on Java 25",
            List.of("Virtual threads on Java 25 suit services that spend most of their time waiting on databases and other services.",
                    "Java 25 virtual threads still share carrier threads, so CPU-heavy work gains nothing from them and belongs in a bounded pool.",
                    "Nobody knows yet whether virtual threads will change how Java frameworks are designed in the long run."));

    public Newsroom() throws IOException {
        this(java.time.Clock.systemUTC());
    }

    /** {@code clock}: the studio's, so the stories are hours old on its day (discovery looks at the last week). */
    public Newsroom(java.time.Clock clock) throws IOException {
        server.start();
        Instant now = clock.instant().truncatedTo(ChronoUnit.SECONDS);
        route("/techblog/feed.xml", rss("Tech Blog", List.of(JAVA_LAUNCH, SOURDOUGH), now.minus(3, ChronoUnit.HOURS)));
        route("/wire/atom.xml", atom("Wire Service", List.of(JAVA_SYNDICATED, BIKE_LANES), now.minus(2, ChronoUnit.HOURS)));
        route("/analysis/rss", rss("Analysis Weekly", List.of(JAVA_ANALYSIS, BIKE_FOLLOWUP), now.minus(1, ChronoUnit.HOURS)));
        routes.put("/gone/feed.xml", new MockResponse.Builder().code(410).body("gone").build());
        routes.put("/broken/feed.xml", new MockResponse.Builder().addHeader("Content-Type", "application/rss+xml")
                .body("<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>Oops</title><item><title>Half").build());
        routes.put("/busy/feed.xml", new MockResponse.Builder().code(429).addHeader("Retry-After", "600").body("slow down").build());
        routes.put("/hn/api/v1/search?tags=front_page", json(resource("/research/feeds/hn-front-page.json")));
        routes.put("/r/java/.json", json(resource("/research/feeds/reddit-listing.json")));
        for (Article a : List.of(JAVA_LAUNCH, JAVA_SYNDICATED, JAVA_ANALYSIS, BIKE_LANES, BIKE_FOLLOWUP, SOURDOUGH, WEB_GUIDE)) {
            routes.put(a.path(), new MockResponse.Builder().addHeader("Content-Type", "text/html; charset=utf-8").body(page(a)).build());
        }
        server.setDispatcher(new Dispatcher() {
            @Override
            public MockResponse dispatch(RecordedRequest request) {
                requested.add(request.getTarget());
                if (request.getTarget().endsWith(".xml") || request.getTarget().endsWith("/rss")) {
                    if (ETAG.equals(request.getHeaders().get("If-None-Match"))) {
                        return new MockResponse.Builder().code(304).build();
                    }
                }
                if (request.getTarget().startsWith("/searx/search?")) {
                    return json(searxResults());
                }
                return routes.getOrDefault(request.getTarget(), new MockResponse.Builder().code(404).body("not here").build());
            }
        });
    }

    public String url(String path) {
        return server.url(path).toString();
    }

    public List<String> feedUrls() {
        return List.of(url("/techblog/feed.xml"), url("/wire/atom.xml"), url("/analysis/rss"));
    }

    public List<String> requested() {
        return List.copyOf(requested);
    }

    /** What a SearXNG instance at {@code url("/searx")} answers: the web-only guide and one page that is not there. */
    private String searxResults() {
        return "{\"query\":\"q\",\"results\":[{\"url\":\"" + url(WEB_GUIDE.path()) + "\",\"title\":\"" + WEB_GUIDE.title()
                + "\",\"content\":\"A guide.\"},{\"url\":\"" + url("/web/missing.html")
                + "\",\"title\":\"Missing\",\"content\":\"Gone.\"}]}";
    }

    private static MockResponse json(String body) {
        return new MockResponse.Builder().addHeader("Content-Type", "application/json").body(body).build();
    }

    private static String resource(String name) throws IOException {
        try (var in = Newsroom.class.getResourceAsStream(name)) {
            return new String(java.util.Objects.requireNonNull(in, name).readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        }
    }

    private void route(String path, String body) {
        String type = path.endsWith("atom.xml") ? "application/atom+xml" : "application/rss+xml";
        routes.put(path, new MockResponse.Builder().addHeader("Content-Type", type + "; charset=utf-8")
                .addHeader("ETag", ETAG).body(body).build());
    }

    private String rss(String title, List<Article> items, Instant published) {
        StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<rss version=\"2.0\"><channel><title>")
                .append(title).append("</title><link>").append(url("/")).append("</link><description>News</description>");
        for (Article a : items) {
            xml.append("<item><title>").append(escape(a.title())).append("</title><link>").append(url(a.path()))
                    .append("</link><guid>").append(url(a.path())).append("</guid><pubDate>")
                    .append(DateTimeFormatter.RFC_1123_DATE_TIME.format(published.atOffset(ZoneOffset.UTC)))
                    .append("</pubDate><description>").append(escape(a.summary())).append("</description></item>");
        }
        return xml.append("</channel></rss>").toString();
    }

    private String atom(String title, List<Article> items, Instant published) {
        StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<feed xmlns=\"http://www.w3.org/2005/Atom\"><title>")
                .append(title).append("</title><id>urn:newsroom:wire</id><updated>").append(published).append("</updated>");
        for (Article a : items) {
            xml.append("<entry><title>").append(escape(a.title())).append("</title><link href=\"").append(url(a.path()))
                    .append("\"/><id>").append(url(a.path())).append("</id><updated>").append(published)
                    .append("</updated><summary>").append(escape(a.summary())).append("</summary></entry>");
        }
        return xml.append("</feed>").toString();
    }

    private static String page(Article a) {
        StringBuilder html = new StringBuilder("<!doctype html><html lang=\"en\"><head><title>").append(escape(a.title()))
                .append("</title></head><body><nav><a href=\"/\">Home</a> <a href=\"/about\">About</a></nav><article><h1>")
                .append(escape(a.title())).append("</h1>");
        a.paragraphs().forEach(p -> html.append("<p>").append(escape(p)).append("</p>"));
        return html.append("</article><footer>Copyright, all rights reserved. Subscribe to our newsletter.</footer></body></html>").toString();
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }

    @Override
    public void close() throws IOException {
        server.close();
    }
}
