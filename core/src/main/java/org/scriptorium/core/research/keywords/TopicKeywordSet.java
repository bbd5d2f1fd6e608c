package org.scriptorium.core.research.keywords;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import org.scriptorium.core.store.SyncableEntity;

import java.time.Instant;
import java.util.UUID;

/** A topic's keyword research as last run: its market, when, and the keywords as JSON. One live row per topic. */
@Entity
@Table(name = "topic_keywords")
public class TopicKeywordSet extends SyncableEntity {
    @Column(name = "topic_id", nullable = false)
    private UUID topicId;
    @Column(name = "market", nullable = false, length = 20)
    private String market;
    @Column(name = "researched_at", nullable = false)
    private Instant researchedAt;
    @Column(name = "keywords", nullable = false)
    private String keywords;

    protected TopicKeywordSet() {
    }

    TopicKeywordSet(UUID id, UUID topicId, Instant now, UUID deviceId) {
        super(id, now, deviceId);
        this.topicId = topicId;
    }

    void replace(String market, String keywordsJson, Instant now, UUID writingDevice) {
        this.market = market;
        this.keywords = keywordsJson;
        this.researchedAt = now;
        touch(now, writingDevice);
    }

    UUID topicId() {
        return topicId;
    }

    String market() {
        return market;
    }

    Instant researchedAt() {
        return researchedAt;
    }

    String keywordsJson() {
        return keywords;
    }
}
