package org.scriptorium.core.scheduling;

import org.scriptorium.core.InvalidInput;
import org.scriptorium.core.accounts.Account;
import org.scriptorium.core.accounts.AccountStatus;
import org.scriptorium.core.accounts.AccountStore;
import org.scriptorium.core.publishing.OutgoingPost;
import org.scriptorium.core.publishing.PlatformSchedule;
import org.scriptorium.core.publishing.PlatformSchedule.HeldPost;
import org.scriptorium.core.publishing.Problem;
import org.scriptorium.core.publishing.PublishException;
import org.scriptorium.core.publishing.Publisher;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;

/**
 * Posts handed to a platform that publishes them at their time itself, so they go out with this computer closed. The
 * hand-off is a publish like any other as far as exactly-once goes: the intent is committed before the call, the
 * result after, and a hand-off whose outcome is unknown is looked for among the platform's posts before anything else
 * happens to the post. Moving or cancelling a held post asks the platform first and changes the row only when it
 * agreed. From the post's time on, each round asks the platform what became of it. Called by {@link PublishEngine}
 * under its lock, so no round runs meanwhile.
 */
final class PlatformHandOff {
    private static final Logger LOG = LoggerFactory.getLogger(PlatformHandOff.class);
    /** How often a held post whose time has passed is looked at again while the platform has not published it. */
    private static final Duration RECHECK = Duration.ofMinutes(5);
    private static final Duration LATE_RECHECK = Duration.ofHours(1);

    private final SocialPosts posts;
    private final Clock clock;
    private final AccountStore accounts;
    private final Function<Account, Publisher> publishers;

    PlatformHandOff(SocialPosts posts, Clock clock, AccountStore accounts, Function<Account, Publisher> publishers) {
        this.posts = posts;
        this.clock = clock;
        this.accounts = accounts;
        this.publishers = publishers;
    }

    /** Whether the account's network can hold a post until its time. */
    boolean holdsPosts(Account account) {
        Publisher publisher = publishers.apply(account);
        return publisher instanceof PlatformSchedule && publisher.capabilities().nativeScheduling();
    }

    /** Hands a planned post to its platform: intent, call, result. Refused before any call when the platform would not hold it. */
    ScheduledPost handOff(UUID id) {
        ScheduledPost post = posts.get(id);
        Account account = account(post);
        PlatformSchedule schedule = schedule(account);
        if (account.statusAt(clock.instant()) == AccountStatus.NEEDS_REAUTHORIZATION) {
            throw new InvalidInput("The " + account.network().label() + " account " + account.name() + " needs to be connected again first.");
        }
        if (post.status() == PostStatus.SCHEDULED && post.scheduledAt() != null) { // anything else is refused with its own reason below
            requireHoldable(account, post, post.scheduledAt());
        }
        var job = posts.held().beginHandOff(id, clock.instant());
        String label = account.network().label();
        try {
            posts.held().handedOff(id, AttemptOutcome.HANDED_OFF, schedule.handOff(job));
        } catch (PublishException e) {
            if (e.kind() == PublishException.Kind.OUTCOME_UNKNOWN) {
                Instant lookAt = e.retryAfter() == null ? clock.instant() : clock.instant().plus(e.retryAfter());
                posts.settle(id, null, AttemptOutcome.UNKNOWN, PostStatus.PUBLISHING, lookAt, e.getMessage(), null);
                throw new HandOffFailed(id, label + " did not say whether it took the post (no answer, or a server error), so whether it holds "
                        + "the post is not known yet. The next publishing round looks for it there; until then it is not sent from here.", true, e);
            }
            if (e.kind() == PublishException.Kind.AUTH_EXPIRED) {
                accounts.markNeedsReauthorization(account.id());
            }
            posts.held().notHandedOff(id, AttemptOutcome.NOT_HANDED_OFF, e.getMessage());
            throw new HandOffFailed(id, e.getMessage() + " The post stays planned here and goes out from Scriptorium at its time.", false, e);
        } catch (RuntimeException unexpected) {
            // Whether the request went out is unknown: in doubt, as after a timeout.
            posts.settle(id, null, AttemptOutcome.UNKNOWN, PostStatus.PUBLISHING, clock.instant(), unexpected.toString(), null);
            throw unexpected;
        }
        return posts.get(id);
    }

