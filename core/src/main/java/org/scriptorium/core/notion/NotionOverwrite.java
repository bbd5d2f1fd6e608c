package org.scriptorium.core.notion;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.UUID;

/** A value a sync overwrote with the other side's later edit, kept for the user to see. Local to this device. */
@Entity
@Table(name = "notion_overwrites")
public class NotionOverwrite {
    @Id
    @Column(name = "id", nullable = false)
    private UUID id;
    @Column(name = "topic_id", nullable = false)
    private UUID topicId;
    @Column(name = "topic_title", nullable = false, length = 500)
    private String topicTitle;
    @Column(name = "field", nullable = false, length = 40)
    private String field;
    @Column(name = "lost_value", length = 2000)
    private String lostValue;
    @Column(name = "lost_on", nullable = false, length = 10)
    private String lostOn;
    @Column(name = "happened_at", nullable = false)
    private Instant happenedAt;

    protected NotionOverwrite() {
    }

    NotionOverwrite(UUID id, NotionSync.Overwrite overwrite) {
        this.id = id;
        this.topicId = overwrite.topicId();
        this.topicTitle = overwrite.topicTitle();
        this.field = overwrite.field();
        this.lostValue = overwrite.lostValue();
        this.lostOn = overwrite.lostOn().name();
        this.happenedAt = overwrite.at();
    }

    NotionSync.Overwrite overwrite() {
        return new NotionSync.Overwrite(topicId, topicTitle, field, lostValue, NotionTopicMerge.Side.valueOf(lostOn), happenedAt);
    }
}
