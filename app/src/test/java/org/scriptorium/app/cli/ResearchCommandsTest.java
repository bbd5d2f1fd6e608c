package org.scriptorium.app.cli;

import com.fasterxml.jackson.databind.JsonNode;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scriptorium.app.cli.CliRunner.Result;
import org.scriptorium.core.research.Newsroom;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/** The research commands as a script would use them, against a loopback news world. */
class ResearchCommandsTest {
    @TempDir
    Path dataDir;
    @TempDir
    Path folder;

    private Newsroom newsroom;
    private CliRunner cli;

    @BeforeEach
    void setUp() throws Exception {
        newsroom = new Newsroom();
        cli = new CliRunner(dataDir);
    }

    @AfterEach
    void tearDown() throws Exception {
        newsroom.close();
    }

    @Test
    void fromFeedsToACitedReportAndADraft() {
        for (String url : newsroom.feedUrls()) {
            Result added = cli.run("source", "add", url, "--interval", "2h", "--label", "tech/developers/en", "--json");
            assertThat(added.exitCode()).as(added.err()).isZero();
            assertThat(added.json().get("interval").asText()).isEqualTo("2h");
        }

        Result poll = cli.run("source", "poll", "--json");
        assertThat(poll.exitCode()).as(poll.err()).isZero();
        int added = 0;
        int near = 0;
        for (JsonNode r : poll.json()) {
            assertThat(r.get("status").asText()).isEqualTo("ok");
            added += r.get("new").asInt();
            near += r.get("nearDuplicate").asInt();
        }
        assertThat(added).isEqualTo(5);
        assertThat(near).isEqualTo(1);

        JsonNode sources = cli.run("source", "list", "--json").json();
        assertThat(sources).hasSize(3);
        assertThat(sources.get(0).get("health").get("successes").asInt()).isEqualTo(1);
        assertThat(sources.get(0).get("label").get("domain").asText()).isEqualTo("tech");

        Result found = cli.run("document", "search", "council", "--json");
        assertThat(found.json()).extracting(d -> d.get("title").asText())
                .contains("City council approves protected bike lanes downtown");

        Result discover = cli.run("topic", "discover", "--json");
        assertThat(discover.exitCode()).as(discover.err()).isZero();
        JsonNode topics = cli.run("topic", "list", "--json").json();
        assertThat(topics.size()).isGreaterThanOrEqualTo(2);
        String topicId = topics.get(0).get("id").asText();
        assertThat(topics.get(0).get("sources").asInt()).isEqualTo(3);
        // The score comes with its parts, which add up to it.
        JsonNode parts = topics.get(0).get("scoreParts");
        assertThat(parts).hasSize(4).anySatisfy(p -> assertThat(p.get("what").asText()).isEqualTo("3 independent sources"));
        double sum = 0;
        for (JsonNode part : parts) {
            sum += part.get("points").asDouble();
        }
        assertThat(sum).isCloseTo(topics.get(0).get("score").asDouble(), org.assertj.core.data.Offset.offset(0.2));

        Result research = cli.run("research", topicId, "--json");
        assertThat(research.exitCode()).as(research.err()).isZero();
        JsonNode report = research.json();
        Set<Integer> numbers = new HashSet<>();
        report.get("sources").forEach(s -> {
            numbers.add(s.get("number").asInt());
            assertThat(s.get("url").asText()).startsWith("http://");
        });
        assertThat(numbers).isNotEmpty();
        assertThat(citations(report.get("summary").asText())).isNotEmpty().isSubsetOf(numbers);
        report.get("keyPoints").forEach(p -> assertThat(citations(p.asText())).isSubsetOf(numbers));

        Result shown = cli.run("topic", "show", topicId);
        assertThat(shown.out()).contains("Report v1", "Sources:", "[1] ");

        Result draft = cli.run("topic", "draft", topicId, "--json");
        assertThat(draft.exitCode()).as(draft.err()).isZero();
        String body = draft.json().get("body").asText();
        assertThat(body).contains("## References", "1. [");
        assertThat(citations(body)).isSubsetOf(numbers);
        assertThat(cli.run("topic", "list", "--status", "drafted", "--json").json()).hasSize(1);
    }

