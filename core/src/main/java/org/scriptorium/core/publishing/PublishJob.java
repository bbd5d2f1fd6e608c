package org.scriptorium.core.publishing;

import java.time.Instant;
import java.util.UUID;

/**
 * One attempt's worth of publishing: the post, and the identity that makes a repeat of it recognisable. The
 * idempotency key is the same for every attempt of one post, so a network that honours keys answers a repeat with
 * the first post, and {@link Publisher#reconcile} can find a post an earlier attempt created.
 */
public record PublishJob(UUID id, String idempotencyKey, Instant createdAt, OutgoingPost post) {
}
