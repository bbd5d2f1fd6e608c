package org.scriptorium.core.writing.usage;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import org.scriptorium.core.store.SyncableEntity;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

/** One AI call as the ledger keeps it. */
@Entity
@Table(name = "ai_usage")
public class UsageRecord extends SyncableEntity {
    @Column(name = "called_at", nullable = false)
    private Instant calledAt;
    @Column(name = "provider", nullable = false, length = 80)
    private String provider;
    @Column(name = "model", nullable = false, length = 200)
    private String model;
    @Column(name = "purpose", nullable = false, length = 40)
    private String purpose;
    @Column(name = "input_tokens", nullable = false)
    private int inputTokens;
    @Column(name = "output_tokens", nullable = false)
    private int outputTokens;
    @Column(name = "images", nullable = false)
    private int images;
    @Column(name = "latency_ms", nullable = false)
    private long latencyMs;
    @Column(name = "cost_usd", nullable = false, precision = 14, scale = 6)
    private BigDecimal costUsd;
    @Column(name = "outcome", nullable = false, length = 20)
    private String outcome;
    @Column(name = "draft_id")
    private UUID draftId;
    @Column(name = "topic_id")
    private UUID topicId;

    protected UsageRecord() {
    }

    UsageRecord(UUID id, AiCall call, BigDecimal cost, Instant now, UUID deviceId) {
        super(id, now, deviceId);
        this.calledAt = now;
        this.provider = call.provider();
        this.model = call.model();
        this.purpose = call.purpose();
        this.inputTokens = call.inputTokens();
        this.outputTokens = call.outputTokens();
        this.images = call.images();
        this.latencyMs = call.latency().toMillis();
        this.costUsd = cost;
        this.outcome = call.outcome().name().toLowerCase(java.util.Locale.ROOT);
        this.draftId = call.draftId();
        this.topicId = call.topicId();
    }

    void assignDraft(UUID draft) {
        this.draftId = draft;
    }

    UsageEntry entry() {
        return new UsageEntry(getId(), calledAt, provider, model, purpose, inputTokens, outputTokens, images, latencyMs, costUsd,
                outcome, draftId, topicId);
    }
}
