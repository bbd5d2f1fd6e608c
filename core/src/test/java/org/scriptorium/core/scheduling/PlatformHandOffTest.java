package org.scriptorium.core.scheduling;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scriptorium.core.InvalidInput;
import org.scriptorium.core.Studio;
import org.scriptorium.core.TestStudios.ManualClock;
import org.scriptorium.core.accounts.Account;
import org.scriptorium.core.accounts.AccountSecrets;
import org.scriptorium.core.accounts.AccountStatus;
import org.scriptorium.core.accounts.AccountStore;
import org.scriptorium.core.accounts.Network;
import org.scriptorium.core.publishing.PublishException;
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
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Posts handed to a platform that holds them until their time: handed off once, moved and cancelled there first, checked after. */
class PlatformHandOffTest {
    private static final Instant NINE = Instant.parse("2026-11-24T08:00:00Z"); // 09:00 in Berlin
    @TempDir
    Path dataDir;
    private Database database;
    private final ManualClock clock = new ManualClock(Instant.parse("2026-11-23T08:00:00Z"));
    private final HoldingPlatform platform = new HoldingPlatform(clock);
    private final FaultyPlatform plain = new FaultyPlatform(new Random(1), 0);
    private SocialPosts posts;
    private AccountStore accounts;
    private Account page;
    private Account elsewhere;
    private PublishEngine engine;

    @BeforeEach
    void open() {
        database = Database.openH2(dataDir, Studio.ENTITIES);
        UUID device = UUID.randomUUID();
        accounts = new AccountStore(database.sessions(), clock, device, new AccountSecrets(() -> new EncryptedFileSecretStore(dataDir.resolve("secrets"))));
        posts = new SocialPosts(database.sessions(), clock, device);
        page = account(Network.FACEBOOK, "Ada's Bakery");
        elsewhere = account(Network.MASTODON, "Ana");
        engine = new PublishEngine(posts, clock, accounts, a -> a.network() == Network.FACEBOOK ? platform : plain, PublishEngine.Policy.DEFAULT,
                PublishEngine.CrashPoints.NONE);
    }

    @AfterEach
    void close() {
        database.close();
    }

    private Account account(Network network, String name) {
        return accounts.save(new Account(null, network, name, null, name, URI.create("https://social.example"), null, List.of(), null,
                AccountStatus.CONNECTED, null, null));
    }

    private UUID planned(String text) {
        return posts.create(page.id(), null, text, List.of(), null, NINE, ZoneId.of("Europe/Berlin")).id();
    }

    /** Time passes for both sides, and a publishing round runs. */
    private PublishEngine.TickReport at(Instant now) {
        clock.advance(Duration.between(clock.instant(), now));
        platform.reach(now);
        return engine.tick();
    }

    @Test
    void aHandedOffPostIsHeldByThePlatformNeverSentFromHereAndMarkedPublishedWithItsAddressAfterItsTime() {
        UUID id = planned("Fresh rye on Tuesday");

        ScheduledPost held = engine.handOff(id);

        assertThat(held.status()).isEqualTo(PostStatus.ON_PLATFORM);
        assertThat(held.platformPostId()).isEqualTo("held-100");
        assertThat(platform.posts.get("held-100").at).isEqualTo(NINE);
        assertThat(at(NINE.minusSeconds(60)).published()).isZero();
        assertThat(platform.calls).doesNotContain("check", "publish");

        PublishEngine.TickReport round = at(NINE.plusSeconds(30)); // the platform published it at 09:00; the round after sees it
        assertThat(round.published()).isEqualTo(1);
        ScheduledPost out = posts.get(id);
        assertThat(out.status()).isEqualTo(PostStatus.PUBLISHED);
        assertThat(out.url()).isEqualTo("https://social.example/posts/held-100");
        assertThat(posts.attempts(id)).extracting(PublishAttempt::outcome).containsExactly(AttemptOutcome.HANDED_OFF, AttemptOutcome.PUBLISHED);
        assertThat(platform.publishedByApp).isEmpty();
        assertThat(platform.copiesOf("Fresh rye on Tuesday")).isEqualTo(1);
        at(NINE.plus(Duration.ofHours(3)));
        assertThat(platform.copiesOf("Fresh rye on Tuesday")).isEqualTo(1);
    }

