package org.scriptorium.core.sync;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scriptorium.core.Progress;
import org.scriptorium.core.Studio;
import org.scriptorium.core.TestStudios;
import org.scriptorium.core.accounts.Account;
import org.scriptorium.core.accounts.AccountSecrets;
import org.scriptorium.core.accounts.AccountStatus;
import org.scriptorium.core.accounts.Network;
import org.scriptorium.core.drafts.DraftChanges;
import org.scriptorium.core.drafts.DraftDocument;
import org.scriptorium.core.drafts.DraftFilter;
import org.scriptorium.core.drafts.DraftSummary;
import org.scriptorium.core.drafts.NewDraft;
import org.scriptorium.core.drafts.RevisionReason;

import java.net.URI;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Two or three studios, each on its own data directory, syncing through one real PostgreSQL (a fresh schema per test). */
class SyncTest {
    static final String PASSPHRASE = "correct horse battery staple";

    @TempDir
    Path folder;

    private TestHub hub;
    private String address;
    private final List<Studio> open = new ArrayList<>();

    @BeforeEach
    void freshSchema() throws SQLException {
        hub = TestHub.create("scriptorium_sync");
        address = hub.address();
    }

    @AfterEach
    void dropSchema() throws SQLException {
        open.forEach(Studio::close);
        if (hub != null) {
            hub.close();
        }
    }

    @Test
    void aSecondDeviceDownloadsTheAccountAndKeepsWhatItHadAndBothEndTheSame() {
        Studio first = studio("first");
        DraftDocument launch = first.drafts().create(new NewDraft("Launch notes", "Line one\n", null, List.of("launch")));
        first.drafts().snapshot(launch.id(), RevisionReason.SAVED);
        first.drafts().create(new NewDraft("Second thoughts", "More\n", null, List.of()));
        setUp(first, "laptop");
        first.sync().syncNow(Progress.NONE);

        Studio second = studio("second");
        DraftDocument local = second.drafts().create(new NewDraft("Written offline on the desktop", "Mine\n", null, List.of("desk")));
        setUp(second, "desktop");
        second.sync().syncNow(Progress.NONE);
        first.sync().syncNow(Progress.NONE);

        assertThat(titles(second)).containsExactlyInAnyOrder("Launch notes", "Second thoughts", "Written offline on the desktop");
        assertThat(second.drafts().get(launch.id()).tags()).containsExactly("launch");
        assertThat(second.drafts().revisions(launch.id())).hasSize(1);
        assertThat(first.drafts().get(local.id()).body()).isEqualTo("Mine\n");
        assertSameEverywhere(first, second);
        assertThat(first.sync().devices()).extracting(Hub.Device::name).containsExactlyInAnyOrder("laptop", "desktop");
    }

    @Test
    void editsToDifferentLinesMergeAndEditsToTheSameLineKeepBothVersions() {
        Studio one = studio("one");
        Studio two = studio("two");
        setUp(one, "one");
        setUp(two, "two");
        DraftDocument draft = one.drafts().create(new NewDraft("Plan", "intro\nmiddle\nend\n", null, List.of()));
        one.sync().syncNow(Progress.NONE);
        two.sync().syncNow(Progress.NONE);

        one.drafts().saveBody(draft.id(), "intro, sharpened\nmiddle\nend\n");
        two.drafts().update(draft.id(), new DraftChanges("Plan for May", "intro\nmiddle\nend, with a call to action\n", null, null));
        one.sync().syncNow(Progress.NONE);
        two.sync().syncNow(Progress.NONE);
        one.sync().syncNow(Progress.NONE);
        assertThat(one.drafts().get(draft.id()).body()).isEqualTo("intro, sharpened\nmiddle\nend, with a call to action\n");
        assertThat(one.drafts().get(draft.id()).title()).isEqualTo("Plan for May");
        assertSameEverywhere(one, two);

        one.drafts().saveBody(draft.id(), "intro, sharpened\nthe middle, as one sees it\nend, with a call to action\n");
        two.drafts().saveBody(draft.id(), "intro, sharpened\nthe middle, as two sees it\nend, with a call to action\n");
        one.sync().syncNow(Progress.NONE);
        SyncService.Report report = two.sync().syncNow(Progress.NONE);
        one.sync().syncNow(Progress.NONE);

        assertThat(report.conflicts()).isEqualTo(1);
        assertThat(two.drafts().get(draft.id()).body()).contains("as two sees it");
        assertThat(titles(two)).anyMatch(title -> title.startsWith("Plan for May (conflict from one, "));
        assertThat(two.sync().conflicts()).singleElement().satisfies(c -> assertThat(c.otherDevice()).isEqualTo("one"));
        assertSameEverywhere(one, two);

        SyncService.Conflict conflict = two.sync().conflicts().getFirst();
        two.sync().resolve(conflict.id(), SyncService.Keep.THEIRS);
        two.sync().syncNow(Progress.NONE);
        one.sync().syncNow(Progress.NONE);
        assertThat(one.drafts().get(draft.id()).body()).contains("as one sees it");
        assertThat(two.sync().conflicts()).isEmpty();
        assertSameEverywhere(one, two);
    }

