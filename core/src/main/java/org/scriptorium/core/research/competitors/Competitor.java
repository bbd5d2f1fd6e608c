package org.scriptorium.core.research.competitors;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import org.scriptorium.core.store.SyncableEntity;

import java.time.Instant;
import java.util.UUID;

/** A competitor site as the user listed it: a name and the address given (a home page, a feed or a sitemap). */
@Entity
@Table(name = "competitors")
public class Competitor extends SyncableEntity {
    @Column(name = "name", nullable = false, length = 200)
    private String name;
    @Column(name = "url", nullable = false, length = 2000)
    private String url;

    protected Competitor() {
    }

    Competitor(UUID id, String name, String url, Instant now, UUID deviceId) {
        super(id, now, deviceId);
        this.name = name;
        this.url = url;
    }

    String name() {
        return name;
    }

    String url() {
        return url;
    }

    void remove(Instant now, UUID writingDevice) {
        markDeleted(now);
        touch(now, writingDevice);
    }
}