    @Test
    void aHandOffThatTimedOutAfterThePlatformTookItIsFoundThereAndNeverMadeTwice() {
        UUID id = planned("Closed on Monday");
        platform.nextHandOff = HoldingPlatform.Fault.TIMEOUT_AFTER_TAKING;

        assertThatThrownBy(() -> engine.handOff(id)).isInstanceOfSatisfying(HandOffFailed.class, e -> assertThat(e.inDoubt()).isTrue())
                .hasMessageContaining("not known yet");
        assertThat(posts.get(id).status()).isEqualTo(PostStatus.PUBLISHING);
        assertThatThrownBy(() -> engine.handOff(id)).as("not handed off again while in doubt").isInstanceOf(InvalidInput.class);

        platform.nextLookup = HoldingPlatform.Fault.UNREACHABLE;
        at(clock.instant().plusSeconds(30));
        assertThat(posts.get(id).status()).as("still in doubt while the platform cannot be asked").isEqualTo(PostStatus.PUBLISHING);
        at(clock.instant().plus(Duration.ofMinutes(6)));

        assertThat(posts.get(id).status()).isEqualTo(PostStatus.ON_PLATFORM);
        assertThat(posts.get(id).platformPostId()).isEqualTo("held-100");
        assertThat(posts.attempts(id)).extracting(PublishAttempt::outcome).containsExactly(AttemptOutcome.UNKNOWN, AttemptOutcome.FOUND);
        at(NINE.plusSeconds(30));
        assertThat(posts.get(id).status()).isEqualTo(PostStatus.PUBLISHED);
        assertThat(platform.copiesOf("Closed on Monday")).isEqualTo(1);
        assertThat(platform.calls).filteredOn("handOff"::equals).hasSize(1);
    }

    @Test
    void aProcessThatDiedAfterThePlatformTookTheHandOffFindsItThereOnTheNextStart() {
        UUID id = planned("Rye is back");
        platform.nextHandOff = HoldingPlatform.Fault.CRASH_AFTER_TAKING;
        assertThatThrownBy(() -> engine.handOff(id)).isInstanceOf(FaultyPlatform.Crash.class);
        assertThat(posts.attempts(id)).singleElement().satisfies(a -> assertThat(a.outcome()).as("the intent, still open").isNull());

        PublishEngine restarted = new PublishEngine(posts, clock, accounts, a -> platform, PublishEngine.Policy.DEFAULT, PublishEngine.CrashPoints.NONE);
        clock.advance(Duration.ofMinutes(1));
        restarted.tick();

        assertThat(posts.get(id).status()).isEqualTo(PostStatus.ON_PLATFORM);
        assertThat(posts.attempts(id)).extracting(PublishAttempt::outcome).containsExactly(AttemptOutcome.FOUND);
        at(NINE.plusSeconds(30));
        assertThat(platform.copiesOf("Rye is back")).isEqualTo(1);
        assertThat(platform.publishedByApp).isEmpty();
    }

    @Test
    void aHandOffLostOnTheWayIsPlannedHereAgainAndGoesOutOnceFromHere() {
        UUID id = planned("Hot cross buns");
        platform.nextHandOff = HoldingPlatform.Fault.LOST_ON_THE_WAY;
        assertThatThrownBy(() -> engine.handOff(id)).isInstanceOf(HandOffFailed.class);

        at(clock.instant().plusSeconds(30));
        assertThat(posts.get(id).status()).isEqualTo(PostStatus.SCHEDULED);
        assertThat(posts.attempts(id)).extracting(PublishAttempt::outcome).containsExactly(AttemptOutcome.UNKNOWN, AttemptOutcome.ABSENT);

        at(NINE.plusSeconds(30));
        assertThat(posts.get(id).status()).isEqualTo(PostStatus.PUBLISHED);
        assertThat(platform.publishedByApp).containsExactly("Hot cross buns");
        assertThat(platform.copiesOf("Hot cross buns")).isEqualTo(1);
    }

