package org.scriptorium.core.settings;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;

/** One local preference; a plain key/value row. */
@Entity
@Table(name = "settings")
public class Setting {
    @Id
    @Column(name = "setting_key", nullable = false, length = 200)
    private String key;

    @Column(name = "setting_value", nullable = false, length = 4000)
    private String value;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    protected Setting() {
    }

    Setting(String key, String value, Instant updatedAt) {
        this.key = key;
        this.value = value;
        this.updatedAt = updatedAt;
    }

    String value() {
        return value;
    }

    String key() {
        return key;
    }

    Instant updatedAt() {
        return updatedAt;
    }

    void update(String newValue, Instant now) {
        this.value = newValue;
        this.updatedAt = now;
    }
}
