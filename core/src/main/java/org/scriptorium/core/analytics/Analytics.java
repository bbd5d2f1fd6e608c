package org.scriptorium.core.analytics;

import org.hibernate.SessionFactory;
import org.scriptorium.core.accounts.Account;
import org.scriptorium.core.publishing.MetricsReader;
import org.scriptorium.core.publishing.PublishException;
import org.scriptorium.core.publishing.Publishing;
import org.scriptorium.core.scheduling.PostStatus;
import org.scriptorium.core.scheduling.ScheduledPost;
import org.scriptorium.core.scheduling.SocialPosts;
import org.scriptorium.core.store.Ids;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.BooleanSupplier;

/**
 * What published posts did: snapshots of their numbers taken from each network, on the schedule a post's life
 * follows ({@link SnapshotSchedule}) or on demand, kept per post and moment. Reading is batched as the network
 * allows; an account the network asks to slow down waits for the next round and the others go on. It runs as its
 * own recurring job, never inside a publishing round.
 */
public final class Analytics {
    private final SessionFactory sessions;
    private final SocialPosts posts;
    private final org.scriptorium.core.accounts.AccountStore accounts;
    private final java.util.function.Function<Account, java.util.Optional<MetricsReader>> readers;
    private final Clock clock;
    private final UUID deviceId;

    /** Reads through each account's publisher (the networks this build has). */
    public Analytics(SessionFactory sessions, SocialPosts posts, Publishing publishing, Clock clock, UUID deviceId) {
        this(sessions, posts, publishing.accounts(), account -> publishing.publisher(account).metrics(), clock, deviceId);
    }

    private Analytics(SessionFactory sessions, SocialPosts posts, org.scriptorium.core.accounts.AccountStore accounts,
                      java.util.function.Function<Account, java.util.Optional<MetricsReader>> readers, Clock clock, UUID deviceId) {
        this.sessions = sessions;
        this.posts = posts;
        this.accounts = accounts;
        this.readers = readers;
        this.clock = clock;
        this.deviceId = deviceId;
    }

    /** The same analytics reading each account's numbers through {@code readers} (another network client, a stand-in). */
    public Analytics readingWith(java.util.function.Function<Account, java.util.Optional<MetricsReader>> readers) {
        return new Analytics(sessions, posts, accounts, readers, clock, deviceId);
    }

    /** What a refresh did: snapshots by state, calls made to the networks, and what could not be read, in words. */
    public record Refresh(int measured, int gone, int unavailable, int calls, List<String> problems) {
        public static final Refresh NOTHING = new Refresh(0, 0, 0, 0, List.of());

        public String describe() {
            return measured + " posts measured" + (gone > 0 ? ", " + gone + " gone from their network" : "") + " in " + calls
                    + (calls == 1 ? " call" : " calls") + (problems.isEmpty() ? "" : "; " + String.join(" ", problems));
        }
    }

    /** The recurring job's round: the published posts whose next snapshot is due, then old snapshots thinned. */
    public Refresh refreshDue(BooleanSupplier stop) {
        Refresh done = refresh(null, true, stop);
        thin();
        return done;
    }

    /** Snapshots older than this keep one a day per post: the day's last. */
    static final java.time.Duration THIN_AFTER = java.time.Duration.ofDays(30);

    /**
     * Keeps the table small: of the snapshots taken more than 30 days ago, each post keeps the last of each day (UTC);
     * the others become tombstones that sync. Returns how many were thinned.
     */
    public int thin() {
        Instant before = clock.instant().minus(THIN_AFTER);
        return sessions.fromTransaction(session -> {
            List<SnapshotRecord> old = session.createSelectionQuery(
                            "from SnapshotRecord m where m.takenAt < :before and m.deletedAt is null order by m.postId, m.takenAt desc",
                            SnapshotRecord.class)
                    .setParameter("before", before).getResultList();
            Set<String> kept = new HashSet<>();
            int thinned = 0;
            for (SnapshotRecord row : old) {
                String day = row.postId() + "/" + row.takenAt().atZone(java.time.ZoneOffset.UTC).toLocalDate();
                if (!kept.add(day)) { // newest first: the first of a post's day is its last
                    row.thin(clock.instant(), deviceId);
                    thinned++;
                }
            }
            return thinned;
        });
    }