    @Test
    void aRefusedHandOffLeavesThePostPlannedHereWithThePlatformsReason() {
        UUID id = planned("Sourdough class");
        platform.nextHandOff = HoldingPlatform.Fault.REFUSE;

        assertThatThrownBy(() -> engine.handOff(id)).isInstanceOfSatisfying(HandOffFailed.class, e -> assertThat(e.inDoubt()).isFalse())
                .hasMessage("It refused the post: the Page is unpublished. The post stays planned here and goes out from Scriptorium at its time.");
        ScheduledPost post = posts.get(id);
        assertThat(post.status()).isEqualTo(PostStatus.SCHEDULED);
        assertThat(post.scheduledAt()).isEqualTo(NINE);
        assertThat(posts.attempts(id)).extracting(PublishAttempt::outcome).containsExactly(AttemptOutcome.NOT_HANDED_OFF);
        at(NINE.plusSeconds(30));
        assertThat(platform.publishedByApp).containsExactly("Sourdough class");
    }

    @Test
    void movingAHeldPostMovesItOnThePlatformFirstAndARefusalChangesNothing() {
        UUID id = planned("Bread tasting");
        engine.handOff(id);
        Instant ten = NINE.plus(Duration.ofHours(1));

        ScheduledPost moved = engine.moveHeld(id, ten, ZoneId.of("Europe/Berlin"));
        assertThat(moved.scheduledAt()).isEqualTo(ten);
        assertThat(moved.status()).isEqualTo(PostStatus.ON_PLATFORM);
        assertThat(platform.posts.get("held-100").at).isEqualTo(ten);

        platform.refuseNextChange = "It cannot move a post that is about to go out.";
        assertThatThrownBy(() -> engine.moveHeld(id, ten.plus(Duration.ofHours(1)), null)).hasMessage("It cannot move a post that is about to go out.");
        assertThat(posts.get(id).scheduledAt()).isEqualTo(ten);
        assertThat(platform.posts.get("held-100").at).isEqualTo(ten);

        int callsBefore = platform.calls.size();
        assertThatThrownBy(() -> engine.moveHeld(id, clock.instant().plusSeconds(60), null)).isInstanceOf(InvalidInput.class)
                .hasMessageContaining("at least 10 minutes ahead");
        assertThat(platform.calls).as("refused before any call").hasSize(callsBefore);
        assertThatThrownBy(() -> posts.reschedule(id, ten.plus(Duration.ofDays(1)), null)).as("the row alone never moves a held post")
                .isInstanceOf(InvalidInput.class).hasMessageContaining("held by its network");
        assertThatThrownBy(() -> posts.edit(id, "New words", List.of(), null)).isInstanceOf(InvalidInput.class);
    }

    @Test
    void cancellingAHeldPostDeletesItThereFirstAndARefusalLeavesTheRowAsItWas() {
        UUID id = planned("Open late on Friday");
        engine.handOff(id);

        platform.refuseNextChange = "It had trouble deleting the post.";
        assertThatThrownBy(() -> engine.cancelHeld(id)).isInstanceOf(PublishException.class);
        assertThat(posts.get(id).status()).isEqualTo(PostStatus.ON_PLATFORM);
        assertThat(posts.get(id).platformPostId()).isEqualTo("held-100");
        assertThat(platform.posts).containsKey("held-100");

        ScheduledPost cancelled = engine.cancelHeld(id);
        assertThat(cancelled.status()).isEqualTo(PostStatus.CANCELLED);
        assertThat(platform.posts).isEmpty();
        at(NINE.plusSeconds(30));
        assertThat(platform.copiesOf("Open late on Friday")).isZero();

        posts.retry(id); // sent from here after all
        engine.tick();
        assertThat(platform.publishedByApp).containsExactly("Open late on Friday");
    }

