package org.scriptorium.core.store;

import jakarta.persistence.Column;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.Version;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

/**
 * The columns every syncable row carries: a UUIDv7 id, UTC instants, a revision counter (also the
 * optimistic lock), the device that last wrote the row, and a tombstone for deletions that must sync.
 */
@MappedSuperclass
public abstract class SyncableEntity {
    @Id
    @Column(name = "id", nullable = false, updatable = false)
    private UUID id;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Version
    @Column(name = "revision", nullable = false)
    private long revision;

    @Column(name = "device_id", nullable = false)
    private UUID deviceId;

    @Column(name = "deleted_at")
    private Instant deletedAt;

    protected SyncableEntity() {
    }

    protected SyncableEntity(UUID id, Instant now, UUID deviceId) {
        this.id = id;
        this.createdAt = now;
        this.updatedAt = now;
        this.deviceId = deviceId;
    }

    /**
     * Records a local write; the revision itself is bumped by Hibernate on flush. The update time always
     * moves forward, even within one clock tick, so every write is a change and later writes sort later.
     */
    public void touch(Instant now, UUID writingDevice) {
        this.updatedAt = updatedAt == null || now.isAfter(updatedAt) ? now : updatedAt.plus(1, ChronoUnit.MICROS);
        this.deviceId = writingDevice;
    }

    public UUID getId() {
        return id;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    public long getRevision() {
        return revision;
    }

    public UUID getDeviceId() {
        return deviceId;
    }

    public Instant getDeletedAt() {
        return deletedAt;
    }

    protected void markDeleted(Instant now) {
        this.deletedAt = now;
    }

    protected void clearDeleted() {
        this.deletedAt = null;
    }
}