    /**
     * Reads the numbers of published posts now: all of them (or one account's), or only those due when
     * {@code onlyDue}. A post its network no longer has is measured no more.
     */
    public Refresh refresh(UUID accountId, boolean onlyDue, BooleanSupplier stop) {
        Instant now = clock.instant();
        Map<UUID, Instant> published = posts.publishedTimes();
        Map<UUID, Instant> last = new java.util.HashMap<>();
        Set<UUID> gone = new HashSet<>();
        sessions.inTransaction(session -> session.createSelectionQuery(
                        "select m.postId, max(m.takenAt), sum(case when m.state = :gone then 1 else 0 end) from SnapshotRecord m"
                                + " where m.deletedAt is null group by m.postId", Object[].class)
                .setParameter("gone", MetricsReader.State.GONE).getResultList().forEach(row -> {
                    last.put((UUID) row[0], (Instant) row[1]);
                    if (((Number) row[2]).longValue() > 0) {
                        gone.add((UUID) row[0]);
                    }
                }));
        Map<UUID, List<ScheduledPost>> byAccount = new LinkedHashMap<>();
        for (ScheduledPost post : posts.list(null, null, PostStatus.PUBLISHED)) {
            if (post.platformPostId() == null || gone.contains(post.id()) || (accountId != null && !post.accountId().equals(accountId))) {
                continue;
            }
            Instant out = published.getOrDefault(post.id(), post.scheduledAt());
            if (onlyDue && SnapshotSchedule.due(out, last.get(post.id()), now).isEmpty()) {
                continue;
            }
            byAccount.computeIfAbsent(post.accountId(), id -> new ArrayList<>()).add(post);
        }
        int measured = 0;
        int goneNow = 0;
        int unavailable = 0;
        int calls = 0;
        List<String> problems = new ArrayList<>();
        for (var entry : byAccount.entrySet()) {
            Account account = accounts.find(entry.getKey()).orElse(null);
            if (account == null) {
                continue; // disconnected: its posts keep the numbers they had
            }
            var reader = readers.apply(account);
            if (reader.isEmpty()) {
                problems.add(account.network().label() + " numbers are not read yet.");
                continue;
            }
            List<ScheduledPost> waiting = entry.getValue();
            for (int from = 0; from < waiting.size() && !stop.getAsBoolean(); from += reader.get().batchSize()) {
                List<ScheduledPost> batch = waiting.subList(from, Math.min(waiting.size(), from + reader.get().batchSize()));
                Map<String, MetricsReader.Reading> read;
                try {
                    calls++;
                    read = reader.get().read(batch.stream().map(ScheduledPost::platformPostId).toList());
                } catch (PublishException e) {
                    problems.add(account.network().label() + " (" + account.name() + "): " + e.getMessage()
                            + (e.kind() == PublishException.Kind.RETRYABLE ? " The rest wait for the next round." : ""));
                    break;
                }
                List<SnapshotRecord> rows = new ArrayList<>();
                for (ScheduledPost post : batch) {
                    MetricsReader.Reading reading = read.get(post.platformPostId());
                    if (reading == null) {
                        continue; // not answered for: asked again next round
                    }
                    rows.add(new SnapshotRecord(Ids.newId(), post.id(), post.accountId(), now, reading.state(), reading.counts(), reading.detail(), deviceId));
                    switch (reading.state()) {
                        case MEASURED -> measured++;
                        case GONE -> goneNow++;
                        case UNAVAILABLE -> unavailable++;
                    }
                }
                sessions.inTransaction(session -> rows.forEach(row -> {
                    session.persist(row);
                    Snapshot taken = row.view();
                    if (taken.state() != MetricsReader.State.GONE) { // a gone post keeps the numbers it had
                        keepLatest(session, taken);
                    }
                }));
            }
        }
        return new Refresh(measured, goneNow, unavailable, calls, List.copyOf(problems));
    }

    /**
     * When this account's posts do best ({@link BestTimes}): each published post with a measured snapshot counted at
     * the weekday and hour it went out in {@code zone}, by its latest engagement.
     */
    public BestTimes.Result bestTimes(UUID accountId, java.time.ZoneId zone, int top, int minPosts) {
        Map<UUID, Instant> published = posts.publishedTimes();
        Map<UUID, Long> engagement = new java.util.HashMap<>();
        sessions.inTransaction(session -> session.createSelectionQuery(
                        "from SnapshotRecord m where m.accountId = :account and m.state = :measured and m.deletedAt is null order by m.takenAt",
                        SnapshotRecord.class)
                .setParameter("account", accountId).setParameter("measured", MetricsReader.State.MEASURED).getResultList()
                .forEach(row -> engagement.put(row.view().postId(), row.view().counts().engagement()))); // the latest wins
        List<BestTimes.Outcome> outcomes = new ArrayList<>();
        for (ScheduledPost post : posts.list(null, null, PostStatus.PUBLISHED)) {
            Long did = engagement.get(post.id());
            if (post.accountId().equals(accountId) && did != null) {
                outcomes.add(new BestTimes.Outcome(published.getOrDefault(post.id(), post.scheduledAt()), did));
            }
        }
        return BestTimes.of(outcomes, zone, top, minPosts);
    }

    /** Whether post_latest_metrics may be missing posts (new store, or snapshots arrived by sync): then it is rebuilt before a read. */
    private volatile boolean latestStale = true;

    private static void keepLatest(org.hibernate.Session session, Snapshot snapshot) {
        LatestSnapshot kept = session.find(LatestSnapshot.class, snapshot.postId());
        if (kept == null) {
            session.persist(new LatestSnapshot(snapshot));
        } else {
            kept.offer(snapshot);
        }
    }

    /** Snapshots arrived from another device: each post's latest is found again before the next read. */
    public void snapshotsArrived() {
        latestStale = true;
    }

