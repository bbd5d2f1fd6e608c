package org.scriptorium.core.scheduling;

import org.scriptorium.core.accounts.Account;
import org.scriptorium.core.accounts.AccountStore;
import org.scriptorium.core.publishing.OutgoingPost;
import org.scriptorium.core.publishing.PlatformSchedule;
import org.scriptorium.core.publishing.PublishException;
import org.scriptorium.core.publishing.PublishJob;
import org.scriptorium.core.publishing.Published;
import org.scriptorium.core.publishing.Publisher;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;

/**
 * Publishes what is due, exactly once. Before the platform is called, the intent (status PUBLISHING and an open
 * attempt) is committed on its own; after the call, the result. A post found PUBLISHING (an unknown outcome, or a
 * process that died between the two) is reconciled with the platform before anything else, and sent again only
 * when the platform certainly does not have it. Transient errors wait and retry; permanent ones fail with the
 * platform's reason; a post that came due long before the app was running is marked missed, per the policy.
 */
public final class PublishEngine {
    private static final Logger LOG = LoggerFactory.getLogger(PublishEngine.class);

    /** Test hooks where a process could die; nothing happens at them in the app. */
    @FunctionalInterface
    public interface CrashPoints {
        CrashPoints NONE = where -> { };

        void reach(String where);
    }

    /**
     * @param publishIfLateBy a post that came due while the app was closed goes out if it is at most this late,
     *                        and is marked missed (for the user to decide) if later
     * @param maxAttempts     transient failures tried this many times before the post fails
     * @param firstRetry      the wait after the first transient failure; it doubles up to {@code longestWait}
     */
    public record Policy(Duration publishIfLateBy, int maxAttempts, Duration firstRetry, Duration longestWait) {
        public static final Policy DEFAULT = new Policy(Duration.ofHours(2), 8, Duration.ofMinutes(1), Duration.ofHours(1));

        public Policy withPublishIfLateBy(Duration late) {
            return new Policy(late, maxAttempts, firstRetry, longestWait);
        }
    }

    /** What one tick did, for the CLI's publish-due and the window's badge. */
    public record TickReport(int published, int retrying, int failed, int missed, int reconciled) {
        public TickReport plus(TickReport o) {
            return new TickReport(published + o.published, retrying + o.retrying, failed + o.failed, missed + o.missed, reconciled + o.reconciled);
        }

        /** "1 published, 0 to retry, 0 failed, 0 missed, 0 reconciled". */
        public String describe() {
            return published + " published, " + retrying + " to retry, " + failed + " failed, " + missed + " missed, " + reconciled + " reconciled";
        }
    }

    private final SocialPosts posts;
    private final Clock clock;
    private final AccountStore accounts;
    private final Function<Account, Publisher> publishers;
    private final java.util.function.Supplier<Policy> policies;
    private volatile CrashPoints crash;
    private final PlatformHandOff handOffs;
    private volatile PublishClaims claims = PublishClaims.ALONE;

    public PublishEngine(SocialPosts posts, Clock clock, AccountStore accounts, Function<Account, Publisher> publishers, Policy policy,
                         CrashPoints crash) {
        this(posts, clock, accounts, publishers, () -> policy, crash);
    }

    /** With a policy read again for every post, so a change of the user's catch-up window applies at once. */
    public PublishEngine(SocialPosts posts, Clock clock, AccountStore accounts, Function<Account, Publisher> publishers,
                         java.util.function.Supplier<Policy> policies, CrashPoints crash) {
        this.posts = posts;
        this.clock = clock;
        this.accounts = accounts;
        this.publishers = publishers;
        this.policies = policies;
        this.crash = crash;
        this.handOffs = new PlatformHandOff(posts, clock, accounts, publishers);
    }

    /** Test seam: where a "process" dies mid-publish (an Error thrown there ends the round as a killed process would). */
    public void simulateCrashes(CrashPoints points) {
        this.crash = points;
    }

    /** With sync, the hub's claims decide which device or worker sends each post (decision 19). */
    public void useClaims(PublishClaims claims) {
        this.claims = claims;
    }

    /**
     * Reconciles what is in doubt, publishes what is due, then asks the platforms about the posts they hold whose time
     * has come. One at a time: the platform calls are few and slow.
     */
    public TickReport tick() {
        return tick(() -> false);
    }

    /** A round that ends early, between two posts, once {@code stop} says so (a worker asked to stop). */
    public synchronized TickReport tick(java.util.function.BooleanSupplier stop) {
        Instant now = clock.instant();
        TickReport report = new TickReport(0, 0, 0, 0, 0);
        for (UUID id : posts.idsInDoubt(now)) {
            if (stop.getAsBoolean()) {
                return report;
            }
            report = report.plus(posts.held().handingOff(id) ? handOffs.reconcile(id) : reconcile(id));
        }
        for (UUID id : posts.idsDue(now)) {
            if (stop.getAsBoolean()) {
                return report;
            }
            report = report.plus(publish(id));
        }
        for (UUID id : posts.held().idsHeldDue(now)) {
            if (stop.getAsBoolean()) {
                return report;
            }
            report = report.plus(handOffs.check(id));
        }
        return report;
    }

