package org.scriptorium.core.analytics;

import org.scriptorium.core.publishing.MetricsReader;
import org.scriptorium.core.publishing.PostCounts;

import java.time.Instant;
import java.util.UUID;

/** A post's numbers at one moment, as its network gave them; or that the network no longer has the post. */
public record Snapshot(UUID id, UUID postId, UUID accountId, Instant takenAt, MetricsReader.State state, PostCounts counts, String detail) {
}
