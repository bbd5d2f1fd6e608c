package org.scriptorium.core.research.sources;

import java.time.Instant;

/** How polling a source has gone: when, how often it worked or failed, and the last error in words. */
public record SourceHealth(Instant lastPolledAt, Instant lastSuccessAt, int successCount, int failureCount,
                           String lastError, Instant retryAfter) {
    public boolean failing() {
        return lastError != null;
    }
}
