package org.scriptorium.core.research.reports;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import org.scriptorium.core.store.SyncableEntity;

import java.time.Instant;
import java.util.UUID;

/** The stored row of a report; its content is JSON, its sources are rows of research_report_sources. */
@Entity
@Table(name = "research_reports")
public class ReportRecord extends SyncableEntity {
    @Column(name = "topic_id", nullable = false)
    private UUID topicId;

    @Column(name = "version", nullable = false)
    private int version;

    @Column(name = "query", nullable = false, length = 1000)
    private String query;

    @Column(name = "synthesizer", nullable = false, length = 40)
    private String synthesizer;

    @Column(name = "content", nullable = false)
    private String content;

    protected ReportRecord() {
    }

    ReportRecord(UUID id, UUID topicId, int version, String query, String synthesizer, String content, Instant now, UUID deviceId) {
        super(id, now, deviceId);
        this.topicId = topicId;
        this.version = version;
        this.query = query;
        this.synthesizer = synthesizer;
        this.content = content;
    }

    public UUID getTopicId() {
        return topicId;
    }

    public int getVersion() {
        return version;
    }

    public String getQuery() {
        return query;
    }

    public String getSynthesizer() {
        return synthesizer;
    }

    public String getContent() {
        return content;
    }
}
