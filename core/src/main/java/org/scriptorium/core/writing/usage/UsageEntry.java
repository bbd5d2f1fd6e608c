package org.scriptorium.core.writing.usage;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

/** A recorded AI call, as `usage` and the window list it. */
public record UsageEntry(UUID id, Instant calledAt, String provider, String model, String purpose, int inputTokens,
                         int outputTokens, int images, long latencyMs, BigDecimal costUsd, String outcome, UUID draftId,
                         UUID topicId) {
}
