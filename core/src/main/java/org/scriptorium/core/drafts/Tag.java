package org.scriptorium.core.drafts;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import org.scriptorium.core.store.SyncableEntity;

import java.time.Instant;
import java.util.UUID;

/** A label a creator puts on drafts; names are unique. */
@Entity
@Table(name = "tags")
public class Tag extends SyncableEntity {
    @Column(name = "name", nullable = false, length = 100)
    private String name;

    protected Tag() {
    }

    Tag(UUID id, String name, Instant now, UUID deviceId) {
        super(id, now, deviceId);
        this.name = name;
    }

    public String getName() {
        return name;
    }
}
