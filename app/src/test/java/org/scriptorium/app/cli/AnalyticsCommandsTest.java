package org.scriptorium.app.cli;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scriptorium.app.cli.CliRunner.Result;
import org.scriptorium.publishers.bluesky.FakePds;

import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class AnalyticsCommandsTest {
    @TempDir
    Path dataDir;
    private FakePds pds;
    private CliRunner cli;
    private String account;

    @BeforeEach
    void connect() throws Exception {
        pds = new FakePds();
        cli = new CliRunner(dataDir);
        account = cli.connectBluesky(pds);
    }

    @AfterEach
    void stop() {
        pds.close();
    }

    @Test
    void aPublishedPostsNumbersAreReadOnDemandAndShownOverTime() throws Exception {
        Result published = cli.run("publish-text", "--account", account, "--text", "Harbour notes, part one", "--json");
        assertThat(published.exitCode()).as(published.err()).isZero();
        String postId = published.json().get("id").asText();
        String uri = published.json().get("postId").asText();
        pds.counts.put(uri.substring(uri.lastIndexOf('/') + 1), new long[] {7, 2, 1, 0});

        assertThat(cli.run("analytics", "post", postId).out()).contains("No numbers yet");
        assertThat(cli.run("analytics", "refresh", "--due", "--json").json().get("calls").asInt()).isZero(); // not due in its first hour
        JsonNode refreshed = cli.run("analytics", "refresh", "--account", account, "--json").json();
        assertThat(refreshed.get("measured").asInt()).isEqualTo(1);
        assertThat(refreshed.get("calls").asInt()).isEqualTo(1);

        JsonNode snapshots = cli.run("analytics", "post", postId, "--json").json();
        assertThat(snapshots).singleElement().satisfies(s -> {
            assertThat(s.get("state").asText()).isEqualTo("measured");
            assertThat(s.get("reactions").asLong()).isEqualTo(7);
            assertThat(s.get("comments").asLong()).isEqualTo(2);
            assertThat(s.get("impressions").isNull()).isTrue(); // Bluesky does not give it: not available, not 0
        });
        assertThat(cli.run("analytics", "post", postId).out()).contains("measured").contains("7").contains("–");
        assertThat(cli.run("analytics", "refresh", "--account", "nobody").exitCode()).isEqualTo(2);

        // Every snapshot, for a spreadsheet and for a script; a count Bluesky does not give is an empty cell, or null.
        Path csv = dataDir.resolveSibling(dataDir.getFileName() + "-analytics.csv");
        assertThat(cli.run("analytics", "export", "--format", "csv", "--out", csv.toString()).exitCode()).isZero();
        List<String> lines = readLines(csv);
        assertThat(lines.getFirst()).isEqualTo("post_id,account,network,published_at,taken_at,state,reactions,comments,shares,quotes,impressions,reach,text");
        assertThat(lines.get(1)).startsWith(postId + ",Ana Lima,Bluesky,").endsWith(",measured,7,2,1,0,,,\"Harbour notes, part one\"");
        Path json = dataDir.resolveSibling(dataDir.getFileName() + "-analytics.json");
        assertThat(cli.run("analytics", "export", "--format", "json", "--out", json.toString()).exitCode()).isZero();
        JsonNode exported = readJson(json);
        assertThat(exported).singleElement().satisfies(p -> {
            assertThat(p.get("text").asText()).isEqualTo("Harbour notes, part one");
            assertThat(p.get("snapshots").get(0).get("reactions").asLong()).isEqualTo(7);
            assertThat(p.get("snapshots").get(0).get("impressions").isNull()).isTrue();
        });
        assertThat(cli.run("analytics", "export", "--format", "xlsx", "--out", json.toString()).exitCode()).isEqualTo(2);
    }

    @Test
    void bestTimesComeFromTheAccountsOwnHistoryAndBecomeItsPostingSlots() throws Exception {
        java.time.ZoneId berlin = java.time.ZoneId.of("Europe/Berlin");
        java.time.Instant start = java.time.LocalDate.of(2027, 1, 4).atTime(8, 0).atZone(berlin).toInstant();
        var clock = new org.scriptorium.core.TestStudios.ManualClock(start);
        try (var studio = org.scriptorium.core.Studio.open(dataDir, clock)) {
            var bluesky = studio.publishing().accounts().list().getFirst();
            // Four weeks of posts on Tuesday 09:05, Tuesday 12:05, Thursday 17:05 and Friday 12:05; the first and third do best.
            for (int week = 0; week < 4; week++) {
                for (int[] when : new int[][] {{1, 9}, {1, 12}, {3, 17}, {4, 12}}) {
                    java.time.Instant at = java.time.LocalDate.of(2027, 1, 4).plusWeeks(week).plusDays(when[0]).atTime(when[1], 5)
                            .atZone(berlin).toInstant();
                    clock.advance(java.time.Duration.between(clock.instant(), at));
                    var post = studio.scheduling().publishNow(bluesky, "Week " + week + " at " + when[1], java.util.List.of());
                    String uri = studio.scheduling().posts().get(post.id()).platformPostId();
                    boolean strong = (when[0] == 1 && when[1] == 9) || (when[0] == 3 && when[1] == 17);
                    pds.counts.put(uri.substring(uri.lastIndexOf('/') + 1), new long[] {strong ? 50 : 10, 2, 1, 0});
                }
            }
            clock.advance(java.time.Duration.ofHours(2));
            assertThat(studio.analytics().refresh(null, false, () -> false).measured()).isEqualTo(16);
        }

        JsonNode best = cli.run("analytics", "best-times", account, "--top", "2", "--zone", "Europe/Berlin", "--apply", "--json").json();
        assertThat(best.get("slots").asText()).isEqualTo("Tue 09:00; Thu 17:00");
        assertThat(best.get("applied").asBoolean()).isTrue();
        assertThat(best.get("heatmap")).hasSize(4);
        assertThat(cli.run("queue", "slots", account, "--json").json().get("slots").asText()).isEqualTo("Tue 09:00; Thu 17:00");
        assertThat(cli.run("analytics", "best-times", account, "--zone", "Mars/Olympus").exitCode()).isEqualTo(2);
    }

    @Test
    void eachDraftsAndEachTopicsPostsAddUpAndTheTopicBoardSortsByThem() throws Exception {
        var clock = new org.scriptorium.core.TestStudios.ManualClock(java.time.Instant.parse("2027-02-01T09:00:00Z"));
        String quiet;
        String strong;
        try (var studio = org.scriptorium.core.Studio.open(dataDir, clock)) {
            var bluesky = studio.publishing().accounts().list().getFirst();
            var harbour = studio.research().topics().create("Harbour cranes at night", null);
            var bakeries = studio.research().topics().create("Village bakeries", null);
            quiet = harbour.id().toString();
            strong = bakeries.id().toString();
            var harbourDraft = studio.research().topicDrafts().startDraft(harbour.id());
            var bakeryDraft = studio.research().topicDrafts().startDraft(bakeries.id());
            var loose = studio.drafts().create(new org.scriptorium.core.drafts.NewDraft("Loose notes", "", org.scriptorium.core.drafts.DraftStatus.DRAFT, List.of()));
            long[][] counts = {{4, 1, 0, 0}, {30, 6, 5, 1}, {20, 2, 2, 0}, {9, 0, 0, 0}};
            java.util.UUID[] drafts = {harbourDraft.id(), bakeryDraft.id(), bakeryDraft.id(), loose.id()};
            for (int i = 0; i < drafts.length; i++) {
                clock.advance(java.time.Duration.ofMinutes(1));
                var planned = studio.scheduling().plan(bluesky, drafts[i], "Post " + i + " from the notebook", List.of(), null, null);
                studio.scheduling().sendNow(planned.id());
                studio.scheduling().engine().tick();
                String uri = studio.scheduling().posts().get(planned.id()).platformPostId();
                pds.counts.put(uri.substring(uri.lastIndexOf('/') + 1), counts[i]);
            }
            clock.advance(java.time.Duration.ofHours(2));
            assertThat(studio.analytics().refresh(null, false, () -> false).measured()).isEqualTo(4);
        }

        JsonNode byTopic = cli.run("analytics", "posts", "--from", "2027-01-01", "--to", "2027-03-01", "--by", "topic", "--json").json();
        assertThat(byTopic).hasSize(2); // the loose draft was not started from a topic
        assertThat(byTopic.get(0).get("title").asText()).isEqualTo("Village bakeries");
        assertThat(byTopic.get(0).get("posts").asInt()).isEqualTo(2);
        assertThat(byTopic.get(0).get("engagement").asLong()).isEqualTo(42 + 24);
        assertThat(byTopic.get(1).get("engagement").asLong()).isEqualTo(5);
        JsonNode byDraft = cli.run("analytics", "posts", "--from", "2027-01-01", "--to", "2027-03-01", "--by", "draft", "--json").json();
        assertThat(byDraft).extracting(d -> d.get("title").asText()).containsExactly("Village bakeries", "Loose notes", "Harbour cranes at night");
        JsonNode posts = cli.run("analytics", "posts", "--from", "2027-01-01", "--to", "2027-03-01", "--json").json();
        assertThat(posts).hasSize(4);
        assertThat(posts.get(0).get("engagement").asLong()).isEqualTo(42);
        assertThat(posts.get(0).get("latest").get("reactions").asLong()).isEqualTo(30);
        assertThat(cli.run("analytics", "posts", "--from", "2027-01-01", "--to", "2027-03-01").out()).contains("ENGAGEMENT").contains("Post 1 from");
        assertThat(cli.run("analytics", "posts", "--by", "week").exitCode()).isEqualTo(2);
        JsonNode byNetwork = cli.run("analytics", "posts", "--from", "2027-01-01", "--to", "2027-03-01", "--by", "network", "--json").json();
        assertThat(byNetwork).singleElement().satisfies(n -> {
            assertThat(n.get("network").asText()).isEqualTo("bluesky");
            assertThat(n.get("posts").asInt()).isEqualTo(4);
            assertThat(n.get("engagement").asLong()).isEqualTo(5 + 42 + 24 + 9);
        });

        // The board: by score the harbour topic comes first (the two tie, the older first); by past results the bakeries do.
        assertThat(cli.run("topic", "list", "--json").json()).extracting(t -> t.get("id").asText()).containsExactly(quiet, strong);
        JsonNode board = cli.run("topic", "list", "--results", "--json").json();
        assertThat(board).extracting(t -> t.get("id").asText()).containsExactly(strong, quiet);
        assertThat(board.get(0).get("pastEngagement").asLong()).isEqualTo(66);
        assertThat(cli.run("topic", "list", "--results", "--fresh").exitCode()).isEqualTo(2);
    }

    private static List<String> readLines(Path file) throws java.io.IOException {
        return java.nio.file.Files.readAllLines(file);
    }

    private static JsonNode readJson(Path file) throws java.io.IOException {
        return new com.fasterxml.jackson.databind.ObjectMapper().readTree(file.toFile());
    }
}