    /** Publishes one due post now, exactly as a round would (under the rounds' lock, so no round sends it too). */
    public synchronized TickReport publishNow(UUID postId) {
        return publish(postId);
    }

    /** Whether the account's network can hold a post until its time (see {@link PlatformSchedule}). */
    public boolean holdsPosts(Account account) {
        return handOffs.holdsPosts(account);
    }

    /**
     * Hands a planned post to its network, which publishes it at its time itself. Under the rounds' lock: a round
     * must not look at a hand-off whose call is still under way.
     *
     * @throws HandOffFailed when the network does not (certainly, or as far as is known yet) hold the post
     */
    public synchronized ScheduledPost handOff(UUID postId) {
        return handOffs.handOff(postId);
    }

    /** Moves a post its network holds: on the network first, here only when it agreed. */
    public synchronized ScheduledPost moveHeld(UUID postId, Instant at, java.time.ZoneId zone) {
        return handOffs.move(postId, at, zone);
    }

    /** Cancels a post its network holds: deleted there first, cancelled here only when it agreed. */
    public synchronized ScheduledPost cancelHeld(UUID postId) {
        return handOffs.cancel(postId);
    }

    private TickReport reconcile(UUID id) {
        Instant now = clock.instant();
        ScheduledPost post = posts.get(id);
        Optional<Account> account = accounts.find(post.accountId());
        if (account.isEmpty()) {
            posts.settle(id, null, AttemptOutcome.FAILED, PostStatus.FAILED, null, "The account was disconnected while the outcome was unknown.", null);
            return new TickReport(0, 0, 1, 0, 0);
        }
        Optional<Published> found;
        try {
            crash.reach("reconcile");
            found = publishers.apply(account.get()).reconcile(posts.job(id));
        } catch (PublishException e) {
            // Still in doubt: ask again later, never send meanwhile.
            posts.recheckLater(id, now.plus(wait(posts.attemptCount(id), e.retryAfter())));
            LOG.info("Could not reconcile post {} yet: {}", id, e.getMessage());
            return new TickReport(0, 0, 0, 0, 0);
        }
        if (found.isPresent()) {
            posts.settle(id, found.get(), AttemptOutcome.FOUND, PostStatus.PUBLISHED, null, null, found.get().postId());
        } else {
            posts.settle(id, null, AttemptOutcome.ABSENT, PostStatus.SCHEDULED, now, null, null);
        }
        claims.finish(id, found.isPresent());
        return new TickReport(0, 0, 0, 0, 1);
    }

    private TickReport publish(UUID id) {
        PublishClaims.Claim claim = claims.claim(id);
        switch (claim) {
            case HELD_ELSEWHERE, PUBLISHED_ELSEWHERE, UNAVAILABLE -> {
                LOG.debug("Post {} is not sent from here this round: {}", id, claim);
                return new TickReport(0, 0, 0, 0, 0);
            }
            case TAKEN_OVER -> {
                // Its last holder died holding it: it may have sent the post. Ask the network before anything else.
                Optional<TickReport> settled = takeOver(id);
                if (settled.isPresent()) {
                    return settled.get();
                }
            }
            case TAKEN -> { }
        }
        Instant now = clock.instant();
        Optional<PublishJob> intent = posts.beginAttempt(id, now, policies.get().publishIfLateBy());
        if (intent.isEmpty()) {
            claims.finish(id, false);
            return posts.get(id).status() == PostStatus.MISSED ? new TickReport(0, 0, 0, 1, 0) : new TickReport(0, 0, 0, 0, 0);
        }
        ScheduledPost post = posts.get(id);
        Optional<Account> account = accounts.find(post.accountId());
        if (account.isEmpty()) { // the intent is in, but nothing was sent: safe to settle now
            posts.settle(id, null, AttemptOutcome.FAILED, PostStatus.FAILED, null, "The account this post was for was disconnected.", null);
            claims.finish(id, false);
            return new TickReport(0, 0, 1, 0, 0);
        }
        crash.reach("after-intent");
        Published published;
        try {
            published = publishers.apply(account.get()).publish(intent.get());
        } catch (PublishException e) {
            return failed(id, account.get(), e);
        } catch (RuntimeException unexpected) {
            // We cannot know whether the request went out: treat it as unknown and reconcile.
            LOG.warn("Publishing post {} failed unexpectedly; it will be reconciled", id, unexpected);
            posts.settle(id, null, AttemptOutcome.UNKNOWN, PostStatus.PUBLISHING, clock.instant(), unexpected.toString(), null);
            return new TickReport(0, 0, 0, 0, 0);
        }
        crash.reach("before-result");
        posts.settle(id, published, AttemptOutcome.PUBLISHED, PostStatus.PUBLISHED, null, null, published.postId());
        claims.finish(id, true);
        return new TickReport(1, 0, 0, 0, 0);
    }

