package org.scriptorium.core.research.topics;

/** Which topics to show and in what order; null parts match everything. */
public record TopicFilter(TopicStatus status, String domain, String market, TopicOrder order) {
    public static final TopicFilter ALL = new TopicFilter(null, null, null, TopicOrder.SCORE);

    /** Highest score, freshest, or best past results (what the posts of the topic's drafts did). */
    public enum TopicOrder { SCORE, FRESHNESS, RESULTS }
}
