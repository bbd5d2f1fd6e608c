package org.scriptorium.core.research.topics;

/** Which topics to show and in what order; null parts match everything. */
public record TopicFilter(TopicStatus status, String domain, String market, TopicOrder order, SearchIntent intent) {
    public static final TopicFilter ALL = new TopicFilter(null, null, null, TopicOrder.SCORE);

    public TopicFilter(TopicStatus status, String domain, String market, TopicOrder order) {
        this(status, domain, market, order, null);
    }

    /**
     * Highest score, freshest, best past results (what the posts of the topic's drafts did), highest priority (set or
     * suggested), most trending, or most searched for.
     */
    public enum TopicOrder { SCORE, FRESHNESS, RESULTS, PRIORITY, TRENDING, DEMAND }
}
