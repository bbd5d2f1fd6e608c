package org.scriptorium.app.desktop;

import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * The showcase's outside web for keyword research and competitors: an autocomplete service in DuckDuckGo's shape and
 * a competitor's blog (robots.txt, a sitemap, two articles on virtual threads), on loopback.
 */
final class ShowcaseWeb implements AutoCloseable {
    private final MockWebServer server = new MockWebServer();

    ShowcaseWeb() throws IOException {
        server.setDispatcher(new Dispatcher() {
            @Override
            public MockResponse dispatch(RecordedRequest request) {
                String root = server.url("/").toString().replaceAll("/$", "");
                return switch (request.getUrl().encodedPath()) {
                    case "/ac/" -> suggestions(request.getUrl().queryParameter("q"));
                    case "/robots.txt" -> response("text/plain", "User-agent: *\nDisallow: /drafts/\n");
                    case "/sitemap.xml" -> response("application/xml", "<?xml version=\"1.0\"?><urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">"
                            + "<url><loc>" + root + "/blog/virtual-threads-in-production</loc><lastmod>2026-11-30</lastmod></url>"
                            + "<url><loc>" + root + "/blog/pinning-explained</loc><lastmod>2026-11-18</lastmod></url></urlset>");
                    case "/blog/virtual-threads-in-production" -> response("text/html", article("Virtual threads in production: a year on Java 21",
                            List.of("Thread pools you no longer need", "Pinning and synchronized blocks", "What about ThreadLocal?",
                                    "Migrating a Spring Boot service", "Benchmarks on two cores")));
                    case "/blog/pinning-explained" -> response("text/html", article("Virtual threads and pinning, explained",
                            List.of("Pinning and synchronized blocks", "How to find pinned threads", "Do virtual threads replace reactive code?")));
                    default -> new MockResponse.Builder().code(404).build();
                };
            }
        });
        server.start();
    }

    String suggestions() {
        return server.url("/ac/") + "?q={query}&kl={market}";
    }

    String competitorSitemap() {
        return server.url("/sitemap.xml").toString();
    }

    private static MockResponse suggestions(String query) {
        List<String> phrases = new ArrayList<>(List.of("virtual threads java 21", "virtual threads spring boot", "virtual threads performance",
                "virtual threads pinning", "virtual threads tutorial"));
        if (query.startsWith("how ") || query.startsWith("what ")) {
            phrases.addFirst("how do virtual threads work");
            phrases.add("what are virtual threads in java");
        }
        if (query.startsWith("when ") || query.startsWith("why ")) {
            phrases.add("when to use virtual threads");
        }
        if (query.endsWith(" vs")) {
            phrases.addFirst("virtual threads vs platform threads");
            phrases.add("virtual threads vs reactive");
        }
        if (query.endsWith(" b")) {
            phrases.add("best book on java concurrency");
        }
        return response("application/json", "[" + String.join(",", phrases.stream().map(p -> "{\"phrase\":\"" + p + "\"}").toList()) + "]");
    }

    private static String article(String title, List<String> headings) {
        StringBuilder html = new StringBuilder("<html><head><title>" + title + "</title></head><body><article><h1>" + title + "</h1>");
        headings.forEach(h -> html.append("<h2>").append(h).append("</h2><p>")
                .append("Virtual threads in Java let a server keep thousands of blocking calls waiting without a thread each. ".repeat(25))
                .append("</p>"));
        return html.append("</article></body></html>").toString();
    }

    private static MockResponse response(String type, String body) {
        return new MockResponse.Builder().code(200).addHeader("Content-Type", type + "; charset=utf-8").body(body).build();
    }

    @Override
    public void close() {
        server.close();
    }
}