    @Test
    void opmlRoundTripAddsNothingTwice() throws Exception {
        cli.run("source", "add", newsroom.feedUrls().get(0), "--label", "tech//en");
        cli.run("source", "add", newsroom.feedUrls().get(1));
        Path opml = folder.resolve("sources.opml");

        Result exported = cli.run("source", "export-opml", "--out", opml.toString());
        assertThat(exported.exitCode()).as(exported.err()).isZero();
        assertThat(Files.readString(opml)).contains("<opml", newsroom.feedUrls().get(0));

        Result again = cli.run("source", "import-opml", opml.toString());
        assertThat(again.out()).contains("Added 0 sources; 2 were already here");

        CliRunner other = new CliRunner(folder.resolve("other-studio"));
        Result imported = other.run("source", "import-opml", opml.toString());
        assertThat(imported.exitCode()).as(imported.err()).isZero();
        JsonNode list = other.run("source", "list", "--json").json();
        assertThat(list).hasSize(2);
        List<String> labels = new ArrayList<>();
        list.forEach(s -> labels.add(s.get("label").get("domain").asText(null)));
        assertThat(labels).contains("tech");
    }

    @Test
    void badInputIsUsageAndAFailingSourceIsReportedWithTheOthersStillPolled() {
        Result badKind = cli.run("source", "add", newsroom.feedUrls().get(0), "--kind", "gopher");
        assertThat(badKind.exitCode()).isEqualTo(2);
        assertThat(badKind.err()).startsWith("scriptorium: ").contains("gopher");

        Result badInterval = cli.run("source", "add", newsroom.feedUrls().get(0), "--interval", "often");
        assertThat(badInterval.exitCode()).isEqualTo(2);

        Result notUrl = cli.run("source", "add", "ftp://example.org/feed");
        assertThat(notUrl.exitCode()).isEqualTo(2);
        assertThat(cli.run("source", "list", "--json").json()).isEmpty();

        cli.run("source", "add", newsroom.feedUrls().get(0));
        cli.run("source", "add", newsroom.url("/gone/feed.xml"));
        Result poll = cli.run("source", "poll", "--json");
        assertThat(poll.exitCode()).isZero();
        assertThat(poll.json()).extracting(r -> r.get("status").asText()).containsExactlyInAnyOrder("ok", "disabled");
        assertThat(poll.json()).filteredOn(r -> r.get("failed").asBoolean()).singleElement()
                .satisfies(r -> assertThat(r.get("error").asText()).containsIgnoringCase("gone"));
        Result text = cli.run("source", "list");
        assertThat(text.out()).contains("off: ");

        Result unknownTopic = cli.run("research", "0000000000");
        assertThat(unknownTopic.exitCode()).isEqualTo(1);
        assertThat(unknownTopic.err()).contains("No topic");
    }

    @Test
    void editChangesOnlyWhatItIsGiven() {
        String id = cli.run("source", "add", newsroom.feedUrls().get(0), "--label", "tech/developers/en", "--json").json().get("id").asText();

        Result edited = cli.run("source", "edit", id, "--title", "My tech blog", "--interval", "1d", "--json");

        assertThat(edited.exitCode()).as(edited.err()).isZero();
        JsonNode source = cli.run("source", "list", "--json").json().get(0);
        assertThat(source.get("title").asText()).isEqualTo("My tech blog");
        assertThat(source.get("interval").asText()).isEqualTo("1d");
        assertThat(source.get("url").asText()).isEqualTo(newsroom.feedUrls().get(0));
        assertThat(source.get("label").get("market").asText()).isEqualTo("developers");
        assertThat(cli.run("source", "edit", id, "--interval", "sometimes").exitCode()).isEqualTo(2);
    }

    private static Set<Integer> citations(String text) {
        Set<Integer> numbers = new HashSet<>();
        Matcher m = Pattern.compile("\\[(\\d+)]").matcher(text);
        while (m.find()) {
            numbers.add(Integer.parseInt(m.group(1)));
        }
        return numbers;
    }

    @Test
    void aDocumentWhoseFeedGaveNoDateIsListedWithAnUnknownDateNotThePollTime() throws Exception {
        try (MockWebServer server = new MockWebServer()) {
            server.enqueue(new MockResponse.Builder().setHeader("Content-Type", "application/rss+xml").body("""
                    <rss version="2.0"><channel><title>Undated</title><link>https://undated.example/</link>
                      <item><title>Lighthouse keepers of the north</title><link>https://undated.example/1</link></item>
                    </channel></rss>""").build());
            server.start();
            cli.run("source", "add", server.url("/feed.xml").toString());
            assertThat(cli.run("source", "poll").exitCode()).isZero();

            Result found = cli.run("document", "search", "lighthouse");

            assertThat(found.out()).containsPattern("(?m)^unknown\\s+Lighthouse keepers of the north");
            assertThat(cli.run("document", "search", "lighthouse", "--json").json().get(0).get("publishedAt").isNull()).isTrue();
        }
    }
}
