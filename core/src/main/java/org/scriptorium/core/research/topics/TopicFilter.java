package org.scriptorium.core.research.topics;

/** Which topics to show and in what order; null parts match everything. */
public record TopicFilter(TopicStatus status, String domain, String market, TopicOrder order) {
    public static final TopicFilter ALL = new TopicFilter(null, null, null, TopicOrder.SCORE);

    public enum TopicOrder { SCORE, FRESHNESS }
}
