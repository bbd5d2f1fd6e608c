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
import org.scriptorium.core.secrets.EncryptedFileSecretStore;
import org.scriptorium.core.store.Database;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Random;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** The app closed across several due times, and a clock that jumps back and forth. */
class CatchUpTest {
    @TempDir
    Path dataDir;
    private Database database;
    private final ManualClock clock = new ManualClock(Instant.parse("2026-11-23T08:00:00Z"));
    private SocialPosts posts;
    private AccountStore accounts;
    private Account account;
    private final FaultyPlatform platform = new FaultyPlatform(new Random(1), 0);

    @BeforeEach
    void open() {
        database = Database.openH2(dataDir, Studio.ENTITIES);
        UUID device = UUID.randomUUID();
        accounts = new AccountStore(database.sessions(), clock, device, new AccountSecrets(() -> new EncryptedFileSecretStore(dataDir.resolve("secrets"))));
        posts = new SocialPosts(database.sessions(), clock, device);
        account = accounts.save(new Account(null, Network.MASTODON, "Ana", "@ana", "1", URI.create("https://social.example"), null, List.of(), null,
                AccountStatus.CONNECTED, null, null));
    }

    @AfterEach
    void close() {
        database.close();
    }

    private UUID at(String instant) {
        return posts.create(account.id(), null, "Post at " + instant, List.of(), null, Instant.parse(instant), ZoneId.of("Europe/Berlin")).id();
    }

    private PublishEngine engine() {
        return new PublishEngine(posts, clock, accounts, a -> platform, PublishEngine.Policy.DEFAULT, PublishEngine.CrashPoints.NONE);
    }

    @Test
    void afterTheAppWasClosedRecentPostsGoOutAndOldOnesAreMarkedMissedWithTheirReason() {
        UUID longAgo = at("2026-11-23T09:00:00Z");
        UUID lateButRecent = at("2026-11-23T12:30:00Z");
        UUID future = at("2026-11-23T15:00:00Z");
        clock.advance(Duration.ofHours(6)); // the app opens again at 14:00

        PublishEngine.TickReport report = engine().tick();

        assertThat(report.published()).isEqualTo(1);
        assertThat(report.missed()).isEqualTo(1);
        assertThat(posts.get(longAgo).status()).isEqualTo(PostStatus.MISSED);
        assertThat(posts.get(longAgo).failure()).isEqualTo("Came due Mon 23 Nov, 10:00 (Europe/Berlin) while Scriptorium was not running; "
                + "more than 2 hours late, so it was not sent. Send it now or move it.");
        assertThat(posts.attempts(longAgo)).extracting(PublishAttempt::outcome).containsExactly(AttemptOutcome.MISSED);
        assertThat(posts.get(lateButRecent).status()).isEqualTo(PostStatus.PUBLISHED);
        assertThat(posts.get(future).status()).isEqualTo(PostStatus.SCHEDULED);

        posts.retry(longAgo); // the user sends the missed one now
        engine().tick();
        assertThat(posts.get(longAgo).status()).isEqualTo(PostStatus.PUBLISHED);
        assertThat(platform.copiesOf(longAgo)).isEqualTo(1);
    }

    @Test
    void aClockThatJumpsBackNeverSendsAPostAgainAndOneThatJumpsAheadIsCaughtUpByThePolicy() {
        UUID first = at("2026-11-23T08:30:00Z");
        UUID second = at("2026-11-23T09:30:00Z");
        clock.advance(Duration.ofMinutes(31));
        engine().tick();
        assertThat(posts.get(first).status()).isEqualTo(PostStatus.PUBLISHED);

        clock.advance(Duration.ofHours(-3)); // the system clock is set back
        engine().tick();
        clock.advance(Duration.ofHours(4)); // 09:31, just after the second post is due
        engine().tick();
        assertThat(platform.copiesOf(first)).isEqualTo(1);
        assertThat(posts.get(second).status()).isEqualTo(PostStatus.PUBLISHED);

        UUID third = at("2026-11-23T10:00:00Z");
        clock.advance(Duration.ofDays(1)); // a jump far ahead: far past the catch-up window
        engine().tick();
        assertThat(posts.get(third).status()).isEqualTo(PostStatus.MISSED);
        assertThat(platform.copiesOf(third)).isZero();
    }
}
