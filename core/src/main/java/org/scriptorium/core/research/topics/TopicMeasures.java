package org.scriptorium.core.research.topics;

import java.time.Instant;

/**
 * How promising a topic looks. Score is 0–100 from freshness (0–1, newest document's age), independent
 * sources, engagement (points and comments) and growth since the last discovery (new documents / old).
 */
public record TopicMeasures(double score, double freshness, int sourceCount, int engagement, double growth,
                            int documentCount, Instant latestDocumentAt, Instant discoveredAt) {
    public static final TopicMeasures NONE = new TopicMeasures(0, 0, 0, 0, 0, 0, null, null);
}
