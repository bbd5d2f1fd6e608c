package org.scriptorium.app.cli;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scriptorium.app.cli.CliRunner.Result;
import org.scriptorium.publishers.bluesky.FakePds;

import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;

import static org.assertj.core.api.Assertions.assertThat;

/** Planning, moving, cancelling and publishing posts from the command line, against a loopback Bluesky server. */
class PostCommandsTest {
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

    private static String berlin(long minutesFromNow) {
        return LocalDateTime.now(ZoneId.of("Europe/Berlin")).plusMinutes(minutesFromNow).truncatedTo(ChronoUnit.MINUTES).toString();
    }

    @Test
    void planPublishWhatIsDueMoveCancelAndRetry() {
        Result due = cli.run("post", "new", "--account", account, "--text", "Due a minute ago", "--at", berlin(-1), "--zone", "Europe/Berlin", "--json");
        assertThat(due.exitCode()).as(due.err()).isZero();
        assertThat(due.json().get("status").asText()).isEqualTo("scheduled");
        assertThat(due.json().get("zone").asText()).isEqualTo("Europe/Berlin");
        String later = cli.run("post", "new", "--account", account, "--text", "Tomorrow", "--at", berlin(24 * 60), "--zone", "Europe/Berlin", "--json")
                .json().get("id").asText();

        Result tooLong = cli.run("post", "new", "--account", account, "--text", "x".repeat(301), "--at", berlin(60));
        assertThat(tooLong.exitCode()).isEqualTo(2);
        assertThat(tooLong.err()).contains("Bluesky would refuse the post").contains("301");
        Result comment = cli.run("post", "new", "--account", account, "--text", "Hi", "--first-comment", "Link below", "--at", berlin(60));
        assertThat(comment.exitCode()).isEqualTo(2);
        assertThat(comment.err()).contains("A first comment cannot be posted to Bluesky");
        Result badZone = cli.run("post", "new", "--account", account, "--text", "Hi", "--at", berlin(60), "--zone", "Mars/Olympus");
        assertThat(badZone.err()).contains("Unknown time zone");
        Result skipped = cli.run("post", "new", "--account", account, "--text", "At a skipped time", "--at", "2030-03-31T02:30", "--zone", "Europe/Berlin");
        assertThat(skipped.exitCode()).isZero();
        assertThat(skipped.err()).contains("02:30 does not exist").contains("03:30");

        JsonNode round = cli.run("publish-due", "--json").json();
        assertThat(round.get("published").asInt()).isEqualTo(1);
        assertThat(pds.records.values()).extracting(r -> r.path("text").asText()).containsExactly("Due a minute ago");
        JsonNode shown = cli.run("post", "show", due.json().get("id").asText(), "--json").json();
        assertThat(shown.get("status").asText()).isEqualTo("published");
        assertThat(shown.get("url").asText()).startsWith("https://bsky.app/profile/");
        assertThat(shown.get("attempts")).singleElement().satisfies(a -> assertThat(a.get("outcome").asText()).isEqualTo("published"));
        assertThat(cli.run("publish-due", "--json").json().get("published").asInt()).isZero(); // never twice

        JsonNode moved = cli.run("post", "reschedule", later, "--at", "2030-06-01T09:00", "--json").json();
        assertThat(moved.get("scheduledAt").asText()).isEqualTo("2030-06-01T07:00:00Z"); // 09:00 in Berlin's summer time
        assertThat(cli.run("post", "cancel", later, "--json").json().get("status").asText()).isEqualTo("cancelled");
        assertThat(cli.run("post", "list", "--status", "cancelled", "--json").json()).hasSize(1);
        assertThat(cli.run("post", "retry", later).exitCode()).isZero();
        assertThat(cli.run("publish-due", "--json").json().get("published").asInt()).isEqualTo(1);
        assertThat(pds.records).hasSize(2);
        Result again = cli.run("post", "cancel", later);
        assertThat(again.exitCode()).isEqualTo(2);
        assertThat(again.err()).contains("already published");
    }

