package org.scriptorium.core.research.topics;

import org.scriptorium.core.research.sources.SourceLabel;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/** A topic as the board and the CLI show it. */
public record TopicSummary(UUID id, String title, TopicStatus status, TopicOrigin origin, List<String> keywords,
                           List<String> entities, SourceLabel label, TopicMeasures measures, Set<UUID> documentIds,
                           Instant createdAt, Instant updatedAt, TopicFields fields) {
    static TopicSummary of(Topic t) {
        return new TopicSummary(t.getId(), t.getTitle(), t.getStatus(), t.getOrigin(), t.keywords(), t.entities(), t.label(),
                t.measures(), t.documentIds(), t.getCreatedAt(), t.getUpdatedAt(), t.fields());
    }

    /** The priority the user set, else the one suggested from the topic's score, demand and trend. */
    public int priority() {
        return fields.priority() != null ? fields.priority() : fields.suggestedPriority(measures.score());
    }

    /** When the topic last had news: its newest document, else when it was written down. */
    public Instant freshAt() {
        return measures.latestDocumentAt() != null ? measures.latestDocumentAt() : createdAt;
    }
}
