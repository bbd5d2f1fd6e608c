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
        Map<UUID, Performance> byDraft = new HashMap<>();
        for (Analytics.PostResult result : results) {
            UUID draft = result.post().draftId();
            if (draft != null) {
                byDraft.merge(draft, new Performance(0, 0).plus(result), (a, b) -> a.plus(result));
            }
        }
        return byDraft;
    }

    /** By topic id, through {@code draftTopics} (the topic each draft was started from, by draft id). */
    public static Map<UUID, Performance> byTopic(List<Analytics.PostResult> results, Map<UUID, UUID> draftTopics) {
        Map<UUID, Performance> byTopic = new HashMap<>();
        for (Analytics.PostResult result : results) {
            UUID topic = result.post().draftId() == null ? null : draftTopics.get(result.post().draftId());
            if (topic != null) {
                byTopic.merge(topic, new Performance(0, 0).plus(result), (a, b) -> a.plus(result));
            }
        }
        return byTopic;
    }

    /** Each topic's engagement, all its posts ever: what the topic board sorts by. */
    public static Map<UUID, Long> engagementByTopic(Analytics analytics, Map<UUID, UUID> draftTopics) {
        Map<UUID, Long> engagement = new HashMap<>();
        byTopic(analytics.results(java.time.Instant.EPOCH, java.time.Instant.MAX, null), draftTopics).forEach((topic, p) -> engagement.put(topic, p.engagement()));
        return engagement;
    }
}
