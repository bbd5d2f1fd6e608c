package org.scriptorium.core.scheduling;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scriptorium.core.Studio;
import org.scriptorium.core.TestStudios.ManualClock;
import org.scriptorium.core.accounts.Account;
import org.scriptorium.core.accounts.AccountSecrets;
import org.scriptorium.core.accounts.AccountStatus;
import org.scriptorium.core.accounts.AccountStore;
import org.scriptorium.core.accounts.Network;
import org.scriptorium.core.publishing.PublishException;
import org.scriptorium.core.secrets.EncryptedFileSecretStore;
import org.scriptorium.core.settings.SettingsRepository;
import org.scriptorium.core.store.Database;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** Failed and missed posts are said once per failure, with the account, the time and the reason. */
class PostAlertsTest {
    private static final PublishEngine.Policy THREE_TRIES = new PublishEngine.Policy(Duration.ofHours(2), 3, Duration.ofMinutes(1), Duration.ofHours(1));

    @TempDir
    Path dataDir;
    private Database database;
    private final ManualClock clock = new ManualClock(Instant.parse("2026-11-23T08:00:00Z"));
    private final ScriptedPlatform platform = new ScriptedPlatform();
    private SocialPosts posts;
    private AccountStore accounts;
    private SettingsRepository settings;
    private Account account;
    private PublishEngine engine;

    @BeforeEach
    void open() {
        database = Database.openH2(dataDir, Studio.ENTITIES);
        UUID device = UUID.randomUUID();
        settings = new SettingsRepository(database.sessions(), clock);
        accounts = new AccountStore(database.sessions(), clock, device, new AccountSecrets(() -> new EncryptedFileSecretStore(dataDir.resolve("secrets"))));
        posts = new SocialPosts(database.sessions(), clock, device);
        account = accounts.save(new Account(null, Network.MASTODON, "Ana", "@ana", "1", URI.create("https://social.example"), null, List.of(), null,
                AccountStatus.CONNECTED, null, null));
        engine = new PublishEngine(posts, clock, accounts, a -> platform, THREE_TRIES, PublishEngine.CrashPoints.NONE);
    }

    @AfterEach
    void close() {
        database.close();
    }

    private PostAlerts alerts() {
        return new PostAlerts(posts, accounts, settings, clock);
    }

    private UUID dueNow(String text) {
        return posts.create(account.id(), null, text, List.of(), null, clock.instant(), ZoneId.of("Europe/Berlin")).id();
    }

    @Test
    void aPostFailingRoundAfterRoundIsSaidOnceAndAnotherPostsFailureIsSaidToo() {
        PostAlerts alerts = alerts();
        UUID grid = dueNow("Grid upgrade: why it is late, in short.");
        platform.refuse("Grid", PublishException.retryable("503 Service Unavailable", null, null));

        List<PostAlerts.Alert> said = new ArrayList<>();
        int roundsItFailedIn = 0;
        for (int minute = 0; minute < 15; minute++) {
            PublishEngine.TickReport round = engine.tick();
            roundsItFailedIn += round.retrying() + round.failed();
            if (round.retrying() > 0) {
                assertThat(alerts.untold()).isEmpty(); // it is retried: nothing for the user to do yet
            }
            said.addAll(alerts.untold());
            clock.advance(Duration.ofMinutes(1));
        }

        assertThat(roundsItFailedIn).isGreaterThanOrEqualTo(3);
        assertThat(said).singleElement().satisfies(alert -> {
            assertThat(alert.postId()).isEqualTo(grid);
            assertThat(alert.title()).isEqualTo("A post could not go out");
            assertThat(alert.text()).isEqualTo("Mastodon · Ana, Mon 23 Nov, 09:00: “Grid upgrade: why it is late, in short.” — "
                    + "Gave up after 3 attempts: 503 Service Unavailable");
        });

        UUID tides = dueNow("Tide clocks and why they drift");
        platform.refuse("Tide", PublishException.rejected("The instance refused the post: too many links.", null));
        engine.tick();
        assertThat(alerts.untold()).singleElement().satisfies(alert -> {
            assertThat(alert.postId()).isEqualTo(tides);
            assertThat(alert.text()).endsWith("The instance refused the post: too many links.");
        });
    }

    @Test
    void aPostSentAgainThatFailsAgainIsSaidAgain() {
        PostAlerts alerts = alerts();
        UUID grid = dueNow("Grid upgrade");
        platform.refuse("Grid", PublishException.rejected("Refused.", null));
        engine.tick();
        assertThat(alerts.untold()).hasSize(1);

        posts.retry(grid);
        engine.tick(); // fails again before anyone looked

        assertThat(alerts.untold()).singleElement().extracting(PostAlerts.Alert::postId).isEqualTo(grid);
    }

    @Test
    void whatWasSaidIsNotSaidAgainAfterARestartButWhatFailedMeanwhileIs() {
        dueNow("Grid upgrade");
        platform.refuse("Grid", PublishException.rejected("Refused.", null));
        engine.tick();
        assertThat(alerts().untold()).hasSize(1);

        UUID later = dueNow("Grid upgrade, part two"); // fails while the window is closed (publish-due from cron)
        engine.tick();

        assertThat(alerts().untold()).singleElement().extracting(PostAlerts.Alert::postId).isEqualTo(later);
    }

    @Test
    void aMissedPostIsSaidWithItsReasonAndARevokedTokenAsksToConnectAgain() {
        UUID missed = posts.create(account.id(), null, "Planned for this morning", List.of(), null,
                clock.instant().minus(Duration.ofHours(5)), ZoneId.of("Europe/Berlin")).id();
        Account revoked = accounts.save(new Account(null, Network.MASTODON, "Studio", "@studio", "2", URI.create("https://social.example"), null,
                List.of(), null, AccountStatus.CONNECTED, null, null));
        UUID signedOut = posts.create(revoked.id(), null, "Signed out", List.of(), null, clock.instant(), ZoneId.of("UTC")).id();
        platform.refuse("Signed out", PublishException.authExpired("The access token was revoked."));

        engine.tick();
        List<PostAlerts.Alert> said = alerts().untold();

        assertThat(said).extracting(PostAlerts.Alert::postId).containsExactlyInAnyOrder(missed, signedOut);
        PostAlerts.Alert miss = said.stream().filter(a -> a.postId().equals(missed)).findFirst().orElseThrow();
        assertThat(miss.title()).isEqualTo("A post was missed");
        assertThat(miss.text()).contains("Planned for this morning").contains("while Scriptorium was not running");
        PostAlerts.Alert reconnect = said.stream().filter(a -> a.postId().equals(signedOut)).findFirst().orElseThrow();
        assertThat(reconnect.title()).isEqualTo("Mastodon · Studio needs to be connected again");
        assertThat(reconnect.text()).endsWith("The access token was revoked. Connect it again in Accounts, then retry.");
    }

    @Test
    void failuresOfPostsPlannedLongAgoAreOldNews() {
        dueNow("Grid upgrade");
        platform.refuse("Grid", PublishException.rejected("Refused.", null));
        engine.tick();
        clock.advance(PostAlerts.RECENT.plusDays(1));

        assertThat(alerts().untold()).isEmpty();
    }

    @Test
    void desktopNotificationsAreOnUntilTurnedOff() {
        PostAlerts alerts = alerts();
        assertThat(alerts.desktopNotifications()).isTrue();
        alerts.setDesktopNotifications(false);
        assertThat(alerts().desktopNotifications()).isFalse();
    }
}