    /**
     * Finds each post's latest snapshot again from all of them, when the derived table may be behind: once per start
     * (a store migrated from before it kept them) and after a sync brought snapshots. One pass over the (post, time) index.
     */
    private synchronized void refreshLatest() {
        if (!latestStale) {
            return; // a read running beside this one waits here until the table is whole, then reads it
        }
        latestStale = false; // set first: snapshots arriving during the rebuild mark it stale again
        sessions.inTransaction(session -> {
            Map<UUID, Object[]> newest = new java.util.HashMap<>();
            session.createSelectionQuery("select m.postId, m.id, m.takenAt from SnapshotRecord m where m.deletedAt is null and m.state <> :gone",
                            Object[].class)
                    .setParameter("gone", MetricsReader.State.GONE).getResultList()
                    .forEach(row -> newest.merge((UUID) row[0], row, (a, b) -> ((Instant) b[2]).isBefore((Instant) a[2]) ? a : b));
            Map<UUID, LatestSnapshot> kept = new java.util.HashMap<>();
            session.createSelectionQuery("from LatestSnapshot", LatestSnapshot.class).getResultList().forEach(l -> kept.put(l.postId(), l));
            List<UUID> ids = newest.values().stream().map(row -> (UUID) row[1]).toList();
            for (int from = 0; from < ids.size(); from += 1_000) { // the newest rows themselves, a thousand a query
                session.createSelectionQuery("from SnapshotRecord m where m.id in (:ids)", SnapshotRecord.class)
                        .setParameter("ids", ids.subList(from, Math.min(ids.size(), from + 1_000))).getResultList().forEach(row -> {
                            LatestSnapshot have = kept.remove(row.postId());
                            if (have == null) {
                                session.persist(new LatestSnapshot(row.view()));
                            } else {
                                have.offer(row.view());
                            }
                        });
            }
            kept.values().forEach(session::remove); // their snapshots are gone
        });
    }

    /** A published post with when it went out and its latest snapshot (null when none was taken yet). */
    public record PostResult(ScheduledPost post, Instant publishedAt, Snapshot latest) {
        /** Its engagement at its latest snapshot; 0 before the first. */
        public long engagement() {
            return latest == null ? 0 : latest.counts().engagement();
        }
    }

    /**
     * The posts that went out between {@code from} and {@code to} (both inclusive), for one account or all
     * (null), each with its latest snapshot: what the Analytics area charts and lists.
     */
    public List<PostResult> results(Instant from, Instant to, UUID accountId) {
        Map<UUID, Instant> published = posts.publishedTimes();
        // Each post's latest measured snapshot (a gone post keeps the numbers it had): one row per post, kept as they are taken.
        refreshLatest();
        Map<UUID, Snapshot> latest = new java.util.HashMap<>();
        sessions.inTransaction(session -> session.createSelectionQuery("from LatestSnapshot", LatestSnapshot.class).setReadOnly(true)
                .getResultList().forEach(row -> latest.put(row.postId(), row.view())));
        List<PostResult> results = new ArrayList<>();
        for (ScheduledPost post : posts.list(null, null, PostStatus.PUBLISHED)) {
            Instant out = published.getOrDefault(post.id(), post.scheduledAt());
            if ((accountId == null || post.accountId().equals(accountId)) && !out.isBefore(from) && !out.isAfter(to)) {
                results.add(new PostResult(post, out, latest.get(post.id())));
            }
        }
        results.sort(java.util.Comparator.comparing(PostResult::publishedAt));
        return results;
    }

    /**
     * What the posts that went out between {@code from} and {@code to} (one account's, or all) did, every snapshot, as
     * "csv" (a row per snapshot) or "json" (an object per post with its snapshots).
     */
    public String export(String format, Instant from, Instant to, UUID accountId) {
        List<PostResult> shown = results(from, to, accountId);
        Map<UUID, List<Snapshot>> snapshots = new java.util.HashMap<>();
        Set<UUID> ids = new HashSet<>();
        shown.forEach(r -> ids.add(r.post().id()));
        if (!ids.isEmpty()) {
            sessions.inTransaction(session -> session.createSelectionQuery(
                            "from SnapshotRecord m where m.postId in (:posts) and m.deletedAt is null order by m.takenAt", SnapshotRecord.class)
                    .setParameter("posts", ids).getResultList()
                    .forEach(row -> snapshots.computeIfAbsent(row.view().postId(), id -> new ArrayList<>()).add(row.view())));
        }
        Map<UUID, Account> byId = new java.util.HashMap<>();
        accounts.list().forEach(a -> byId.put(a.id(), a));
        return AnalyticsExport.write(format, shown, snapshots, byId);
    }

    /** A post's snapshots, oldest first: its curve. */
    public List<Snapshot> of(UUID postId) {
        return sessions.fromTransaction(session -> session.createSelectionQuery(
                        "from SnapshotRecord m where m.postId = :post and m.deletedAt is null order by m.takenAt", SnapshotRecord.class)
                .setParameter("post", postId).getResultList().stream().map(SnapshotRecord::view).toList());
    }
}
