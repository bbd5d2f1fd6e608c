package org.scriptorium.core.writing.ai;

import java.time.Duration;

/** What a model answered, with what it cost in tokens and time (for the usage ledger). */
public record ChatResult(String text, String model, int inputTokens, int outputTokens, Duration latency, String finishReason) {
}
