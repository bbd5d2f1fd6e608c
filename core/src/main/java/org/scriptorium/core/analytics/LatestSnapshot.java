package org.scriptorium.core.analytics;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.scriptorium.core.publishing.MetricsReader;
import org.scriptorium.core.publishing.PostCounts;

import java.time.Instant;
import java.util.UUID;

/** A copy of a post's latest snapshot, as this device knows it: derived from the snapshots, never synced. */
@Entity
@Table(name = "post_latest_metrics")
public class LatestSnapshot {
    @Id
    @Column(name = "post_id", nullable = false)
    private UUID postId;
    @Column(name = "snapshot_id", nullable = false)
    private UUID snapshotId;
    @Column(name = "account_id", nullable = false)
    private UUID accountId;
    @Column(name = "taken_at", nullable = false)
    private Instant takenAt;
    @Enumerated(EnumType.STRING)
    @Column(name = "state", nullable = false, length = 20)
    private MetricsReader.State state;
    @Column(name = "reactions")
    private Long reactions;
    @Column(name = "comments")
    private Long comments;
    @Column(name = "shares")
    private Long shares;
    @Column(name = "quotes")
    private Long quotes;
    @Column(name = "impressions")
    private Long impressions;
    @Column(name = "reach")
    private Long reach;
    @Column(name = "detail", length = 500)
    private String detail;

    protected LatestSnapshot() {
    }

    LatestSnapshot(Snapshot snapshot) {
        this.postId = snapshot.postId();
        this.takenAt = Instant.MIN;
        offer(snapshot);
    }

    UUID postId() {
        return postId;
    }

    /** Becomes a copy of {@code snapshot} when it is at least as new as the one kept. */
    void offer(Snapshot snapshot) {
        if (snapshot.takenAt().isBefore(takenAt)) {
            return;
        }
        this.snapshotId = snapshot.id();
        this.accountId = snapshot.accountId();
        this.takenAt = snapshot.takenAt();
        this.state = snapshot.state();
        this.reactions = snapshot.counts().reactions();
        this.comments = snapshot.counts().comments();
        this.shares = snapshot.counts().shares();
        this.quotes = snapshot.counts().quotes();
        this.impressions = snapshot.counts().impressions();
        this.reach = snapshot.counts().reach();
        this.detail = snapshot.detail();
    }

    Snapshot view() {
        return new Snapshot(snapshotId, postId, accountId, takenAt, state, new PostCounts(reactions, comments, shares, quotes, impressions, reach), detail);
    }
}
