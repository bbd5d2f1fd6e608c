package org.scriptorium.core.notion;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.UUID;

/** The Notion page a draft was sent to, so sending it again updates that page. Local to this device. */
@Entity
@Table(name = "notion_draft_pages")
public class NotionDraftPage {
    @Id
    @Column(name = "draft_id", nullable = false)
    private UUID draftId;
    @Column(name = "page_id", nullable = false, length = 64)
    private String pageId;
    @Column(name = "page_url", length = 2000)
    private String pageUrl;
    @Column(name = "data_source_id", nullable = false, length = 64)
    private String dataSourceId;
    @Column(name = "sent_at", nullable = false)
    private Instant sentAt;

    protected NotionDraftPage() {
    }

    NotionDraftPage(UUID draftId, String pageId, String pageUrl, String dataSourceId, Instant sentAt) {
        this.draftId = draftId;
        this.pageId = pageId;
        this.pageUrl = pageUrl;
        this.dataSourceId = dataSourceId;
        this.sentAt = sentAt;
    }

    void sent(String url, Instant at) {
        if (url != null && !url.isBlank()) {
            this.pageUrl = url;
        }
        this.sentAt = at;
    }

    UUID draftId() {
        return draftId;
    }

    String pageId() {
        return pageId;
    }

    String pageUrl() {
        return pageUrl;
    }

    String dataSourceId() {
        return dataSourceId;
    }
}
