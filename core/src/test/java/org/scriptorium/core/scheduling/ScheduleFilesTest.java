package org.scriptorium.core.scheduling;

import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scriptorium.core.InvalidInput;
import org.scriptorium.core.Studio;
import org.scriptorium.core.TestStudios.ManualClock;
import org.scriptorium.core.accounts.Account;
import org.scriptorium.core.accounts.AccountStatus;
import org.scriptorium.core.accounts.Network;
import org.scriptorium.core.publishing.Problem;
import org.scriptorium.core.store.Database;

import java.io.StringReader;
import java.net.URI;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.Temporal;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ScheduleFilesTest {
    @TempDir
    Path dataDir;
    private Database database;
    private SocialPosts posts;
    private final ManualClock clock = new ManualClock(Instant.parse("2026-10-20T08:00:00Z"));
    private final Account account = new Account(UUID.randomUUID(), Network.BLUESKY, "Ana", "ana.bsky.social", "did:plc:ana",
            URI.create("https://bsky.social"), null, List.of(), null, AccountStatus.CONNECTED, null, null);

    @BeforeEach
    void open() {
        database = Database.openH2(dataDir, Studio.ENTITIES);
        database.sessions().inTransaction(session -> session.createNativeMutationQuery(
                "insert into accounts (id, network, name, external_id, api_base, status, created_at, updated_at, revision, device_id) "
                        + "values (:id, 'BLUESKY', 'Ana', 'did:plc:ana', 'https://bsky.social', 'CONNECTED', :now, :now, 0, :id)")
                .setParameter("id", account.id()).setParameter("now", clock.instant()).executeUpdate());
        posts = new SocialPosts(database.sessions(), clock, UUID.randomUUID());
    }

    @AfterEach
    void close() {
        database.close();
    }

    @Test
    void theIcsFileReadByARealParserHasEachPostAtItsInstantAcrossTheClockChange() throws Exception {
        ZoneId berlin = ZoneId.of("Europe/Berlin");
        UUID summer = posts.create(account.id(), null, "Before the change", List.of(), null, PlannedTime.of(java.time.LocalDateTime.parse("2026-10-24T09:00"), berlin).instant(), berlin).id();
        String long_ = "After the change, with a \"quote\", a comma; a backslash \\ and\nnew lines, " + "漢字".repeat(40) + " 👨‍👩‍👧 and more";
        UUID winter = posts.create(account.id(), null, long_, List.of(), null,
                PlannedTime.of(java.time.LocalDateTime.parse("2026-10-26T09:00"), berlin).instant(), berlin).id();

        String ics = ScheduleExport.ics(posts.list(null, null, null), Map.of(account.id(), account), clock.instant());
        Calendar parsed = new CalendarBuilder().build(new StringReader(ics));
        List<VEvent> events = parsed.getComponents("VEVENT");
        assertThat(events).hasSize(2);
        Map<String, Instant> starts = new java.util.HashMap<>();
        for (VEvent event : events) {
            Temporal start = event.getDateTimeStart().orElseThrow().getDate();
            starts.put(event.getUid().orElseThrow().getValue(), start instanceof ZonedDateTime z ? z.toInstant() : Instant.from(start));
        }
        assertThat(starts).containsEntry(summer + "@scriptorium", Instant.parse("2026-10-24T07:00:00Z"))
                .containsEntry(winter + "@scriptorium", Instant.parse("2026-10-26T08:00:00Z"));
        // Escaped and folded (never inside a character), and read back exactly as written.
        assertThat(events).anySatisfy(e -> assertThat(e.getDescription().orElseThrow().getValue()).isEqualTo(long_));
        assertThat(ics.lines()).allSatisfy(line -> assertThat(line.getBytes(java.nio.charset.StandardCharsets.UTF_8).length).isLessThanOrEqualTo(75));
    }

    @Test
    void anImportWithOneBadRowImportsNothingAndNamesEveryBadRow() {
        ScheduleImport importer = new ScheduleImport(id -> {
            if (!account.id().toString().startsWith(id)) {
                throw new InvalidInput("No account " + id + ".");
            }
            return account;
        }, (a, post) -> post.text().length() > 300 ? List.of(new Problem("Too long for Bluesky.")) : List.of(), clock);
        String csv = "account,at,zone,text\n"
                + account.id() + ",2026-11-01T09:00,Europe/Berlin,First\n"
                + "nobody,2026-11-01T10:00,Europe/Berlin,Second\n"
                + account.id() + ",2026-11-01T11:00,Mars/Olympus,Third\n"
                + account.id() + ",2026-10-01T11:00,Europe/Berlin,In the past\n"
                + account.id() + ",2026-11-02T09:00,Europe/Berlin," + "x".repeat(301) + "\n";
        assertThatThrownBy(() -> importer.read(csv, "plan.csv")).isInstanceOf(InvalidInput.class)
                .hasMessageContaining("Nothing was imported").hasMessageContaining("Row 2: No account nobody")
                .hasMessageContaining("Row 3: Unknown time zone").hasMessageContaining("Row 4:").hasMessageContaining("in the past")
                .hasMessageContaining("Row 5: Too long").hasMessageNotContaining("Row 1");

        String json = "[{\"account\":\"" + account.id() + "\",\"at\":\"2026-11-01T09:00\",\"zone\":\"Europe/Berlin\",\"text\":\"From JSON\"},"
                + "{\"account\":\"" + account.id().toString().substring(0, 13) + "\",\"at\":\"2026-11-03T18:30\",\"text\":\"Second\"}]";
        List<ScheduledPost> created = posts.createAll(importer.read(json, "plan.json").stream().map(ScheduleImport.Planned::post).toList());
        assertThat(created).extracting(ScheduledPost::text).containsExactly("From JSON", "Second");
        assertThat(created.getFirst().scheduledAt()).isEqualTo("2026-11-01T08:00:00Z");

        String exported = ScheduleExport.csv(posts.list(null, null, null), Map.of(account.id(), account));
        assertThat(importer.read(exported.replace("2026-11-01T09:00", "2026-12-01T09:00").replace("2026-11-03T18:30", "2026-12-03T18:30"),
                "again.csv")).hasSize(2); // what was exported can be imported back
    }
}
