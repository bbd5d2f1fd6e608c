package org.scriptorium.core.research.text;

/**
 * How {@link TopicClusterer} groups documents.
 *
 * @param similarityThreshold the average TF-IDF cosine two groups need to merge
 * @param minSize             the fewest documents a topic has; smaller groups are left out as noise
 * @param maxTopics           the most topics returned, largest first
 */
public record ClusterOptions(double similarityThreshold, int minSize, int maxTopics) {
    public ClusterOptions {
        if (!(similarityThreshold > 0 && similarityThreshold <= 1)) {
            throw new IllegalArgumentException("similarityThreshold must be in (0, 1], was " + similarityThreshold);
        }
        if (minSize < 1 || maxTopics < 1) {
            throw new IllegalArgumentException("minSize and maxTopics must be positive, were " + minSize + " and " + maxTopics);
        }
    }

    /** Tuned on news articles: same-story articles by different outlets average about 0.2 or more, others under 0.1. */
    public static ClusterOptions defaults() {
        return new ClusterOptions(0.15, 2, 20);
    }
}
