package org.scriptorium.core.images;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import org.scriptorium.core.store.SyncableEntity;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

/** An image in a draft's library: which file (by content hash), its role, alt text, and what made it at what cost. */
@Entity
@Table(name = "draft_images")
public class DraftImageRecord extends SyncableEntity {
    @Column(name = "draft_id", nullable = false)
    private UUID draftId;
    @Column(name = "role", nullable = false, length = 20)
    private String role;
    @Column(name = "content_hash", nullable = false, length = 64)
    private String contentHash;
    @Column(name = "media_type", nullable = false, length = 40)
    private String mediaType;
    @Column(name = "width", nullable = false)
    private int width;
    @Column(name = "height", nullable = false)
    private int height;
    @Column(name = "alt_text", nullable = false, length = 1000)
    private String altText;
    @Column(name = "prompt", length = 4000)
    private String prompt;
    @Column(name = "provider", nullable = false, length = 80)
    private String provider;
    @Column(name = "model", length = 200)
    private String model;
    @Column(name = "cost_usd", nullable = false, precision = 14, scale = 6)
    private BigDecimal costUsd;

    protected DraftImageRecord() {
    }

    DraftImageRecord(UUID id, UUID draftId, DraftImage.Role role, StoredImage image, String altText, String prompt, String provider,
                     String model, BigDecimal cost, Instant now, UUID deviceId) {
        super(id, now, deviceId);
        this.draftId = draftId;
        this.role = role.name();
        this.contentHash = image.hash();
        this.mediaType = image.mediaType();
        this.width = image.width();
        this.height = image.height();
        this.altText = altText;
        this.prompt = prompt == null ? null : prompt.length() > 4000 ? prompt.substring(0, 4000) : prompt;
        this.provider = provider;
        this.model = model;
        this.costUsd = cost;
    }

    DraftImage view() {
        return new DraftImage(getId(), draftId, DraftImage.Role.valueOf(role), contentHash, mediaType, width, height, altText, prompt,
                provider, model, costUsd, getCreatedAt());
    }
}
