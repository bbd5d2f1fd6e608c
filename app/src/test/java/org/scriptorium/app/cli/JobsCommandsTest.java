package org.scriptorium.app.cli;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scriptorium.app.cli.CliRunner.Result;
import org.scriptorium.publishers.bluesky.FakePds;

import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;

import static org.assertj.core.api.Assertions.assertThat;

/** The recurring jobs from the command line: listed with their times, run by name from a script. */
class JobsCommandsTest {
    @TempDir
    Path dataDir;

    @Test
    void jobsAreListedRunByNameAndRememberTheirLastRun() throws Exception {
        CliRunner cli = new CliRunner(dataDir);
        try (FakePds pds = new FakePds()) {
            String account = cli.connectBluesky(pds);
            String aMinuteAgo = LocalDateTime.now(ZoneId.of("Europe/Berlin")).minusMinutes(1).truncatedTo(ChronoUnit.MINUTES).toString();
            assertThat(cli.run("post", "new", "--account", account, "--text", "Due a minute ago", "--at", aMinuteAgo, "--zone", "Europe/Berlin")
                    .exitCode()).isZero();

            JsonNode before = cli.run("jobs", "list", "--json").json();
            assertThat(before).extracting(j -> j.get("name").asText()).containsExactly("publish-due", "poll-sources", "discover-topics", "post-metrics", "sync");
            assertThat(before.get(0).get("intervalSeconds").asLong()).isEqualTo(30);
            assertThat(before.get(0).get("lastRun").isNull()).isTrue();

            Result ran = cli.run("jobs", "run", "publish-due");
            assertThat(ran.exitCode()).as(ran.err()).isZero();
            assertThat(ran.out()).startsWith("publish-due: 1 published, 0 to retry, 0 failed, 0 missed, 0 reconciled. Next due ");
            assertThat(pds.records.values()).extracting(r -> r.path("text").asText()).containsExactly("Due a minute ago");
            // Its numbers are read an hour after it went out, not in the round that published it.
            Result metrics = cli.run("jobs", "run", "post-metrics");
            assertThat(metrics.exitCode()).as(metrics.err()).isZero();
            assertThat(metrics.out()).startsWith("post-metrics: 0 posts measured in 0 calls.");
        }

        JsonNode after = cli.run("jobs", "list", "--json").json();
        assertThat(after.get(0).get("lastRun").isNull()).isFalse();
        assertThat(after.get(0).get("lastOutcome").asText()).isEqualTo("1 published, 0 to retry, 0 failed, 0 missed, 0 reconciled");
        assertThat(after.get(0).get("lastFailed").asBoolean()).isFalse();
        Result table = cli.run("jobs", "list");
        assertThat(table.out()).startsWith("NAME").contains("publish-due      30 seconds").contains("discover-topics  1 day")
                .contains("never");

        Result unknown = cli.run("jobs", "run", "publish");
        assertThat(unknown.exitCode()).isEqualTo(2);
        assertThat(unknown.err()).contains("No job named \"publish\"; the jobs are publish-due, poll-sources, discover-topics, post-metrics, sync.");
    }
}
