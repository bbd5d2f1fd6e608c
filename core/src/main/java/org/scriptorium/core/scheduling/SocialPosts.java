package org.scriptorium.core.scheduling;

import org.hibernate.Session;
import org.hibernate.SessionFactory;
import org.scriptorium.core.InvalidInput;
import org.scriptorium.core.publishing.PostImage;
import org.scriptorium.core.publishing.PublishJob;
import org.scriptorium.core.publishing.Published;
import org.scriptorium.core.store.Ids;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The social posts and their publish log. Every change of state is one short transaction, so what is committed is
 * always a true account of what was (or may have been) sent.
 */
public final class SocialPosts {
    private final SessionFactory sessions;
    private final Clock clock;
    private final UUID deviceId;

    private final HeldPosts held;

    public SocialPosts(SessionFactory sessions, Clock clock, UUID deviceId) {
        this.sessions = sessions;
        this.clock = clock;
        this.deviceId = deviceId;
        this.held = new HeldPosts(this, sessions, clock, deviceId);
    }

    /** The posts handed to a platform that holds them until their time. */
    HeldPosts held() {
        return held;
    }

    /** A new post for an account: scheduled when {@code at} is given (planned in {@code zone}), else a draft. */
    public ScheduledPost create(UUID accountId, UUID draftId, String text, List<PostImage> media, String firstComment, Instant at, ZoneId zone) {
        return sessions.fromTransaction(session -> {
            SocialPostRecord row = new SocialPostRecord(Ids.newId(), accountId, draftId, clock.instant(), deviceId);
            row.content(text, PostMedia.write(media == null ? List.of() : media), firstComment);
            if (at != null) {
                row.schedule(at, zone == null ? ZoneId.of("UTC") : zone);
                row.status(PostStatus.SCHEDULED, at, null);
            }
            session.persist(row);
            return row.view();
        });
    }

    /** A post to plan: for an account, perhaps from a draft, with its images and first comment, at a time. */
    public record NewPost(UUID accountId, UUID draftId, String text, List<PostImage> media, String firstComment, PlannedTime when) {
    }

    /** Plans many posts in one transaction: all of them, or none. */
    public List<ScheduledPost> createAll(List<NewPost> planned) {
        return sessions.fromTransaction(session -> planned.stream().map(p -> {
            SocialPostRecord row = new SocialPostRecord(Ids.newId(), p.accountId(), p.draftId(), clock.instant(), deviceId);
            row.content(p.text(), PostMedia.write(p.media() == null ? List.of() : p.media()), p.firstComment());
            row.schedule(p.when().instant(), p.when().zone());
            row.status(PostStatus.SCHEDULED, p.when().instant(), null);
            session.persist(row);
            return row.view();
        }).toList());
    }

    public ScheduledPost get(UUID id) {
        return sessions.fromTransaction(session -> row(session, id).view());
    }

    /** Posts planned between two instants (either may be null), any status but deleted, by planned time. */
    public List<ScheduledPost> list(Instant from, Instant to, PostStatus status) {
        // The store does the choosing: the queue and the calendar ask for a slice of what may be a long history.
        StringBuilder where = new StringBuilder("from SocialPostRecord p where p.deletedAt is null");
        if (status != null) {
            where.append(" and p.status = :status");
        }
        if (from != null) {
            where.append(" and p.scheduledAt >= :from");
        }
        if (to != null) {
            where.append(" and p.scheduledAt < :to");
        }
        return sessions.fromTransaction(session -> {
            // Read-only: the rows only become values, so Hibernate keeps no copies of them to check for changes.
            var query = session.createSelectionQuery(where.toString(), SocialPostRecord.class).setReadOnly(true);
            if (status != null) {
                query.setParameter("status", status);
            }
            if (from != null) {
                query.setParameter("from", from);
            }
            if (to != null) {
                query.setParameter("to", to);
            }
            return query.getResultList().stream().map(SocialPostRecord::view)
                    .sorted(Comparator.comparing(ScheduledPost::scheduledAt, Comparator.nullsLast(Comparator.naturalOrder()))).toList();
        });
    }

    /** When each post went out: the end of its last attempt that published it, or found it already published. */
    public java.util.Map<UUID, Instant> publishedTimes() {
        return sessions.fromTransaction(session -> session.createSelectionQuery(
                        "select a.postId, max(a.finishedAt) from AttemptRecord a where a.deletedAt is null and a.finishedAt is not null"
                                + " and a.outcome in (:published) group by a.postId", Object[].class)
                .setParameter("published", List.of(AttemptOutcome.PUBLISHED, AttemptOutcome.FOUND))
                .getResultList().stream().collect(java.util.stream.Collectors.toMap(row -> (UUID) row[0], row -> (Instant) row[1])));
    }

    public List<PublishAttempt> attempts(UUID postId) {
        return sessions.fromTransaction(session -> session.createSelectionQuery(
                        "from AttemptRecord a where a.postId = :post order by a.startedAt, a.createdAt", AttemptRecord.class)
                .setParameter("post", postId).getResultList().stream().map(AttemptRecord::view).toList());
    }

