package org.scriptorium.core.analytics;

import org.scriptorium.core.publishing.PostCounts;
import org.scriptorium.core.publishing.MetricsReader;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import org.scriptorium.core.store.SyncableEntity;

import java.time.Instant;
import java.util.UUID;

/** A snapshot as the store keeps it. */
@Entity
@Table(name = "post_metrics")
public class SnapshotRecord extends SyncableEntity {
    @Column(name = "post_id", nullable = false)
    private UUID postId;
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

    protected SnapshotRecord() {
    }

    SnapshotRecord(UUID id, UUID postId, UUID accountId, Instant takenAt, MetricsReader.State state, PostCounts counts, String detail, UUID deviceId) {
        super(id, takenAt, deviceId);
        this.postId = postId;
        this.accountId = accountId;
        this.takenAt = takenAt;
        this.state = state;
        this.reactions = counts.reactions();
        this.comments = counts.comments();
        this.shares = counts.shares();
        this.quotes = counts.quotes();
        this.impressions = counts.impressions();
        this.reach = counts.reach();
        this.detail = detail == null ? null : detail.length() > 500 ? detail.substring(0, 500) : detail;
    }

    /** Thinned away: a tombstone, so the other devices drop it too. */
    void thin(Instant now, UUID writingDevice) {
        markDeleted(now);
        touch(now, writingDevice);
    }

    UUID postId() {
        return postId;
    }

    Instant takenAt() {
        return takenAt;
    }

    Snapshot view() {
        return new Snapshot(getId(), postId, accountId, takenAt, state, new PostCounts(reactions, comments, shares, quotes, impressions, reach), detail);
    }
}
