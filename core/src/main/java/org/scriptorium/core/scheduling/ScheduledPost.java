package org.scriptorium.core.scheduling;

import org.scriptorium.core.publishing.PostImage;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.UUID;

/**
 * A social post as the calendar, the queue and the CLI see it. {@code scheduledAt} is an instant; {@code zone} is
 * where it was planned, so "09:00 Berlin" stays 09:00 in Berlin whatever zone it is shown in.
 */
public record ScheduledPost(UUID id, UUID accountId, UUID draftId, String text, List<PostImage> media, String firstComment,
                            PostStatus status, Instant scheduledAt, ZoneId zone, Instant nextAttemptAt, String platformPostId,
                            String url, String failure) {
    public ScheduledPost {
        media = media == null ? List.of() : List.copyOf(media);
    }

    /** The planned time in the zone it was planned in, or null for an unscheduled draft. */
    public ZonedDateTime plannedLocal() {
        return scheduledAt == null ? null : scheduledAt.atZone(zone);
    }
}
