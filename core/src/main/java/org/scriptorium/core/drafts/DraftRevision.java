package org.scriptorium.core.drafts;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import org.scriptorium.core.store.SyncableEntity;

import java.time.Instant;
import java.util.UUID;

/** A snapshot of a draft's title and text at a save point. */
@Entity
@Table(name = "draft_revisions")
public class DraftRevision extends SyncableEntity {
    @Column(name = "draft_id", nullable = false)
    private UUID draftId;

    @Column(name = "title", nullable = false, length = 500)
    private String title;

    @Column(name = "body", nullable = false)
    private String body;

    @Column(name = "word_count", nullable = false)
    private int wordCount;

    @Enumerated(EnumType.STRING)
    @Column(name = "reason", nullable = false, length = 30)
    private RevisionReason reason;

    protected DraftRevision() {
    }

    DraftRevision(UUID id, Draft draft, RevisionReason reason, Instant now, UUID deviceId) {
        super(id, now, deviceId);
        this.draftId = draft.getId();
        this.title = draft.getTitle();
        this.body = draft.getBody();
        this.wordCount = draft.getWordCount();
        this.reason = reason;
    }

    /** A revision saved on another device, arriving through sync with its own id and time. */
    DraftRevision(UUID id, UUID draftId, String title, String body, RevisionReason reason, Instant createdAt, UUID deviceId) {
        super(id, createdAt, deviceId);
        this.draftId = draftId;
        this.title = title;
        this.body = body;
        this.wordCount = TextStatistics.wordCount(body);
        this.reason = reason;
    }

    public UUID getDraftId() {
        return draftId;
    }

    public String getTitle() {
        return title;
    }

    public String getBody() {
        return body;
    }

    public int getWordCount() {
        return wordCount;
    }

    public RevisionReason getReason() {
        return reason;
    }
}
