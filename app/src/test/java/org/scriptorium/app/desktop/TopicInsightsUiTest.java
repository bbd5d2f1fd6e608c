package org.scriptorium.app.desktop;

import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TableView;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scriptorium.core.Studio;
import org.scriptorium.core.research.competitors.CompetitorSummary;
import org.scriptorium.core.research.gaps.GapReport;
import org.scriptorium.core.research.keywords.Keyword;
import org.scriptorium.core.research.sources.SourceLabel;
import org.scriptorium.core.research.topics.TopicSummary;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.scriptorium.app.desktop.UiWait.waitFor;

/**
 * A topic's Keywords, Competitors and Gaps in the real window, against a loopback server answering as an autocomplete
 * service and as a competitor's site: a competitor added in Research settings, keywords researched, competitors read,
 * gaps shown, a priority set, and the topic sent to a connected Notion database (a loopback fake).
 */
class TopicInsightsUiTest extends WindowTest {
    @TempDir
    static Path dataDir;
    private final MockWebServer server = new MockWebServer();
    private org.scriptorium.core.notion.FakeNotion notion;

    @AfterEach
    void stopServer() {
        server.close();
        if (notion != null) {
            notion.close();
        }
    }

    @Test
    void keywordsCompetitorsAndGapsOfATopic() throws Exception {
        server.setDispatcher(new Dispatcher() {
            @Override
            public MockResponse dispatch(RecordedRequest request) {
                String root = server.url("/").toString().replaceAll("/$", "");
                return switch (request.getUrl().encodedPath()) {
                    case "/ac/" -> response("application/json", "[{\"phrase\":\"sourdough starter recipe\"},{\"phrase\":\"sourdough starter smells like acetone\"}"
                            + (request.getUrl().queryParameter("q").startsWith("how ") ? ",{\"phrase\":\"how to revive a sourdough starter\"}" : "") + "]");
                    case "/robots.txt" -> response("text/plain", "User-agent: *\nAllow: /\n");
                    case "/sitemap.xml" -> response("application/xml", "<?xml version=\"1.0\"?><urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">"
                            + "<url><loc>" + root + "/blog/smells</loc></url></urlset>");
                    case "/blog/smells" -> response("text/html", "<html><head><title>Why your sourdough starter smells like acetone</title></head>"
                            + "<body><article><h1>Why your sourdough starter smells like acetone</h1><h2>Where the smell comes from</h2><p>"
                            + "A hungry sourdough starter kept too long without flour smells of nail polish. ".repeat(30)
                            + "</p><h2>Reviving a neglected starter</h2><p>Feed it twice a day for three days.</p></article></body></html>");
                    default -> new MockResponse.Builder().code(404).build();
                };
            }
        });
        server.start();
        TopicSummary topic;
        try (Studio studio = studio(dataDir)) {
            studio.research().setDemandServices("local=" + server.url("/ac/") + "?q={query}&kl={market}");
            topic = studio.research().topics().create("Keeping a sourdough starter alive", SourceLabel.NONE);
            notion = new org.scriptorium.core.notion.FakeNotion(clock::instant);
            studio.settings().put(org.scriptorium.core.notion.NotionSync.API_SETTING, notion.url());
            studio.notion().connect(org.scriptorium.core.notion.FakeNotion.TOKEN, org.scriptorium.core.notion.FakeNotion.DATABASE);
        }
        Files.writeString(dataDir.resolve("ui-state.json"), "{\"welcomed\": true, \"area\": \"research\", \"openTopicId\": \"" + topic.id() + "\"}");
        launch(dataDir);
        // With no sources yet the area opens on Sources, where a new user starts; the topic waits under Topics.
        waitFor(() -> robot.lookup("#topicsTab").tryQuery().isPresent());
        robot.clickOn("#topicsTab");
        waitFor(() -> robot.lookup("#topicTitle").tryQuery().isPresent());

        robot.clickOn("#topicPriority").clickOn("Priority 9");
        waitFor(() -> robot.lookup("#topicFields").queryAs(Label.class).getText().startsWith("Priority 9"));

        // Research settings: a competitor by its sitemap; a bad address is refused beside the field.
        robot.clickOn("File").clickOn("Settings…");
        waitFor(() -> robot.lookup("#settingsTabs").tryQuery().isPresent());
        robot.clickOn("#settingsResearch");

        robot.clickOn("#competitorAddress").write("not a site");
        robot.clickOn("#addCompetitor");

        waitFor(() -> robot.lookup("#competitorProblem").queryAs(Label.class).getText().contains("web address"));
        robot.doubleClickOn("#competitorAddress").eraseText(20).write(server.url("/sitemap.xml").toString());
        robot.clickOn("#addCompetitor");
        waitFor(() -> robot.lookup("#competitorList").<ListView<CompetitorSummary>>query().getItems().size() == 1);
        robot.clickOn("Close");
        waitFor(() -> robot.lookup("#settingsTabs").tryQuery().isEmpty());

        robot.clickOn("#competitorsTab");
        robot.clickOn("#checkCompetitors");
        waitFor(() -> robot.lookup("#coverageTable").<TableView<GapReport.CoveredBy>>query().getItems().size() == 1);
        assertThat(robot.lookup("#coverageSummary").queryAs(Label.class).getText()).startsWith("1 of the 1 competitor articles read");

        robot.clickOn("#keywordsTab");
        robot.clickOn("#keywordSeeds").eraseText(60).write("sourdough starter");
        robot.clickOn("#researchKeywords");
        waitFor(() -> !robot.lookup("#keywordTable").<TableView<Keyword>>query().getItems().isEmpty());
        List<Keyword> keywords = robot.lookup("#keywordTable").<TableView<Keyword>>query().getItems();
        assertThat(keywords).extracting(Keyword::phrase).contains("sourdough starter recipe", "how to revive a sourdough starter");
        assertThat(keywords).filteredOn(k -> k.phrase().equals("sourdough starter smells like acetone"))
                .singleElement().satisfies(k -> assertThat(k.difficulty()).isPositive());
        // Keyword research told the topic its intent and demand.
        waitFor(() -> robot.lookup("#topicFields").queryAs(Label.class).getText().contains("informational · demand"));

        robot.clickOn("#gapsTab");
        waitFor(() -> robot.lookup("#gapsSection").queryAs(javafx.scene.layout.VBox.class).getChildren().size() > 1);
        assertThat(robot.lookup("#gapsSection .label").queryAllAs(Label.class)).extracting(Label::getText)
                .contains("Where the smell comes from", "how to revive a sourdough starter");

        // The priority set before keyword research is the user's: research does not move it.
        assertThat(robot.lookup("#topicFields").queryAs(Label.class).getText()).startsWith("Priority 9 ·");

        // Notion is connected: the topic goes to its database with the priority set here.
        robot.clickOn("#syncNotion");
        waitFor(() -> notion.pages().stream().anyMatch(p -> notion.title(p.get("id").asText()).equals("Keeping a sourdough starter alive")));
        String page = notion.pages().stream().map(p -> p.get("id").asText()).filter(id -> notion.title(id).equals("Keeping a sourdough starter alive"))
                .findFirst().orElseThrow();
        assertThat(notion.property(page, "Priority").toString()).contains("9");
    }

    private static MockResponse response(String type, String body) {
        return new MockResponse.Builder().code(200).addHeader("Content-Type", type + "; charset=utf-8").body(body).build();
    }
}