    /** Moves a post that has not gone out to another time (it keeps the zone it is planned in unless given one). */
    public ScheduledPost reschedule(UUID id, Instant at, ZoneId zone) {
        return change(id, row -> {
            requireNotOut(row);
            row.schedule(at, zone != null ? zone : row.view().zone());
            row.status(PostStatus.SCHEDULED, at, null);
        });
    }

    /**
     * Gives several waiting posts new times in one transaction (a queue reordered): all of them, or none when one of
     * them has meanwhile gone out, been cancelled or moved into publishing.
     */
    public void retime(java.util.Map<UUID, PlannedTime> times) {
        sessions.inTransaction(session -> times.forEach((id, when) -> {
            SocialPostRecord row = row(session, id);
            if (row.status() != PostStatus.SCHEDULED) {
                throw new InvalidInput("A post of the queue changed meanwhile (it is " + row.status().name().toLowerCase(java.util.Locale.ROOT)
                        + " now); nothing was moved.");
            }
            row.schedule(when.instant(), when.zone());
            row.status(PostStatus.SCHEDULED, when.instant(), null);
            row.touch(clock.instant(), deviceId);
        }));
    }

    public ScheduledPost cancel(UUID id) {
        return change(id, row -> {
            requireNotOut(row);
            row.status(PostStatus.CANCELLED, null, null);
        });
    }

    /** A failed, missed or cancelled post goes out at the next tick (planned for now, in its own zone). */
    public ScheduledPost retry(UUID id) {
        return change(id, row -> {
            if (row.status() != PostStatus.FAILED && row.status() != PostStatus.MISSED && row.status() != PostStatus.CANCELLED) {
                throw new InvalidInput("Only a failed, missed or cancelled post can be sent again; this one is " + row.status().name().toLowerCase(java.util.Locale.ROOT) + ".");
            }
            Instant now = clock.instant();
            row.notHeld(); // already so for every failed, missed or cancelled post; a held one must never wait here unsent
            row.schedule(now, row.view().zone());
            row.status(PostStatus.SCHEDULED, now, null);
        });
    }

    /** A new text: the next attempt is a new job, which no platform can confuse with the earlier version. */
    public ScheduledPost edit(UUID id, String text, List<PostImage> media, String firstComment) {
        return change(id, row -> {
            requireNotOut(row);
            row.content(text, PostMedia.write(media == null ? List.of() : media), firstComment);
            row.newJob(clock.instant());
        });
    }

    // ---- for the engine ----

    List<UUID> idsDue(Instant now) {
        return sessions.fromTransaction(session -> session.createSelectionQuery(
                        "select p.id from SocialPostRecord p where p.deletedAt is null and p.status = :status and p.nextAttemptAt <= :now "
                                + "order by p.nextAttemptAt", UUID.class)
                .setParameter("status", PostStatus.SCHEDULED).setParameter("now", now).getResultList());
    }

    /** Posts an attempt may have published: reconciled before anything else is sent. */
    List<UUID> idsInDoubt(Instant now) {
        return sessions.fromTransaction(session -> session.createSelectionQuery(
                        "select p.id from SocialPostRecord p where p.deletedAt is null and p.status = :status "
                                + "and (p.nextAttemptAt is null or p.nextAttemptAt <= :now)", UUID.class)
                .setParameter("status", PostStatus.PUBLISHING).setParameter("now", now).getResultList());
    }

    /**
     * Commits the intent to publish (status PUBLISHING, an open attempt) and returns the job; empty when the post is
     * no longer due (moved, cancelled) or is too late for the catch-up policy, in which case it is marked missed.
     */
    Optional<PublishJob> beginAttempt(UUID id, Instant now, Duration publishIfLateBy) {
        return sessions.fromTransaction(session -> {
            SocialPostRecord row = row(session, id);
            ScheduledPost post = row.view();
            if (row.status() != PostStatus.SCHEDULED || row.handOff() || post.nextAttemptAt() == null || post.nextAttemptAt().isAfter(now)) {
                return Optional.empty();
            }
            AttemptRecord attempt = new AttemptRecord(Ids.newId(), id, now, deviceId);
            session.persist(attempt);
            if (attemptCount(session, id) == 0 && row.scheduledAt() != null && now.isAfter(row.scheduledAt().plus(publishIfLateBy))) {
                String due = java.time.format.DateTimeFormatter.ofPattern("EEE d MMM, HH:mm", java.util.Locale.ENGLISH)
                        .format(row.scheduledAt().atZone(post.zone()));
                long hours = publishIfLateBy.toHours();
                String window = hours >= 1 && publishIfLateBy.toMinutesPart() == 0 ? hours + (hours == 1 ? " hour" : " hours")
                        : publishIfLateBy.toMinutes() + " minutes";
                String why = "Came due " + due + " (" + post.zone().getId() + ") while Scriptorium was not running; more than " + window
                        + " late, so it was not sent. Send it now or move it.";
                attempt.finish(now, AttemptOutcome.MISSED, why, null);
                row.status(PostStatus.MISSED, null, why);
                row.touch(now, deviceId);
                return Optional.empty();
            }
            row.status(PostStatus.PUBLISHING, now, null);
            row.touch(now, deviceId);
            return Optional.of(PublishEngine.job(post, row.idempotencyKey(), row.jobCreatedAt(), false));
        });
    }