    /** A hand-off in doubt: held if the platform has it, planned here again only when it certainly does not. */
    PublishEngine.TickReport reconcile(UUID id) {
        ScheduledPost post = posts.get(id);
        Optional<Account> account = accounts.find(post.accountId());
        if (account.isEmpty()) {
            posts.held().heldDropped(id, "The account was disconnected while it was unknown whether its network had taken the post.");
            return new PublishEngine.TickReport(0, 0, 1, 0, 0);
        }
        Optional<String> found;
        try {
            found = schedule(account.get()).findHandedOff(posts.job(id));
        } catch (PublishException e) {
            posts.recheckLater(id, clock.instant().plus(RECHECK)); // still in doubt: never sent from here meanwhile
            LOG.info("Could not look for handed-off post {} yet: {}", id, e.getMessage());
            return new PublishEngine.TickReport(0, 0, 0, 0, 0);
        }
        if (found.isPresent()) {
            posts.held().handedOff(id, AttemptOutcome.FOUND, found.get());
        } else {
            posts.held().notHandedOff(id, AttemptOutcome.ABSENT, account.get().network().label() + " did not take the post; it stays planned here.");
        }
        return new PublishEngine.TickReport(0, 0, 0, 0, 1);
    }

    /** A held post whose time has come: published (with its address), still waiting, or dropped by the platform. */
    PublishEngine.TickReport check(UUID id) {
        Instant now = clock.instant();
        ScheduledPost post = posts.get(id);
        Optional<Account> account = accounts.find(post.accountId());
        if (account.isEmpty()) {
            posts.held().heldDropped(id, "The account was disconnected, so Scriptorium cannot see whether its network published the post; "
                    + "look on the network itself.");
            return new PublishEngine.TickReport(0, 0, 1, 0, 0);
        }
        HeldPost state;
        try {
            state = schedule(account.get()).check(post.platformPostId(), posts.job(id));
        } catch (PublishException e) {
            if (e.kind() == PublishException.Kind.AUTH_EXPIRED) {
                accounts.markNeedsReauthorization(account.get().id());
            }
            // The platform publishes it whether or not we can look: keep it held and look again.
            posts.held().checkHeldLater(id, nextCheck(post, now), null);
            LOG.info("Could not check held post {} yet: {}", id, e.getMessage());
            return new PublishEngine.TickReport(0, 0, 0, 0, 0);
        }
        return switch (state) {
            case HeldPost.WentOut out -> {
                posts.settle(id, out.published(), AttemptOutcome.PUBLISHED, PostStatus.PUBLISHED, null, null, out.published().postId());
                yield new PublishEngine.TickReport(1, 0, 0, 0, 0);
            }
            case HeldPost.Waiting waiting -> {
                Instant at = waiting.at();
                posts.held().checkHeldLater(id, at != null && at.isAfter(now) ? at : nextCheck(post, now), at);
                yield new PublishEngine.TickReport(0, 0, 0, 0, 0);
            }
            case HeldPost.Dropped dropped -> {
                posts.held().heldDropped(id, dropped.reason());
                yield new PublishEngine.TickReport(0, 0, 1, 0, 0);
            }
        };
    }

    /** Moves a held post: the platform first; the row only when it agreed. */
    ScheduledPost move(UUID id, Instant at, ZoneId zone) {
        ScheduledPost post = requireHeld(id);
        Account account = account(post);
        requireHoldable(account, post, at);
        schedule(account).move(post.platformPostId(), at);
        return posts.held().heldMoved(id, at, zone);
    }

    /** Cancels a held post: deleted on the platform first; cancelled here only when the platform agreed. */
    ScheduledPost cancel(UUID id) {
        ScheduledPost post = requireHeld(id);
        schedule(account(post)).cancel(post.platformPostId());
        return posts.held().heldCancelled(id);
    }

    private ScheduledPost requireHeld(UUID id) {
        ScheduledPost post = posts.get(id);
        if (post.status() != PostStatus.ON_PLATFORM) {
            throw new InvalidInput("The post is not held by its network; it is " + post.status().name().toLowerCase(java.util.Locale.ROOT) + ".");
        }
        return post;
    }

    private void requireHoldable(Account account, ScheduledPost post, Instant at) {
        List<Problem> problems = publishers.apply(account).validate(new OutgoingPost(post.text(), post.media(), post.firstComment(), at));
        if (!problems.isEmpty()) {
            throw new InvalidInput(account.network().label() + " would not hold the post: "
                    + String.join(" ", problems.stream().map(Problem::message).toList()));
        }
    }

    private Account account(ScheduledPost post) {
        return accounts.find(post.accountId()).orElseThrow(() -> new InvalidInput("The post's account was disconnected."));
    }

    private PlatformSchedule schedule(Account account) {
        Publisher publisher = publishers.apply(account);
        if (publisher instanceof PlatformSchedule schedule && publisher.capabilities().nativeScheduling()) {
            return schedule;
        }
        throw new InvalidInput(account.network().label() + " cannot hold a post until its time; it goes out from Scriptorium instead.");
    }

    /** Soon after the post's time, then hourly: a platform can be a little late, and rarely much later. */
    private static Instant nextCheck(ScheduledPost post, Instant now) {
        boolean longOverdue = post.scheduledAt() != null && now.isAfter(post.scheduledAt().plus(LATE_RECHECK));
        return now.plus(longOverdue ? LATE_RECHECK : RECHECK);
    }
}
