package org.scriptorium.core.analytics;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * What the writing behind the posts did: published posts grouped by the draft they came from, and by the topic that
 * draft was started from, each with how many went out and their engagement at their latest snapshots. A post
 * written without a draft, or a draft not started from a topic, is left out of that grouping.
 */
public final class ResultsByWork {
    /** How many posts of a draft or topic went out, and what they did together. */
    public record Performance(int posts, long engagement) {
        Performance plus(Analytics.PostResult result) {
            return new Performance(posts + 1, engagement + result.engagement());
        }
    }

    private ResultsByWork() {
    }

    /** By draft id. */
    public static Map<UUID, Performance> byDraft(List<Analytics.PostResult> results) {
        return group(results, result -> result.post().draftId());
    }

    /** By topic id, through {@code draftTopics} (the topic each draft was started from, by draft id). */
    public static Map<UUID, Performance> byTopic(List<Analytics.PostResult> results, Map<UUID, UUID> draftTopics) {
        return group(results, result -> result.post().draftId() == null ? null : draftTopics.get(result.post().draftId()));
    }

    /** By the name of each post's network, as {@code networkOf} names it from the post's account id. */
    public static Map<String, Performance> byNetwork(List<Analytics.PostResult> results, java.util.function.Function<UUID, String> networkOf) {
        return group(results, result -> networkOf.apply(result.post().accountId()));
    }

    /** The results added up by {@code key}; a result whose key is null is left out. */
    private static <K> Map<K, Performance> group(List<Analytics.PostResult> results, java.util.function.Function<Analytics.PostResult, K> key) {
        Map<K, Performance> grouped = new HashMap<>();
        for (Analytics.PostResult result : results) {
            K by = key.apply(result);
            if (by != null) {
                grouped.merge(by, new Performance(0, 0).plus(result), (a, b) -> a.plus(result));
            }
        }
        return grouped;
    }

    /** Each topic's engagement, all its posts ever: what the topic board sorts by. */
    public static Map<UUID, Long> engagementByTopic(Analytics analytics, Map<UUID, UUID> draftTopics) {
        Map<UUID, Long> engagement = new HashMap<>();
        byTopic(analytics.results(java.time.Instant.EPOCH, java.time.Instant.MAX, null), draftTopics).forEach((topic, p) -> engagement.put(topic, p.engagement()));
        return engagement;
    }
}
