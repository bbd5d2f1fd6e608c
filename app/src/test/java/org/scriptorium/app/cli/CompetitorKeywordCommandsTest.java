package org.scriptorium.app.cli;

import com.fasterxml.jackson.databind.JsonNode;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scriptorium.core.Studio;
import org.scriptorium.core.TestStudios;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A user adds a competitor, runs keyword research on a topic and sees its gaps, all from the command line, against one
 * loopback server that answers as an autocomplete service and as a competitor's site (robots.txt, sitemap, articles).
 */
class CompetitorKeywordCommandsTest {
    @TempDir
    Path dataDir;
    @TempDir
    Path exports;
    private final MockWebServer server = new MockWebServer();

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void competitorsKeywordsGapsAndScoresFromTheCommandLine() throws Exception {
        server.setDispatcher(new Dispatcher() {
            @Override
            public MockResponse dispatch(RecordedRequest request) {
                String path = request.getUrl().encodedPath();
                String root = server.url("/").toString().replaceAll("/$", "");
                return switch (path) {
                    case "/ac/" -> suggestions(request.getUrl().queryParameter("q"));
                    case "/robots.txt" -> response("text/plain", "User-agent: *\nDisallow: /private/\n");
                    case "/" -> response("text/html", "<html><head><link rel=\"alternate\" type=\"application/rss+xml\" href=\"/nothing\"></head></html>");
                    case "/sitemap.xml" -> response("application/xml", "<?xml version=\"1.0\"?><urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">"
                            + "<url><loc>" + root + "/blog/feeding</loc></url><url><loc>" + root + "/blog/smells</loc></url>"
                            + "<url><loc>" + root + "/private/notes</loc></url></urlset>");
                    case "/blog/feeding" -> response("text/html", article("How often to feed a sourdough starter",
                            List.of("Feeding ratios", "Signs your starter is hungry")));
                    case "/blog/smells" -> response("text/html", article("Why your sourdough starter smells like acetone",
                            List.of("Where the smell comes from", "Reviving a neglected starter")));
                    default -> new MockResponse.Builder().code(404).build();
                };
            }
        });
        server.start();
        CliRunner cli = new CliRunner(dataDir);
        assertThat(cli.run("config", "set", "demand-services", "local=" + server.url("/ac/") + "?q={query}&kl={market}").exitCode()).isZero();
        String topic = cli.run("topic", "new", "--title", "Keeping a sourdough starter alive", "--json").json().get("id").asText();

        assertThat(cli.run("competitor", "add", "not a site").exitCode()).isEqualTo(2);
        assertThat(cli.run("competitor", "add", server.url("/sitemap.xml").toString(), "--name", "Crumb").exitCode()).isZero();
        CliRunner.Result check = cli.run("competitor", "check", "--json");
        assertThat(check.exitCode()).as(check.err()).isZero();
        assertThat(check.json().get(0).get("newArticles").asInt()).isEqualTo(2);
        assertThat(check.json().get(0).get("disallowedByRobots").asInt()).isEqualTo(1);
        assertThat(cli.run("competitor", "list").out()).contains("Crumb").contains("sitemap");

        Path csv = exports.resolve("keywords.csv");
        CliRunner.Result keywords = cli.run("keywords", topic.substring(0, 8), "--seed", "sourdough starter", "--csv", csv.toString(), "--json");
        assertThat(keywords.exitCode()).as(keywords.err()).isZero();
        List<JsonNode> found = new ArrayList<>();
        keywords.json().get("keywords").forEach(found::add);
        assertThat(found).anySatisfy(k -> {
            assertThat(k.get("phrase").asText()).isEqualTo("sourdough starter smells like acetone");
            assertThat(k.get("difficulty").asInt()).isPositive(); // a competitor's page is about it
            assertThat(k.get("coveringPages").asInt()).isEqualTo(1);
        }).anySatisfy(k -> {
            assertThat(k.get("phrase").asText()).isEqualTo("buy sourdough starter");
            assertThat(k.get("intent").asText()).isEqualTo("transactional");
            assertThat(k.get("difficulty").asInt()).isZero();
        }).anySatisfy(k -> {
            assertThat(k.get("phrase").asText()).isEqualTo("easy sourdough starter recipe");
            assertThat(k.get("cluster").asText()).isEqualTo("sourdough starter recipe");
        });
        assertThat(Files.readAllLines(csv).getFirst()).isEqualTo("cluster,keyword,kind,intent,demand,trend_percent,difficulty,covering_pages,seed");
        assertThat(Files.readAllLines(csv)).hasSize(found.size() + 1);
        JsonNode shown = cli.run("topic", "show", topic, "--json").json();
        assertThat(shown.get("intent").asText()).isEqualTo("informational");
        assertThat(shown.get("demand").asInt()).isEqualTo(found.getFirst().get("demand").asInt());

        assertThat(cli.run("topic", "plan", topic, "--priority", "11").exitCode()).isEqualTo(2);
        cli.run("topic", "new", "--title", "Rye bread");
        assertThat(cli.run("topic", "plan", topic, "--priority", "9").out()).contains("priority 9");
        assertThat(cli.run("topic", "list", "--sort", "priority", "--json").json().get(0).get("id").asText()).isEqualTo(topic);
        assertThat(cli.run("topic", "list", "--intent", "informational", "--json").json()).hasSize(1);

        // Start a draft: the questions people search for become its sections, the phrases its SEO keywords.
        assertThat(cli.run("topic", "draft", topic).exitCode()).isZero();
        String draft = cli.run("draft", "list", "--json").json().get(0).get("id").asText();
        assertThat(cli.run("draft", "show", draft).out()).contains("## What readers ask", "### How to revive a sourdough starter?");
        try (Studio studio = TestStudios.open(dataDir)) {
            assertThat(studio.writing().writing().storedSeo(UUID.fromString(draft))).hasValueSatisfying(seo ->
                    assertThat(seo.keywords()).contains("sourdough starter recipe"));
        }

        JsonNode gaps = cli.run("gaps", topic, "--json").json();
        assertThat(gaps.get("coveredBy")).hasSize(2);
        List<String> subtopics = new ArrayList<>();
        gaps.get("gaps").forEach(g -> subtopics.add(g.get("subtopic").asText()));
        assertThat(subtopics).contains("Signs your starter is hungry", "Reviving a neglected starter", "Feeding ratios");
        assertThat(gaps.get("drafts").get(0).asText()).isEqualTo("Keeping a sourdough starter alive");
        JsonNode score = cli.run("draft", "score", draft, "--json").json();
        assertThat(score.get("parts")).hasSize(6);
        assertThat(score.get("score").asInt()).isBetween(1, 99);

        server.close(); // offline: what was kept still shows, new research says what it needs
        assertThat(cli.run("keywords", topic, "--stored").out()).contains("sourdough starter recipe");
        CliRunner.Result offline = cli.run("keywords", topic, "--seed", "rye starter");
        assertThat(offline.exitCode()).isNotZero();
        assertThat(offline.err()).contains("needs the network");
        String competitor = cli.run("competitor", "list", "--json").json().get(0).get("id").asText();
        assertThat(cli.run("competitor", "remove", competitor).exitCode()).isZero();
        assertThat(cli.run("competitor", "list", "--json").json()).isEmpty();
    }

    private static MockResponse suggestions(String query) {
        List<String> phrases = new ArrayList<>(List.of("sourdough starter recipe", "easy sourdough starter recipe", "sourdough starter smells like acetone"));
        if (query.startsWith("how ")) {
            phrases.add("how to revive a sourdough starter");
        }
        if (query.endsWith(" b")) {
            phrases.add("buy sourdough starter");
        }
        return response("application/json", "[" + String.join(",", phrases.stream().map(p -> "{\"phrase\":\"" + p + "\"}").toList()) + "]");
    }

    private static String article(String title, List<String> headings) {
        StringBuilder html = new StringBuilder("<html><head><title>" + title + "</title></head><body><article><h1>" + title + "</h1>");
        headings.forEach(h -> html.append("<h2>").append(h).append("</h2><p>").append("A sourdough starter kept alive needs flour, water and time. ".repeat(20))
                .append("</p>"));
        return html.append("</article></body></html>").toString();
    }

    private static MockResponse response(String type, String body) {
        return new MockResponse.Builder().code(200).addHeader("Content-Type", type + "; charset=utf-8").body(body).build();
    }
}
