package org.scriptorium.core.writing.usage;

import java.time.Duration;
import java.util.UUID;

/** An AI call to record: who answered, what it took, and which draft or topic it served. */
public record AiCall(String provider, String model, String purpose, int inputTokens, int outputTokens, int images,
                     Duration latency, Outcome outcome, UUID draftId, UUID topicId) {
    public enum Outcome { OK, FAILED, CANCELLED }
}