    @Test
    void exportTheScheduleAndImportAPlanAllOrNothing() throws Exception {
        assertThat(cli.run("post", "new", "--account", account, "--text", "Planned", "--at", "2030-05-05T09:00", "--zone", "Europe/Berlin").exitCode()).isZero();
        Path ics = dataDir.resolveSibling(dataDir.getFileName() + "-plan.ics");
        assertThat(cli.run("calendar", "export", "--format", "ics", "--out", ics.toString()).exitCode()).isZero();
        assertThat(java.nio.file.Files.readString(ics)).contains("BEGIN:VEVENT").contains("DTSTART:20300505T070000Z");

        Path plan = dataDir.resolveSibling(dataDir.getFileName() + "-plan.csv");
        java.nio.file.Files.writeString(plan, "account,at,zone,text\n" + account + ",2030-06-01T09:00,Europe/Berlin,One\n"
                + account + ",2030-06-02T09:00,Nowhere/Else,Two\n");
        Result refused = cli.run("post", "import", plan.toString());
        assertThat(refused.exitCode()).isEqualTo(2);
        assertThat(refused.err()).contains("Nothing was imported").contains("Row 2: Unknown time zone");
        assertThat(cli.run("post", "list", "--json").json()).hasSize(1);

        java.nio.file.Files.writeString(plan, "account,at,zone,text\n" + account + ",2030-06-01T09:00,Europe/Berlin,One\n"
                + account + ",2030-06-02T09:00,America/New_York,Two\n");
        Result imported = cli.run("post", "import", plan.toString(), "--json");
        assertThat(imported.exitCode()).as(imported.err()).isZero();
        assertThat(imported.json()).extracting(p -> p.get("scheduledAt").asText()).containsExactly("2030-06-01T07:00:00Z", "2030-06-02T13:00:00Z");
    }

    @Test
    void oneTextIsPlannedForSeveralAccountsOrForNoneWhenANetworkWouldRefuseIt() throws Exception {
        String mastodon;
        String bluesky;
        try (var studio = org.scriptorium.core.Studio.open(dataDir)) {
            bluesky = studio.publishing().accounts().get(account).id().toString(); // ids made in the same second share their start
            mastodon = studio.publishing().accounts().save(new org.scriptorium.core.accounts.Account(null,
                    org.scriptorium.core.accounts.Network.MASTODON, "Ana Lima", "@ana@fosstodon.example", "ana-1",
                    java.net.URI.create("https://fosstodon.example"), null, java.util.List.of(), null,
                    org.scriptorium.core.accounts.AccountStatus.CONNECTED, null, null)).id().toString();
        }
        Result refused = cli.run("post", "new", "--account", bluesky, "--account", mastodon, "--text", "x".repeat(400), "--at", berlin(60));
        assertThat(refused.exitCode()).isEqualTo(2);
        assertThat(refused.err()).contains("Nothing was planned").contains("Bluesky (").doesNotContain("Mastodon (");
        assertThat(cli.run("post", "list", "--json").json()).isEmpty();

        Result both = cli.run("post", "new", "--account", bluesky, "--account", mastodon, "--text", "Doors open at nine", "--at", berlin(60),
                "--zone", "Europe/Berlin", "--json");
        assertThat(both.exitCode()).as(both.err()).isZero();
        assertThat(both.json()).hasSize(2).allSatisfy(p -> assertThat(p.get("text").asText()).isEqualTo("Doors open at nine"));
        assertThat(both.json().get(0).get("scheduledAt")).isEqualTo(both.json().get(1).get("scheduledAt"));
        assertThat(cli.run("post", "new", "--account", bluesky, "--account", mastodon, "--text", "Hi").err()).contains("--at or --queue");
    }

    @Test
    void theQueueFillsTheAccountsNextFreeSlots() {
        Result none = cli.run("post", "new", "--account", account, "--text", "Queued", "--queue");
        assertThat(none.exitCode()).isEqualTo(2);
        assertThat(none.err()).contains("no posting slots");
        JsonNode slots = cli.run("queue", "slots", account, "--set", "Mon-Fri 09:00,17:00", "--zone", "Europe/Berlin", "--json").json();
        assertThat(slots.get("slots").asText()).isEqualTo("Mon-Fri 09:00,17:00");
        String first = cli.run("post", "new", "--account", account, "--text", "First in line", "--queue", "--json").json().get("scheduledAt").asText();
        String second = cli.run("post", "new", "--account", account, "--text", "Second in line", "--queue", "--json").json().get("scheduledAt").asText();
        assertThat(first).isEqualTo(slots.get("nextFree").asText());
        assertThat(java.time.Instant.parse(second)).isAfter(java.time.Instant.parse(first));
        java.time.ZonedDateTime secondInBerlin = java.time.Instant.parse(second).atZone(ZoneId.of("Europe/Berlin"));
        assertThat(secondInBerlin.getHour()).isIn(9, 17);
        assertThat(secondInBerlin.getDayOfWeek()).isNotIn(java.time.DayOfWeek.SATURDAY, java.time.DayOfWeek.SUNDAY);
        assertThat(cli.run("queue", "slots", account, "--set", "Someday 09:00").err()).contains("not a day");

        // Reorder: the second post takes the first slot, the first moves to the second; the slots stay.
        String secondId = cli.run("queue", "list", account, "--json").json().get(1).get("id").asText();
        Result move = cli.run("queue", "move", secondId, "--to", "1", "--json");
        assertThat(move.exitCode()).as(move.err()).isZero();
        JsonNode reordered = move.json();
        assertThat(reordered).extracting(p -> p.get("text").asText()).containsExactly("Second in line", "First in line");
        assertThat(reordered).extracting(p -> p.get("scheduledAt").asText()).containsExactly(first, second);
        assertThat(cli.run("queue", "list", account).out()).contains("1  ").contains("Second in line");
        Result outside = cli.run("queue", "move", secondId, "--to", "3");
        assertThat(outside.exitCode()).isEqualTo(2);
        assertThat(outside.err()).contains("The queue has 2 places; got 3.");
    }

