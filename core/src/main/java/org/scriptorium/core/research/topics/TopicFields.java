package org.scriptorium.core.research.topics;

/**
 * The plan's fields of a topic.
 *
 * @param intent   what searchers of it want (set by the user, else suggested by keyword research; null: not known yet)
 * @param priority 1–10 as the user set it (null: not set, the suggested one stands)
 * @param trending the page-view change of its Wikipedia article over the last 30 days, percent (null: unknown)
 * @param demand   the demand (0–100) of its best keyword (null: no keyword research yet)
 */
public record TopicFields(SearchIntent intent, Integer priority, Double trending, Integer demand) {
    /**
     * A priority from what the studio knows: half from the topic's score, a third from its best keyword's demand, the
     * rest from its trend (rising by a fifth or more counts in full, falling counts nothing), as 1–10.
     */
    public int suggestedPriority(double score) {
        double fromScore = Math.max(0, Math.min(100, score)) / 100 * 5;
        double fromDemand = demand == null ? 1.5 : demand / 100.0 * 3;
        double fromTrend = trending == null ? 1 : Math.max(0, Math.min(2, 1 + trending / 20));
        return (int) Math.max(1, Math.min(10, Math.round(fromScore + fromDemand + fromTrend)));
    }
}