    /**
     * A post whose claim this device took from a holder that died: settled as published when the network has it,
     * empty when it certainly does not (it is sent as usual). Still in doubt: the claim is kept and nothing is sent.
     */
    private Optional<TickReport> takeOver(UUID id) {
        ScheduledPost post = posts.get(id);
        if (post.status() != PostStatus.SCHEDULED) {
            return Optional.empty();
        }
        Optional<Account> account = accounts.find(post.accountId());
        if (account.isEmpty()) {
            return Optional.empty();
        }
        try {
            Optional<Published> found = publishers.apply(account.get()).reconcile(posts.job(id));
            if (found.isEmpty()) {
                return Optional.empty();
            }
            posts.settle(id, found.get(), AttemptOutcome.FOUND, PostStatus.PUBLISHED, null, null, found.get().postId());
            claims.finish(id, true);
            return Optional.of(new TickReport(0, 0, 0, 0, 1));
        } catch (PublishException e) {
            LOG.info("Post {} was left by a device that stopped; the network could not say yet whether it has it: {}", id, e.getMessage());
            return Optional.of(new TickReport(0, 0, 0, 0, 0));
        }
    }

    private TickReport failed(UUID id, Account account, PublishException e) {
        TickReport report = settleFailure(id, account, e);
        if (e.kind() != PublishException.Kind.OUTCOME_UNKNOWN) {
            claims.finish(id, false);
        }
        return report;
    }

    private TickReport settleFailure(UUID id, Account account, PublishException e) {
        Instant now = clock.instant();
        return switch (e.kind()) {
            case OUTCOME_UNKNOWN -> {
                // Looked for at the next round, or once the network's Retry-After has passed; never sent meanwhile.
                Instant lookAt = e.retryAfter() == null ? now : now.plus(e.retryAfter());
                posts.settle(id, null, AttemptOutcome.UNKNOWN, PostStatus.PUBLISHING, lookAt, e.getMessage(), null);
                yield new TickReport(0, 0, 0, 0, 0);
            }
            case RETRYABLE -> {
                int attempts = posts.attemptCount(id);
                if (attempts >= policies.get().maxAttempts()) {
                    posts.settle(id, null, AttemptOutcome.FAILED, PostStatus.FAILED, null,
                            "Gave up after " + attempts + " attempts: " + e.getMessage(), null);
                    yield new TickReport(0, 0, 1, 0, 0);
                }
                Instant next = e.pausedUntil() != null ? e.pausedUntil() : now.plus(wait(attempts, e.retryAfter()));
                if (e.pausedUntil() != null) {
                    accounts.pause(account.id(), e.pausedUntil());
                }
                posts.settle(id, null, AttemptOutcome.RETRY, PostStatus.SCHEDULED, next, e.getMessage(), null);
                yield new TickReport(0, 1, 0, 0, 0);
            }
            case AUTH_EXPIRED -> {
                accounts.markNeedsReauthorization(account.id());
                posts.settle(id, null, AttemptOutcome.FAILED, PostStatus.FAILED, null, e.getMessage(), null);
                yield new TickReport(0, 0, 1, 0, 0);
            }
            case REJECTED -> {
                posts.settle(id, null, AttemptOutcome.FAILED, PostStatus.FAILED, null, e.getMessage(), null);
                yield new TickReport(0, 0, 1, 0, 0);
            }
        };
    }

    /** Doubling waits from the first retry up to the longest, or what the platform asked for if that is longer. */
    private Duration wait(int attempts, Duration asked) {
        long factor = 1L << Math.min(20, Math.max(0, attempts - 1));
        Policy policy = policies.get();
        Duration backoff = policy.firstRetry().multipliedBy(factor);
        if (backoff.compareTo(policy.longestWait()) > 0) {
            backoff = policy.longestWait();
        }
        return asked != null && asked.compareTo(backoff) > 0 ? asked : backoff;
    }

    /**
     * The job a post's attempts share: its id, its key, and the time its current text was first sent; for a post the
     * platform is to hold, its planned time as the time to publish.
     */
    static PublishJob job(ScheduledPost post, String idempotencyKey, Instant jobCreatedAt, boolean toBeHeld) {
        return new PublishJob(post.id(), idempotencyKey, jobCreatedAt,
                new OutgoingPost(post.text(), post.media(), post.firstComment(), toBeHeld ? post.scheduledAt() : null));
    }
}
