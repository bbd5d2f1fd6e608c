package org.scriptorium.core.writing.providers;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import org.scriptorium.core.store.SyncableEntity;

import java.time.Instant;
import java.util.UUID;

/** A configured AI service. Its key, if any, is in the secret store under {@code provider:<id>}, never here. */
@Entity
@Table(name = "ai_providers")
public class ProviderRecord extends SyncableEntity {
    @Column(name = "name", nullable = false, length = 80)
    private String name;
    @Enumerated(EnumType.STRING)
    @Column(name = "kind", nullable = false, length = 30)
    private ProviderType kind;
    @Column(name = "base_url", length = 2048)
    private String baseUrl;
    @Column(name = "model", nullable = false, length = 200)
    private String model;
    @Column(name = "has_key", nullable = false)
    private boolean hasKey;

    protected ProviderRecord() {
    }

    ProviderRecord(UUID id, String name, ProviderType kind, String baseUrl, String model, boolean hasKey, Instant now, UUID deviceId) {
        super(id, now, deviceId);
        this.name = name;
        this.kind = kind;
        this.baseUrl = baseUrl;
        this.model = model;
        this.hasKey = hasKey;
    }

    ConfiguredProvider view() {
        return new ConfiguredProvider(getId(), name, kind, java.net.URI.create(baseUrl), model, hasKey);
    }

    String getName() {
        return name;
    }

    void remove(Instant now) {
        markDeleted(now);
    }
}
