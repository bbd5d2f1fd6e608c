package org.scriptorium.app.cli;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scriptorium.app.cli.CliRunner.Result;
import org.scriptorium.publishers.bluesky.FakePds;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** A draft's planned publish day and the agenda from the command line, as the window's calendar shows them. */
class CalendarCommandsTest {
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
    void aDraftsPublishDayIsSetShownAndCleared() {
        String id = cli.run("draft", "new", "--title", "Why the grid upgrade is late", "--json").json().get("id").asText();

        Result planned = cli.run("draft", "plan", id.substring(0, 8), "--on", "2030-06-03", "--json");
        assertThat(planned.exitCode()).as(planned.err()).isZero();
        assertThat(planned.json().get("plannedOn").asText()).isEqualTo("2030-06-03");
        assertThat(cli.run("draft", "show", id).out()).contains("planned  to be published on 2030-06-03");
        assertThat(cli.run("draft", "list", "--json").json().get(0).get("plannedOn").asText()).isEqualTo("2030-06-03");

        Result cleared = cli.run("draft", "plan", id, "--clear");
        assertThat(cleared.exitCode()).isZero();
        assertThat(cleared.out()).isEqualTo("\"Why the grid upgrade is late\" has no planned publish day now.\n");
        assertThat(cli.draft(id).plannedOn()).isNull();
    }

    @Test
    void badPlansAreRefusedAsUsageAndChangeNothing() {
        String id = cli.run("draft", "new", "--title", "Stays unplanned", "--json").json().get("id").asText();

        Result neither = cli.run("draft", "plan", id);
        Result both = cli.run("draft", "plan", id, "--on", "2030-06-03", "--clear");
        Result notADay = cli.run("draft", "plan", id, "--on", "2030-13-01");

        assertThat(neither.exitCode()).isEqualTo(2);
        assertThat(both.exitCode()).isEqualTo(2);
        assertThat(notADay.exitCode()).isEqualTo(2);
        assertThat(notADay.err()).contains("2030-13-01");
        assertThat(cli.draft(id).plannedOn()).isNull();
    }

    @Test
    void theAgendaListsEachDaysDraftsThenItsPostsAtTheirTimeInTheZoneAsked() {
        String draft = cli.run("draft", "new", "--title", "Why the grid upgrade is late", "--json").json().get("id").asText();
        cli.run("draft", "plan", draft, "--on", "2030-06-03");
        String morning = cli.run("post", "new", "--account", account, "--text", "Grid upgrade, part two",
                "--at", "2030-06-03T09:00", "--zone", "Europe/Berlin", "--json").json().get("id").asText();
        String evening = cli.run("post", "new", "--account", account, "--text", "Evening in New York",
                "--at", "2030-06-03T23:30", "--zone", "America/New_York", "--json").json().get("id").asText();

        Result agenda = cli.run("calendar", "agenda", "--from", "2030-06-03", "--days", "2", "--zone", "Europe/Berlin", "--json");

        assertThat(agenda.exitCode()).as(agenda.err()).isZero();
        JsonNode days = agenda.json().get("days");
        assertThat(agenda.json().get("zone").asText()).isEqualTo("Europe/Berlin");
        assertThat(days).hasSize(2);
        assertThat(days.get(0).get("day").asText()).isEqualTo("2030-06-03");
        JsonNode first = days.get(0).get("entries");
        assertThat(first.get(0).get("kind").asText()).isEqualTo("draft");
        assertThat(first.get(0).get("id").asText()).isEqualTo(draft);
        assertThat(first.get(1).get("id").asText()).isEqualTo(morning);
        assertThat(first.get(1).get("time").asText()).isEqualTo("09:00");
        // 23:30 in New York is the next morning in Berlin.
        assertThat(days.get(1).get("day").asText()).isEqualTo("2030-06-04");
        assertThat(days.get(1).get("entries").get(0).get("id").asText()).isEqualTo(evening);
        assertThat(days.get(1).get("entries").get(0).get("time").asText()).isEqualTo("05:30");

        Result text = cli.run("calendar", "agenda", "--from", "2030-06-03", "--days", "1", "--zone", "America/New_York");
        assertThat(text.out()).startsWith("Agenda from 2030-06-03 to 2030-06-03, times in America/New_York\n")
                .contains("Mon 3 Jun 2030").contains("all day").contains("03:00").contains("23:30").doesNotContain("09:00");
    }

    @Test
    void anEmptyAgendaSaysSoAndBadOptionsAreUsageErrors() {
        Result empty = cli.run("calendar", "agenda", "--from", "2030-01-01");
        assertThat(empty.exitCode()).isZero();
        assertThat(empty.out()).contains("Nothing planned.");

        Result noDays = cli.run("calendar", "agenda", "--days", "0");
        Result badZone = cli.run("calendar", "agenda", "--zone", "Mars/Olympus_Mons");
        assertThat(noDays.exitCode()).isEqualTo(2);
        assertThat(noDays.err()).contains("--days wants a number from 1 to 366");
        assertThat(badZone.exitCode()).isEqualTo(2);
        assertThat(badZone.err()).contains("Unknown time zone \"Mars/Olympus_Mons\"");
    }
}