    @Test
    void anOpenDeviceHearsAnotherDevicesPushAtOnceAndNotItsOwn() throws Exception {
        Studio one = studio("one");
        Studio two = studio("two");
        setUp(one, "one");
        setUp(two, "two");
        java.util.concurrent.atomic.AtomicInteger heard = new java.util.concurrent.atomic.AtomicInteger();
        java.util.concurrent.CountDownLatch pushed = new java.util.concurrent.CountDownLatch(1);
        try (AutoCloseable listening = one.sync().listen(() -> {
            heard.incrementAndGet();
            pushed.countDown();
        })) {
            Thread.sleep(1_000); // the listener connects
            one.drafts().create(new NewDraft("Mine", "", null, List.of()));
            one.sync().syncNow(Progress.NONE);
            two.drafts().create(new NewDraft("From two", "", null, List.of()));
            two.sync().syncNow(Progress.NONE);
            assertThat(pushed.await(10, java.util.concurrent.TimeUnit.SECONDS)).as("the other device's push was heard").isTrue();
            assertThat(heard.get()).as("only the other device's push").isEqualTo(1);
        }
    }

    @Test
    void anEditOnOneDeviceBringsBackADraftTrashedOnAnother() {
        Studio one = studio("one");
        Studio two = studio("two");
        setUp(one, "one");
        setUp(two, "two");
        DraftDocument draft = one.drafts().create(new NewDraft("Keep me", "first\n", null, List.of()));
        one.sync().syncNow(Progress.NONE);
        two.sync().syncNow(Progress.NONE);

        one.drafts().trash(draft.id());
        two.drafts().saveBody(draft.id(), "first\nand a second thought\n");
        one.sync().syncNow(Progress.NONE);
        SyncService.Report report = two.sync().syncNow(Progress.NONE);
        one.sync().syncNow(Progress.NONE);

        assertThat(report.restored()).isEqualTo(1);
        assertThat(one.drafts().get(draft.id()).trashedAt()).isNull();
        assertThat(one.drafts().get(draft.id()).body()).isEqualTo("first\nand a second thought\n");
        assertSameEverywhere(one, two);
    }

    @Test
    void aWrongPassphraseOnANewDeviceIsRefusedAndChangesNothing() throws SQLException {
        Studio first = studio("first");
        setUp(first, "first");
        Studio second = studio("second");

        assertThatThrownBy(() -> second.sync().setup(address, false, TestHub.user(), "", "not the passphrase".toCharArray(), "second"))
                .isInstanceOf(SyncFailure.class)
                .satisfies(e -> assertThat(((SyncFailure) e).kind()).isEqualTo(SyncFailure.Kind.WRONG_PASSPHRASE));
        assertThat(second.sync().status().setUp()).isFalse();
        assertThat(rows("SELECT count(*) FROM hub_devices")).isEqualTo(1);
    }

    @Test
    void anAccountArrivesWithItsTokensWhichTheServerNeverHoldsInClear() throws SQLException {
        String token = "planted-access-token-7f3a9c";
        String refresh = "planted-refresh-token-51be02";
        Studio first = studio("first");
        first.drafts().create(new NewDraft("Public enough", "text\n", null, List.of()));
        var accounts = first.publishing().accounts();
        Account account = accounts.save(new Account(null, Network.MASTODON, "Ada", "@ada@example.social", "109", URI.create("https://example.social"),
                null, List.of("write:statuses"), null, AccountStatus.CONNECTED, null, null));
        accounts.secrets().put(account.id(), AccountSecrets.Kind.ACCESS_TOKEN, token);
        accounts.secrets().put(account.id(), AccountSecrets.Kind.REFRESH_TOKEN, refresh);
        setUp(first, "first");
        first.sync().syncNow(Progress.NONE);
        String key = first.sync().storedKeyForTest();

        Studio second = studio("second");
        setUp(second, "second");
        second.sync().syncNow(Progress.NONE);
        var theirs = second.publishing().accounts();
        assertThat(theirs.list()).extracting(Account::name).containsExactly("Ada");
        assertThat(theirs.secrets().get(account.id(), AccountSecrets.Kind.ACCESS_TOKEN)).contains(token);
        assertThat(theirs.secrets().get(account.id(), AccountSecrets.Kind.REFRESH_TOKEN)).contains(refresh);

        // A token renewed on the second device reaches the first, still sealed on the way.
        theirs.secrets().put(account.id(), AccountSecrets.Kind.ACCESS_TOKEN, token + "-renewed");
        theirs.update(account.id(), a -> new Account(a.id(), a.network(), a.name(), a.handle(), a.externalId(), a.apiBase(), a.avatarUrl(),
                a.scopes(), java.time.Instant.parse("2027-01-01T00:00:00Z"), a.status(), a.pausedUntil(), a.owner()));
        second.sync().syncNow(Progress.NONE);
        first.sync().syncNow(Progress.NONE);
        assertThat(accounts.secrets().get(account.id(), AccountSecrets.Kind.ACCESS_TOKEN)).contains(token + "-renewed");

        assertNotOnTheServer(PASSPHRASE, key, token, refresh, token + "-renewed");
        // Nor in any file of either device (the H2 database with its sync ledger, the logs, the secrets file).
        first.close();
        second.close();
        open.clear();
        try (var files = java.nio.file.Files.walk(folder)) {
            for (Path file : files.filter(java.nio.file.Files::isRegularFile).toList()) {
                String content = new String(java.nio.file.Files.readAllBytes(file), java.nio.charset.StandardCharsets.ISO_8859_1);
                for (String secret : List.of(PASSPHRASE, token, refresh, token + "-renewed")) {
                    assertThat(content).as("%s in %s", secret, file).doesNotContain(secret);
                }
            }
        } catch (java.io.IOException e) {
            throw new AssertionError(e);
        }
    }

