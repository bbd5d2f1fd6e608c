package org.scriptorium.app.analytics;

import org.scriptorium.core.analytics.Analytics;
import org.scriptorium.core.analytics.ResultsByWork;
import org.scriptorium.core.drafts.DraftService;
import org.scriptorium.core.research.topics.TopicService;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** What each draft's and each topic's posts did, by title, best first: for the Analytics area and {@code analytics posts --by}. */
public final class WorkResults {
    /** A draft or topic, how many of its posts went out, and their engagement together. */
    public record Row(UUID id, String title, int posts, long engagement) {
    }

    private WorkResults() {
    }

    /** Titles are read in one listing (the trash's too), not a draft at a time. */
    public static List<Row> byDraft(List<Analytics.PostResult> results, DraftService drafts) {
        Map<UUID, ResultsByWork.Performance> by = ResultsByWork.byDraft(results);
        if (by.isEmpty()) {
            return List.of();
        }
        Map<UUID, String> titles = new java.util.HashMap<>();
        for (var filter : List.of(org.scriptorium.core.drafts.DraftFilter.ALL, org.scriptorium.core.drafts.DraftFilter.TRASH)) {
            drafts.list(filter).forEach(d -> titles.put(d.id(), d.title()));
        }
        return rows(by, id -> titles.getOrDefault(id, "A deleted draft"));
    }

    public static List<Row> byTopic(List<Analytics.PostResult> results, TopicService topics) {
        Map<UUID, ResultsByWork.Performance> by = ResultsByWork.byTopic(results, topics.draftTopics());
        if (by.isEmpty()) {
            return List.of();
        }
        Map<UUID, String> titles = new java.util.HashMap<>();
        topics.list(org.scriptorium.core.research.topics.TopicFilter.ALL).forEach(t -> titles.put(t.id(), t.title()));
        return rows(by, id -> titles.getOrDefault(id, "A deleted topic"));
    }

    private static List<Row> rows(Map<UUID, ResultsByWork.Performance> by, java.util.function.Function<UUID, String> title) {
        List<Row> rows = new ArrayList<>();
        by.forEach((id, p) -> rows.add(new Row(id, title.apply(id), p.posts(), p.engagement())));
        rows.sort(Comparator.comparingLong(Row::engagement).reversed().thenComparing(Row::title));
        return rows;
    }
}
