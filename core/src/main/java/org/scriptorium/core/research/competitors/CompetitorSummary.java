package org.scriptorium.core.research.competitors;

import java.time.Instant;
import java.util.UUID;

/**
 * A competitor as lists show it: what the user gave, what this device follows (null until first checked), how many of
 * its articles are read, when it was last checked and what went wrong then (null: nothing).
 */
public record CompetitorSummary(UUID id, String name, String url, Follow follow, int articles, Instant checkedAt, String problem) {
}