    @Test
    void aPostThatWentOutCannotBeCancelledAndIsMarkedPublishedAtTheNextCheck() {
        UUID id = planned("Doors open at 9");
        engine.handOff(id);
        clock.advance(Duration.between(clock.instant(), NINE.plusSeconds(5)));
        platform.reach(NINE.plusSeconds(5));

        assertThatThrownBy(() -> engine.cancelHeld(id)).isInstanceOf(InvalidInput.class).hasMessage("That post has already gone out.");
        assertThat(posts.get(id).status()).isEqualTo(PostStatus.ON_PLATFORM);
        engine.tick();
        assertThat(posts.get(id).status()).isEqualTo(PostStatus.PUBLISHED);
    }

    @Test
    void afterItsTimeAPostStillWaitingIsLookedAtAgainAtThePlatformsTimeAndOneDroppedThereFailsWithTheReason() {
        UUID late = planned("Late one");
        UUID dropped = planned("Deleted on the Page");
        engine.handOff(late);
        engine.handOff(dropped);
        Instant platformTime = NINE.plus(Duration.ofMinutes(20));
        platform.posts.get("held-100").at = platformTime; // moved on the platform itself, or the answer to our move was lost
        platform.posts.remove("held-101");

        PublishEngine.TickReport round = at(NINE.plusSeconds(30));

        assertThat(round.failed()).isEqualTo(1);
        assertThat(posts.get(late).status()).isEqualTo(PostStatus.ON_PLATFORM);
        assertThat(posts.get(late).scheduledAt()).as("the platform's time is the post's").isEqualTo(platformTime);
        assertThat(posts.get(dropped).status()).isEqualTo(PostStatus.FAILED);
        assertThat(posts.get(dropped).failure()).isEqualTo("It no longer has the post: it was deleted there.");
        assertThat(at(platformTime.plusSeconds(30)).published()).isEqualTo(1);
        assertThat(posts.get(late).status()).isEqualTo(PostStatus.PUBLISHED);
        assertThat(platform.publishedByApp).isEmpty();
    }

    @Test
    void aHeldPostWhoseAccountWasDisconnectedFailsWithTheReasonAndIsNeverStuckWaitingHere() {
        UUID id = planned("Orphaned");
        engine.handOff(id);
        accounts.remove(page.id());

        at(NINE.plusSeconds(30));
        assertThat(posts.get(id).status()).isEqualTo(PostStatus.FAILED);
        assertThat(posts.get(id).failure()).contains("account was disconnected").contains("look on the network itself");

        posts.retry(id);
        engine.tick();
        assertThat(posts.get(id).status()).as("tried from here, and failed for want of an account").isEqualTo(PostStatus.FAILED);
        assertThat(platform.publishedByApp).isEmpty();
    }

    @Test
    void aNetworkThatCannotHoldPostsOrAPostTooSoonIsRefusedBeforeAnythingChanges() {
        UUID other = posts.create(elsewhere.id(), null, "On Mastodon", List.of(), null, NINE, ZoneId.of("Europe/Berlin")).id();
        assertThatThrownBy(() -> engine.handOff(other)).isInstanceOf(InvalidInput.class).hasMessageContaining("cannot hold a post until its time");
        assertThat(engine.holdsPosts(elsewhere)).isFalse();
        assertThat(engine.holdsPosts(page)).isTrue();

        UUID soon = posts.create(page.id(), null, "In five minutes", List.of(), null, clock.instant().plus(Duration.ofMinutes(5)), ZoneId.of("UTC")).id();
        assertThatThrownBy(() -> engine.handOff(soon)).isInstanceOf(InvalidInput.class).hasMessageContaining("at least 10 minutes ahead");
        UUID draft = posts.create(page.id(), null, "Some day", List.of(), null, null, null).id();
        assertThatThrownBy(() -> engine.handOff(draft)).isInstanceOf(InvalidInput.class).hasMessageContaining("Give the post a time");

        assertThat(List.of(other, soon, draft)).allSatisfy(id -> assertThat(posts.attempts(id)).isEmpty());
        assertThat(posts.get(soon).status()).isEqualTo(PostStatus.SCHEDULED);
        assertThat(platform.calls).isEmpty();
    }
}
