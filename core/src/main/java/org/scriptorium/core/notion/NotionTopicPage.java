package org.scriptorium.core.notion;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import org.scriptorium.core.store.SyncableEntity;

import java.time.Instant;
import java.util.UUID;

/** A topic's Notion page and the fields both sides last agreed on (JSON): one live row per topic, synced. */
@Entity
@Table(name = "notion_topic_pages")
public class NotionTopicPage extends SyncableEntity {
    @Column(name = "topic_id", nullable = false)
    private UUID topicId;
    @Column(name = "page_id", nullable = false, length = 64)
    private String pageId;
    @Column(name = "data_source_id", nullable = false, length = 64)
    private String dataSourceId;
    @Column(name = "synced_fields", nullable = false, length = 20000)
    private String syncedFields;
    @Column(name = "synced_at", nullable = false)
    private Instant syncedAt;

    protected NotionTopicPage() {
    }

    NotionTopicPage(UUID id, UUID topicId, String pageId, String dataSourceId, Instant now, UUID deviceId) {
        super(id, now, deviceId);
        this.topicId = topicId;
        this.pageId = pageId;
        this.dataSourceId = dataSourceId;
        this.syncedFields = "{}";
        this.syncedAt = now;
    }

    void synced(String fields, Instant at, UUID writingDevice) {
        this.syncedFields = fields;
        this.syncedAt = at;
        touch(at, writingDevice);
    }

    /** The topic's link moved to another page: a tombstone, so other devices drop it too. */
    void markGone(Instant now, UUID writingDevice) {
        markDeleted(now);
        touch(now, writingDevice);
    }

    UUID topicId() {
        return topicId;
    }

    String pageId() {
        return pageId;
    }

    String dataSourceId() {
        return dataSourceId;
    }

    String syncedFields() {
        return syncedFields;
    }

    Instant syncedAt() {
        return syncedAt;
    }
}
