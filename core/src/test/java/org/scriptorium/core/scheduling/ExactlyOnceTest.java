package org.scriptorium.core.scheduling;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scriptorium.core.Studio;
import org.scriptorium.core.TestStudios.ManualClock;
import org.scriptorium.core.accounts.Account;
import org.scriptorium.core.accounts.AccountSecrets;
import org.scriptorium.core.accounts.AccountStatus;
import org.scriptorium.core.accounts.AccountStore;
import org.scriptorium.core.accounts.Network;
import org.scriptorium.core.secrets.SecretStore;
import org.scriptorium.core.store.Database;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A thousand seeded runs of the publishing engine against a platform that fails in every way, with the process
 * "dying" at every point that matters (before the call, during it, after the platform took the post but before the
 * app stored it, while reconciling) and the app closed for hours at a time. After each run: every post was published
 * exactly once or ended failed or missed with a reason; none twice; none lost.
 */
class ExactlyOnceTest {
    private static final int RUNS = 1_000;
    private static final int POSTS_PER_RUN = 4;
    @TempDir
    static Path dataDir;
    private static Database database;

    @BeforeAll
    static void open() {
        database = Database.openH2(dataDir, Studio.ENTITIES);
    }

    @AfterAll
    static void close() {
        database.close();
    }

    @Test
    void everyPostIsPublishedExactlyOnceOrEndsWithAReasonWhateverFailsAndWhenever() {
        ManualClock clock = new ManualClock(Instant.parse("2026-03-28T08:00:00Z"));
        UUID device = UUID.randomUUID();
        AccountStore accounts = new AccountStore(database.sessions(), clock, device, new AccountSecrets(new InMemorySecrets()::self));
        SocialPosts posts = new SocialPosts(database.sessions(), clock, device);
        int published = 0;
        int endedWithReason = 0;
        int crashes = 0;
        for (int run = 0; run < RUNS; run++) {
            Random random = new Random(run);
            FaultyPlatform platform = new FaultyPlatform(random, 0.3);
            Account account = accounts.save(new Account(null, Network.MASTODON, "Run " + run, "@run" + run, "acct-" + run,
                    URI.create("https://social.example"), null, List.of(), null, AccountStatus.CONNECTED, null, null));
            List<UUID> ids = new ArrayList<>();
            for (int i = 0; i < POSTS_PER_RUN; i++) {
                Instant at = clock.instant().plus(Duration.ofMinutes(random.nextInt(30)));
                ids.add(posts.create(account.id(), null, "Run " + run + " post " + i, List.of(), null, at, ZoneId.of("Europe/Berlin")).id());
            }
            PublishEngine engine = engine(posts, clock, accounts, platform, random);
            for (int tick = 0; tick < 400 && !allFinished(posts, ids); tick++) {
                // Now and then the app is closed for a while: what came due meanwhile is caught up or missed.
                clock.advance(random.nextInt(40) == 0 ? Duration.ofMinutes(30 + random.nextInt(240)) : Duration.ofMinutes(5));
                try {
                    engine.tick();
                } catch (FaultyPlatform.Crash died) {
                    crashes++;
                    engine = engine(posts, clock, accounts, platform, random); // a new process over the same store
                }
            }
            for (UUID id : ids) {
                ScheduledPost post = posts.get(id);
                assertThat(platform.copiesOf(id)).as("run %d, post %s: copies on the platform", run, id).isLessThanOrEqualTo(1);
                assertThat(post.status().finished()).as("run %d: post %s ended (%s)", run, id, post.status()).isTrue();
                if (post.status() == PostStatus.PUBLISHED) {
                    assertThat(platform.copiesOf(id)).as("run %d: published once", run).isEqualTo(1);
                    assertThat(post.url()).endsWith(id.toString());
                    published++;
                } else {
                    assertThat(post.failure()).as("run %d: a reason for %s", run, post.status()).isNotBlank();
                    assertThat(platform.copiesOf(id)).as("run %d: a %s post is not on the platform", run, post.status()).isZero();
                    endedWithReason++;
                }
            }
        }
        assertThat(published + endedWithReason).isEqualTo(RUNS * POSTS_PER_RUN);
        assertThat(published).isGreaterThan(RUNS * POSTS_PER_RUN / 2);
        assertThat(crashes).as("the fault plan really crashed the engine").isGreaterThan(RUNS / 2);
    }

    private static boolean allFinished(SocialPosts posts, List<UUID> ids) {
        return ids.stream().allMatch(id -> posts.get(id).status().finished());
    }

    /** The process can also die in the engine itself: after the intent is stored, before the result is, while reconciling. */
    private static PublishEngine engine(SocialPosts posts, ManualClock clock, AccountStore accounts, FaultyPlatform platform, Random random) {
        return new PublishEngine(posts, clock, accounts, a -> platform, PublishEngine.Policy.DEFAULT, where -> {
            if (random.nextDouble() < 0.05) {
                throw new FaultyPlatform.Crash(where);
            }
        });
    }

    /** Secrets kept in memory: the engine never reads one here. */
    private static final class InMemorySecrets implements SecretStore {
        private final Map<String, String> values = new ConcurrentHashMap<>();

        @Override
        public Optional<String> get(String name) {
            return Optional.ofNullable(values.get(name));
        }

        @Override
        public void put(String name, String secret) {
            values.put(name, secret);
        }

        @Override
        public void delete(String name) {
            values.remove(name);
        }

        @Override
        public String describe() {
            return "memory";
        }

        SecretStore self() {
            return this;
        }
    }
}
