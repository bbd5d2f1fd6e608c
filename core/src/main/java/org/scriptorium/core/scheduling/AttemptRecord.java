package org.scriptorium.core.scheduling;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import org.scriptorium.core.store.SyncableEntity;

import java.time.Instant;
import java.util.UUID;

/** A publish log row: written before the platform is called (the intent), finished after. */
@Entity
@Table(name = "publish_attempts")
public class AttemptRecord extends SyncableEntity {
    @Column(name = "post_id", nullable = false)
    private UUID postId;
    @Column(name = "started_at", nullable = false)
    private Instant startedAt;
    @Column(name = "finished_at")
    private Instant finishedAt;
    @Enumerated(EnumType.STRING)
    @Column(name = "outcome", length = 20)
    private AttemptOutcome outcome;
    @Column(name = "error", length = 2000)
    private String error;
    @Column(name = "response_id", length = 500)
    private String responseId;

    protected AttemptRecord() {
    }

    AttemptRecord(UUID id, UUID postId, Instant now, UUID deviceId) {
        super(id, now, deviceId);
        this.postId = postId;
        this.startedAt = now;
    }

    void finish(Instant now, AttemptOutcome outcome, String error, String responseId) {
        this.finishedAt = now;
        this.outcome = outcome;
        this.error = error == null ? null : error.length() > 2000 ? error.substring(0, 2000) : error;
        this.responseId = responseId;
    }

    AttemptOutcome outcome() {
        return outcome;
    }

    PublishAttempt view() {
        return new PublishAttempt(getId(), postId, startedAt, finishedAt, outcome, error, responseId);
    }
}
