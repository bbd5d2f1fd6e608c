package org.scriptorium.core.scheduling;

import org.hibernate.SessionFactory;
import org.scriptorium.core.InvalidInput;
import org.scriptorium.core.publishing.PublishJob;
import org.scriptorium.core.store.Ids;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;

/**
 * The store's side of the hand-off to a platform that holds posts until their time: the intent to hand a post over,
 * what the platform said, and a held post moved, cancelled, checked after its time or dropped. Each change is one
 * short transaction, like every change of {@link SocialPosts}.
 */
final class HeldPosts {
    private final SocialPosts posts;
    private final SessionFactory sessions;
    private final Clock clock;
    private final UUID deviceId;

    HeldPosts(SocialPosts posts, SessionFactory sessions, Clock clock, UUID deviceId) {
        this.posts = posts;
        this.sessions = sessions;
        this.clock = clock;
        this.deviceId = deviceId;
    }

    /** Whether the post is held by its platform or being handed to it (so a doubt about it is settled there). */
    boolean handingOff(UUID id) {
        return sessions.fromTransaction(session -> SocialPosts.row(session, id).handOff());
    }

    /**
     * Commits the intent to hand a planned post to its platform (status PUBLISHING, marked as a hand-off, an open
     * attempt) and returns the job. A new key: nothing sent from here later can be taken for the held post.
     */
    PublishJob beginHandOff(UUID id, Instant now) {
        return sessions.fromTransaction(session -> {
            SocialPostRecord row = SocialPosts.row(session, id);
            if (row.status() != PostStatus.SCHEDULED || row.handOff() || row.scheduledAt() == null) {
                throw new InvalidInput(row.status() == PostStatus.DRAFT ? "Give the post a time before handing it to its network."
                        : "Only a planned post can be handed to its network; this one is " + describe(row.status()) + ".");
            }
            session.persist(new AttemptRecord(Ids.newId(), id, now, deviceId));
            row.newJob(now);
            row.handingOff();
            row.status(PostStatus.PUBLISHING, now, null);
            row.touch(now, deviceId);
            return PublishEngine.job(row.view(), row.idempotencyKey(), row.jobCreatedAt(), true);
        });
    }

    /** The platform holds the post as {@code heldId}: it is checked from its time on, and never sent from here. */
    void handedOff(UUID id, AttemptOutcome outcome, String heldId) {
        Instant now = clock.instant();
        sessions.inTransaction(session -> {
            SocialPostRecord row = SocialPosts.row(session, id);
            posts.openAttempt(session, id, now).finish(now, outcome, null, heldId);
            row.held(heldId);
            row.touch(now, deviceId);
        });
    }

    /** The platform certainly does not have the post (it refused, or was looked at): planned here again, at its time. */
    void notHandedOff(UUID id, AttemptOutcome outcome, String error) {
        Instant now = clock.instant();
        sessions.inTransaction(session -> {
            SocialPostRecord row = SocialPosts.row(session, id);
            posts.openAttempt(session, id, now).finish(now, outcome, error, null);
            row.notHeld();
            row.status(PostStatus.SCHEDULED, row.scheduledAt(), null);
            row.touch(now, deviceId);
        });
    }

    /** Posts the platform holds whose time (or next check) has come. */
    List<UUID> idsHeldDue(Instant now) {
        return sessions.fromTransaction(session -> session.createSelectionQuery(
                        "select p.id from SocialPostRecord p where p.deletedAt is null and p.status = :status and p.nextAttemptAt <= :now "
                                + "order by p.nextAttemptAt", UUID.class)
                .setParameter("status", PostStatus.ON_PLATFORM).setParameter("now", now).getResultList());
    }

    /** Still held: look again at {@code when}; the platform's own time, when it says another, becomes the post's. */
    void checkHeldLater(UUID id, Instant when, Instant platformTime) {
        posts.change(id, row -> {
            if (platformTime != null && !platformTime.equals(row.scheduledAt())) {
                row.schedule(platformTime, row.view().zone());
            }
            row.status(PostStatus.ON_PLATFORM, when, null);
        });
    }

    /**
     * The platform dropped the post without publishing it (or can no longer be asked): failed with the reason, for the
     * user to send or move, and no longer marked as held, so a retry sends it from here.
     */
    void heldDropped(UUID id, String reason) {
        Instant now = clock.instant();
        sessions.inTransaction(session -> {
            SocialPostRecord row = SocialPosts.row(session, id);
            posts.openAttempt(session, id, now).finish(now, AttemptOutcome.FAILED, reason, null);
            row.notHeld();
            row.newJob(now);
            row.status(PostStatus.FAILED, null, reason);
            row.touch(now, deviceId);
        });
    }

    /** The platform agreed to move the held post: the same here. */
    ScheduledPost heldMoved(UUID id, Instant at, ZoneId zone) {
        return posts.change(id, row -> {
            requireHeld(row);
            row.schedule(at, zone != null ? zone : row.view().zone());
        });
    }

    /** The platform deleted the held post: cancelled here, and a new key for any later send from here. */
    ScheduledPost heldCancelled(UUID id) {
        return posts.change(id, row -> {
            requireHeld(row);
            row.notHeld();
            row.newJob(clock.instant());
            row.status(PostStatus.CANCELLED, null, null);
        });
    }

    private static void requireHeld(SocialPostRecord row) {
        if (row.status() != PostStatus.ON_PLATFORM) {
            throw new InvalidInput("The post is no longer held by its network; it is " + describe(row.status()) + " now.");
        }
    }

    private static String describe(PostStatus status) {
        return status == PostStatus.ON_PLATFORM ? "held by its network" : status.name().toLowerCase(java.util.Locale.ROOT);
    }
}