    @Test
    void theCatchUpWindowIsTheUsersChoice() {
        assertThat(cli.run("config", "show", "--json").json().get("catch-up").asText()).isEqualTo("2h");
        Result bad = cli.run("config", "set", "catch-up", "soon");
        assertThat(bad.exitCode()).isEqualTo(2);
        assertThat(bad.err()).contains("Write how late like 2h");
        assertThat(cli.run("config", "set", "catch-up", "8d").err()).contains("from 15 minutes to 7 days late; got 8d");

        assertThat(cli.run("config", "set", "catch-up", "6h").exitCode()).isZero();
        String fiveHoursLate = cli.run("post", "new", "--account", account, "--text", "Five hours late", "--at", berlin(-300), "--zone",
                "Europe/Berlin", "--json").json().get("id").asText();
        assertThat(cli.run("publish-due", "--json").json().get("published").asInt()).isEqualTo(1); // within 6 hours: it goes out
        assertThat(cli.run("post", "show", fiveHoursLate, "--json").json().get("status").asText()).isEqualTo("published");

        assertThat(cli.run("config", "set", "catch-up", "15m").exitCode()).isZero();
        String justLate = cli.run("post", "new", "--account", account, "--text", "Twenty minutes late", "--at", berlin(-20), "--zone",
                "Europe/Berlin", "--json").json().get("id").asText();
        assertThat(cli.run("publish-due", "--json").json().get("missed").asInt()).isEqualTo(1);
        assertThat(cli.run("post", "show", justLate, "--json").json().get("failure").asText()).contains("more than 15 minutes late, so it was not sent");
        assertThat(pds.records).hasSize(1);
    }

    @Test
    void editingAPostChecksItAgainAndKeepsItsTime() {
        JsonNode planned = cli.run("post", "new", "--account", account, "--text", "Frist draft", "--at", "2030-05-05T09:00", "--zone", "Europe/Berlin",
                "--json").json();
        String id = planned.get("id").asText().substring(0, 8);
        Result tooLong = cli.run("post", "edit", id, "--text", "y".repeat(301));
        assertThat(tooLong.exitCode()).isEqualTo(2);
        assertThat(tooLong.err()).contains("Bluesky would refuse the post");
        assertThat(cli.run("post", "show", id, "--json").json().get("text").asText()).isEqualTo("Frist draft");
        JsonNode edited = cli.run("post", "edit", id, "--text", "First draft", "--json").json();
        assertThat(edited.get("text").asText()).isEqualTo("First draft");
        assertThat(edited.get("scheduledAt").asText()).isEqualTo(planned.get("scheduledAt").asText());
    }

    @Test
    void anAccountsLinksCarryUtmParametersNamedAfterTheTopicOnceTurnedOn() {
        String topic = cli.run("topic", "new", "--title", "Harbour cranes at night", "--json").json().get("id").asText();
        String draft = cli.run("topic", "draft", topic, "--json").json().get("id").asText();
        Result untagged = cli.run("post", "new", "--account", account, "--draft", draft, "--text", "Read https://example.com/cranes.", "--json");
        assertThat(untagged.json().get("text").asText()).isEqualTo("Read https://example.com/cranes.");

        Result on = cli.run("account", "tag-links", account, "--on", "--campaign", "topic", "--json");
        assertThat(on.exitCode()).as(on.err()).isZero();
        assertThat(on.json().get("on").asBoolean()).isTrue();
        assertThat(on.json().get("source").asText()).isEqualTo("bluesky");
        Result tagged = cli.run("post", "new", "--account", account, "--draft", draft, "--text", "Read https://example.com/cranes#map.", "--json");
        assertThat(tagged.json().get("text").asText())
                .isEqualTo("Read https://example.com/cranes?utm_source=bluesky&utm_medium=social&utm_campaign=harbour-cranes-night#map.");
        // The tags count against the network's room: a text that fits as written but not as it would go out is refused.
        String nearlyFull = "x".repeat(250) + " https://example.com/c";
        Result over = cli.run("post", "new", "--account", account, "--draft", draft, "--text", nearlyFull);
        assertThat(over.exitCode()).isEqualTo(2);
        assertThat(over.err()).contains("Bluesky would refuse the post");

        assertThat(cli.run("account", "tag-links", account, "--medium", "two words").exitCode()).isEqualTo(2);
        assertThat(cli.run("account", "tag-links", account, "--off").out()).contains("left as written");
        assertThat(cli.run("post", "new", "--account", account, "--text", "Again https://example.com/c", "--json").json().get("text").asText())
                .isEqualTo("Again https://example.com/c");
    }
}
