package org.scriptorium.core.settings;

import java.time.Instant;
import java.util.List;

import org.hibernate.SessionFactory;
import org.scriptorium.core.store.Ids;

import java.time.Clock;
import java.util.Optional;
import java.util.UUID;

/** Local preferences stored in the database, and this device's identity. */
public final class SettingsRepository {
    static final String DEVICE_ID = "device.id";

    private final SessionFactory sessions;
    private final Clock clock;

    public SettingsRepository(SessionFactory sessions, Clock clock) {
        this.sessions = sessions;
        this.clock = clock;
    }

    public Optional<String> get(String key) {
        return Optional.ofNullable(sessions.fromTransaction(s -> s.find(Setting.class, key))).map(Setting::value);
    }

    public void put(String key, String value) {
        sessions.inTransaction(s -> {
            Setting existing = s.find(Setting.class, key);
            if (existing == null) {
                s.persist(new Setting(key, value, clock.instant()));
            } else {
                existing.update(value, clock.instant());
            }
        });
    }

    public void remove(String key) {
        sessions.inTransaction(s -> {
            Setting existing = s.find(Setting.class, key);
            if (existing != null) {
                s.remove(existing);
            }
        });
    }

    /** A setting with the time it was last written here. */
    public record Entry(String key, String value, Instant updatedAt) {
    }

    /** Every setting whose key starts with one of {@code prefixes}, with when it was last written. */
    public List<Entry> entries(List<String> prefixes) {
        return sessions.fromTransaction(s -> s.createSelectionQuery("from Setting", Setting.class).getResultList().stream()
                .filter(setting -> prefixes.stream().anyMatch(setting.key()::startsWith))
                .map(setting -> new Entry(setting.key(), setting.value(), setting.updatedAt()))
                .toList());
    }

    /** The id this device stamps on every row it writes; created on first use and kept forever. */
    public UUID deviceId() {
        return get(DEVICE_ID).map(UUID::fromString).orElseGet(() -> {
            UUID id = Ids.newId();
            put(DEVICE_ID, id.toString());
            return id;
        });
    }
}
