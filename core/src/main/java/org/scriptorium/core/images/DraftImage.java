package org.scriptorium.core.images;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

/** An image of a draft's library, as lists and the CLI show it. */
public record DraftImage(UUID id, UUID draftId, Role role, String contentHash, String mediaType, int width, int height, String altText,
                         String prompt, String provider, String model, BigDecimal costUsd, Instant createdAt) {
    public enum Role { HERO, SUPPORTING }
}