    /** Records how an attempt (or a reconciliation) ended and where the post is now, in one transaction. */
    void settle(UUID id, Published published, AttemptOutcome outcome, PostStatus status, Instant next, String error, String responseId) {
        Instant now = clock.instant();
        sessions.inTransaction(session -> {
            SocialPostRecord row = row(session, id);
            openAttempt(session, id, now).finish(now, outcome, error, responseId);
            if (published != null) {
                row.published(published.postId(), published.url().toString());
            } else {
                row.status(status, next, status == PostStatus.FAILED || status == PostStatus.MISSED ? error : null);
            }
            row.touch(now, deviceId);
        });
    }

    void recheckLater(UUID id, Instant when) {
        sessions.inTransaction(session -> {
            SocialPostRecord row = row(session, id);
            row.status(PostStatus.PUBLISHING, when, null);
            row.touch(clock.instant(), deviceId);
        });
    }

    /**
     * Failed or missed posts planned since {@code since}, each with the number of rows in its log: a post that fails
     * again after a retry has one more, so it counts as a new failure.
     */
    java.util.Map<UUID, Integer> waitingForUser(Instant since) {
        List<Object[]> rows = sessions.fromTransaction(session -> session.createSelectionQuery(
                        "select p.id, count(a) from SocialPostRecord p, AttemptRecord a where a.postId = p.id and p.deletedAt is null "
                                + "and p.status in (:waiting) and p.scheduledAt >= :since group by p.id", Object[].class)
                .setParameterList("waiting", List.of(PostStatus.FAILED, PostStatus.MISSED)).setParameter("since", since).getResultList());
        java.util.Map<UUID, Integer> waiting = new java.util.LinkedHashMap<>();
        rows.forEach(row -> waiting.put((UUID) row[0], ((Number) row[1]).intValue()));
        return waiting;
    }

    /** Attempts that reached (or may have reached) the platform, for the retry limit. */
    int attemptCount(UUID id) {
        return sessions.fromTransaction(session -> attemptCount(session, id));
    }

    PublishJob job(UUID id) {
        return sessions.fromTransaction(session -> {
            SocialPostRecord row = row(session, id);
            return PublishEngine.job(row.view(), row.idempotencyKey(), row.jobCreatedAt(), row.handOff());
        });
    }

    /**
     * The attempt under way, or a new one when there is none (a check after the platform's time starts none), as
     * written now: the caller finishes it, and sync sends what changed since its last look.
     */
    AttemptRecord openAttempt(Session session, UUID id, Instant now) {
        AttemptRecord open = session.createSelectionQuery(
                        "from AttemptRecord a where a.postId = :post and a.outcome is null order by a.startedAt desc", AttemptRecord.class)
                .setParameter("post", id).setMaxResults(1).getResultList().stream().findFirst().orElse(null);
        if (open == null) {
            open = new AttemptRecord(Ids.newId(), id, now, deviceId);
            session.persist(open);
        } else {
            open.touch(now, deviceId);
        }
        return open;
    }

    private static int attemptCount(Session session, UUID id) {
        return session.createSelectionQuery("select count(a) from AttemptRecord a where a.postId = :post and a.outcome in (:counted)", Long.class)
                .setParameter("post", id).setParameterList("counted", List.of(AttemptOutcome.RETRY, AttemptOutcome.UNKNOWN, AttemptOutcome.ABSENT,
                        AttemptOutcome.PUBLISHED, AttemptOutcome.FAILED)).getSingleResult().intValue();
    }

    ScheduledPost change(UUID id, java.util.function.Consumer<SocialPostRecord> change) {
        return sessions.fromTransaction(session -> {
            SocialPostRecord row = row(session, id);
            change.accept(row);
            row.touch(clock.instant(), deviceId);
            return row.view();
        });
    }

    private static void requireNotOut(SocialPostRecord row) {
        if (row.status() == PostStatus.PUBLISHING || row.status() == PostStatus.PUBLISHED) {
            throw new InvalidInput(row.status() == PostStatus.PUBLISHED ? "This post is already published." : "This post is being published right now.");
        }
        if (row.status() == PostStatus.ON_PLATFORM) {
            // Changing only the row would leave the platform publishing the old version at the old time.
            throw new InvalidInput("This post is held by its network until its time; to change it, cancel it first (moving or cancelling it "
                    + "changes it on the network too).");
        }
    }

    static SocialPostRecord row(Session session, UUID id) {
        SocialPostRecord row = session.find(SocialPostRecord.class, id);
        if (row == null || row.getDeletedAt() != null) {
            throw new InvalidInput("No such post: " + id + ".");
        }
        return row;
    }
}