    @Test
    void neitherThePassphraseNorTheKeyIsOnTheServer() throws SQLException {
        Studio first = studio("first");
        first.drafts().create(new NewDraft("Public enough", "text\n", null, List.of()));
        setUp(first, "first");
        first.sync().syncNow(Progress.NONE);
        String key = first.sync().storedKeyForTest();
        assertNotOnTheServer(PASSPHRASE, key);
    }

    @Test
    void aLongFirstDownloadSaysHowFarItGotAndACancelKeepsWhatArrivedForTheNextSyncToGoOnFrom() {
        Studio first = studio("first");
        for (int i = 0; i < 12; i++) {
            first.drafts().create(new NewDraft("Draft " + i, "Text " + i + "\n", null, List.of()));
        }
        setUp(first, "first");
        int records = first.sync().syncNow(Progress.NONE).pushed();

        Studio second = studio("second");
        setUp(second, "second");
        second.sync().pageSizeForTest(4);
        List<Double> fractions = new ArrayList<>();
        second.sync().watch((fraction, message) -> {
            fractions.add(fraction);
            second.sync().cancel(); // the user clicks Cancel as the first page lands
        });
        SyncService.Outcome cancelled = second.sync().runScheduled(Progress.NONE);
        assertThat(cancelled.cancelled()).isTrue();
        assertThat(cancelled.describe()).isEqualTo("cancelled");
        assertThat(fractions).first().satisfies(f -> assertThat(f).isGreaterThan(0).isLessThan(1));
        int arrived = titles(second).size();
        assertThat(arrived).isBetween(1, 11);

        second.sync().watch((fraction, message) -> { });
        SyncService.Outcome rest = second.sync().runScheduled(Progress.NONE);
        assertThat(rest.cancelled()).isFalse();
        assertThat(rest.report().pulled()).as("only what had not arrived").isEqualTo(records - 4);
        assertThat(titles(second)).hasSize(12);
        assertSameEverywhere(first, second);
    }

    private void assertNotOnTheServer(String... secrets) throws SQLException {

        try (Connection connection = hub.admin().getConnection(); Statement statement = connection.createStatement()) {
            statement.execute("SET search_path TO " + hub.schema());
            for (String table : List.of("hub_devices", "hub_rows", "hub_keys")) {
                try (ResultSet rows = statement.executeQuery("SELECT CAST(t.* AS text) FROM " + table + " t")) {
                    while (rows.next()) {
                        String row = rows.getString(1);
                        for (String secret : secrets) {
                            assertThat(row).doesNotContain(secret);
                        }
                    }
                }
            }
        }
    }

    private void setUp(Studio studio, String name) {
        studio.sync().setup(address, false, TestHub.user(), "", PASSPHRASE.toCharArray(), name);
    }

    private Studio studio(String name) {
        Studio studio = Studio.open(folder.resolve(name), TestStudios.runningFrom(ZonedDateTime.of(2026, 3, 2, 9, 0, 0, 0, ZoneId.of("Europe/Paris"))));
        open.add(studio);
        return studio;
    }

    private static List<String> titles(Studio studio) {
        return studio.drafts().list(DraftFilter.ALL).stream().map(DraftSummary::title).toList();
    }

    /** Every draft (trashed and deleted ones too) and every revision, as sync carries them, must be the same on each device. */
    static void assertSameEverywhere(Studio... studios) {
        String first = SyncDump.of(studios[0]);
        for (Studio other : studios) {
            assertThat(SyncDump.of(other)).isEqualTo(first);
        }
    }

    private long rows(String query) throws SQLException {
        try (Connection connection = hub.admin().getConnection(); Statement statement = connection.createStatement()) {
            statement.execute("SET search_path TO " + hub.schema());
            try (ResultSet result = statement.executeQuery(query)) {
                result.next();
                return result.getLong(1);
            }
        }
    }


}
