package org.scriptorium.core.research.sources;

import org.scriptorium.core.research.feeds.SourceKind;

import java.time.Instant;
import java.util.UUID;

/** What a list of sources shows: a source as it is now, detached from the store. */
public record SourceSummary(UUID id, SourceKind kind, String url, String feedUrl, String title, SourceLabel label,
                            int pollIntervalMinutes, boolean enabled, String disabledReason, SourceHealth health,
                            long documentCount, Instant createdAt) {
    static SourceSummary of(Source s, long documentCount) {
        return new SourceSummary(s.getId(), s.getKind(), s.getUrl(), s.getFeedUrl(), s.getTitle(), s.label(),
                s.getPollIntervalMinutes(), s.isEnabled(), s.getDisabledReason(), s.health(), documentCount, s.getCreatedAt());
    }

    /** The address polled: the discovered feed of a page, else the URL the user gave. */
    public String pollUrl() {
        return feedUrl != null ? feedUrl : url;
    }

    public boolean dueAt(Instant now) {
        if (!enabled) {
            return false;
        }
        if (health.retryAfter() != null && now.isBefore(health.retryAfter())) {
            return false;
        }
        Instant last = health.lastPolledAt();
        return last == null || !now.isBefore(last.plusSeconds(60L * pollIntervalMinutes));
    }
}
