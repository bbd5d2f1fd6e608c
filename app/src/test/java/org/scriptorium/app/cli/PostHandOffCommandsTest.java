package org.scriptorium.app.cli;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scriptorium.app.cli.CliRunner.Result;
import org.scriptorium.core.Studio;
import org.scriptorium.publishers.facebook.FakeGraph;

import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Handing a post to a Facebook Page from the command line, then moving and cancelling it there, against a loopback Graph API. */
class PostHandOffCommandsTest {
    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    @TempDir
    Path dataDir;
    private FakeGraph graph;
    private CliRunner cli;
    private String page;

    @BeforeEach
    void connectThePage() throws Exception {
        graph = new FakeGraph();
        try (Studio studio = Studio.open(dataDir)) {
            page = graph.connectBakery(studio.publishing()).id().toString().substring(0, 8);
        }
        cli = new CliRunner(dataDir);
    }

    @AfterEach
    void stop() {
        graph.close();
    }

    private static LocalDateTime berlin(long minutesFromNow) {
        return LocalDateTime.now(BERLIN).plusMinutes(minutesFromNow).truncatedTo(ChronoUnit.MINUTES);
    }

    private static Instant instant(LocalDateTime berlin) {
        return berlin.atZone(BERLIN).toInstant();
    }

    @Test
    void aPostHandedToTheFacebookPageIsMovedAndCancelledOnThePageAndNeverSentFromHere() {
        LocalDateTime at = berlin(180);
        String id = cli.run("post", "new", "--account", page, "--text", "Hot cross buns on Friday", "--at", at.toString(), "--zone", "Europe/Berlin",
                "--json").json().get("id").asText();

        Result handed = cli.run("post", "handoff", id.substring(0, 8), "--json");
        assertThat(handed.exitCode()).as(handed.err()).isZero();
        assertThat(handed.json().get("status").asText()).isEqualTo("on_platform");
        String held = handed.json().get("platformPostId").asText();
        assertThat(graph.scheduled(FakeGraph.BAKERY)).containsExactly(Map.entry(held, instant(at)));

        JsonNode shown = cli.run("post", "show", id, "--json").json();
        assertThat(shown.get("onPlatform").asBoolean()).isTrue();
        assertThat(shown.get("network").asText()).isEqualTo("facebook");
        assertThat(shown.get("platformPostId").asText()).isEqualTo(held);
        assertThat(shown.get("attempts")).singleElement().satisfies(a -> assertThat(a.get("outcome").asText()).isEqualTo("handed_off"));
        assertThat(cli.run("post", "show", id).out()).startsWith("on Facebook · ").contains("held there as " + held);
        assertThat(cli.run("publish-due", "--json").json().get("published").asInt()).isZero();
        assertThat(graph.messages(FakeGraph.BAKERY)).containsExactly("Hot cross buns on Friday");

        LocalDateTime later = berlin(300);
        Result moved = cli.run("post", "reschedule", id, "--at", later.toString(), "--json");
        assertThat(moved.exitCode()).as(moved.err()).isZero();
        assertThat(moved.json().get("scheduledAt").asText()).isEqualTo(instant(later).toString());
        assertThat(graph.scheduled(FakeGraph.BAKERY)).containsExactly(Map.entry(held, instant(later)));

        Result tooSoon = cli.run("post", "reschedule", id, "--at", berlin(5).toString());
        assertThat(tooSoon.exitCode()).isEqualTo(2);
        assertThat(tooSoon.err()).contains("Facebook would not hold the post").contains("at least 10 minutes ahead");
        assertThat(graph.scheduled(FakeGraph.BAKERY)).containsExactly(Map.entry(held, instant(later)));
        assertThat(cli.run("post", "show", id, "--json").json().get("scheduledAt").asText()).isEqualTo(instant(later).toString());

        Result cancelled = cli.run("post", "cancel", id, "--json");
        assertThat(cancelled.exitCode()).as(cancelled.err()).isZero();
        assertThat(cancelled.json().get("status").asText()).isEqualTo("cancelled");
        assertThat(graph.scheduled(FakeGraph.BAKERY)).isEmpty();
        assertThat(graph.messages(FakeGraph.BAKERY)).isEmpty();
    }

    @Test
    void onPlatformPlansAndHandsOffInOneStepRefusingWhatFacebookWouldRefuseBeforeStoringAnything() {
        Result tooSoon = cli.run("post", "new", "--account", page, "--text", "Doors open", "--at", berlin(5).toString(), "--zone", "Europe/Berlin",
                "--on-platform");
        assertThat(tooSoon.exitCode()).isEqualTo(2);
        assertThat(tooSoon.err()).contains("at least 10 minutes ahead");
        Result noTime = cli.run("post", "new", "--account", page, "--text", "Doors open", "--on-platform");
        assertThat(noTime.exitCode()).isEqualTo(2);
        assertThat(noTime.err()).contains("needs a time");
        assertThat(cli.run("post", "list", "--json").json()).isEmpty();
        assertThat(graph.scheduled(FakeGraph.BAKERY)).isEmpty();

        Result handed = cli.run("post", "new", "--account", page, "--text", "Doors open at nine", "--at", berlin(120).toString(),
                "--zone", "Europe/Berlin", "--on-platform");
        assertThat(handed.exitCode()).as(handed.err()).isZero();
        assertThat(handed.out()).contains("Handed").contains("with or without Scriptorium running");
        JsonNode listed = cli.run("post", "list", "--status", "on_platform", "--json").json();
        assertThat(listed).singleElement().satisfies(p -> assertThat(graph.scheduled(FakeGraph.BAKERY)).containsOnlyKeys(p.get("platformPostId").asText()));

        graph.publishScheduled(); // Facebook published it early (the user pressed "Publish now" on the Page)
        Result refused = cli.run("post", "cancel", listed.get(0).get("id").asText());
        assertThat(refused.exitCode()).isEqualTo(2);
        assertThat(refused.err()).contains("already gone out on Facebook");
        assertThat(cli.run("post", "list", "--status", "on_platform", "--json").json()).as("unchanged until its next check").hasSize(1);
        assertThat(graph.messages(FakeGraph.BAKERY)).containsExactly("Doors open at nine");
    }
}
