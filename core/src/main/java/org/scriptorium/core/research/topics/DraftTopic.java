package org.scriptorium.core.research.topics;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import org.scriptorium.core.store.SyncableEntity;

import java.time.Instant;
import java.util.UUID;

/** The topic a draft was started from: one live row per draft. */
@Entity
@Table(name = "draft_topics")
public class DraftTopic extends SyncableEntity {
    @Column(name = "draft_id", nullable = false)
    private UUID draftId;
    @Column(name = "topic_id", nullable = false)
    private UUID topicId;

    protected DraftTopic() {
    }

    DraftTopic(UUID id, UUID draftId, UUID topicId, Instant now, UUID deviceId) {
        super(id, now, deviceId);
        this.draftId = draftId;
        this.topicId = topicId;
    }

    /** The draft now counts as this topic's. */
    void moveTo(UUID topic, Instant now, UUID writingDevice) {
        if (!topic.equals(topicId)) {
            this.topicId = topic;
            touch(now, writingDevice);
        }
    }

    /** One link too many (two devices linked the draft at once): a tombstone, so the other devices drop it too. */
    void retire(Instant now, UUID writingDevice) {
        markDeleted(now);
        touch(now, writingDevice);
    }

    UUID draftId() {
        return draftId;
    }

    UUID topicId() {
        return topicId;
    }
}
