package org.scriptorium.core.analytics;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.UUID;

/** A post's latest snapshot, as this device knows it: derived from the snapshots, never synced. */
@Entity
@Table(name = "post_latest_metrics")
public class LatestSnapshot {
    @Id
    @Column(name = "post_id", nullable = false)
    private UUID postId;
    @Column(name = "snapshot_id", nullable = false)
    private UUID snapshotId;
    @Column(name = "taken_at", nullable = false)
    private Instant takenAt;

    protected LatestSnapshot() {
    }

    LatestSnapshot(UUID postId, UUID snapshotId, Instant takenAt) {
        this.postId = postId;
        this.snapshotId = snapshotId;
        this.takenAt = takenAt;
    }

    UUID postId() {
        return postId;
    }

    /** Points at {@code snapshot} when it is newer than the one kept. */
    void offer(UUID snapshot, Instant taken) {
        if (!taken.isBefore(takenAt)) {
            this.snapshotId = snapshot;
            this.takenAt = taken;
        }
    }
}
