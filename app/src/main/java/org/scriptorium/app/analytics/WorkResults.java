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

    public static List<Row> byDraft(List<Analytics.PostResult> results, DraftService drafts) {
        return rows(ResultsByWork.byDraft(results), id -> drafts.exists(id) ? drafts.get(id).title() : "A deleted draft");
    }

    public static List<Row> byTopic(List<Analytics.PostResult> results, TopicService topics) {
        return rows(ResultsByWork.byTopic(results, topics.draftTopics()), id -> {
            try {
                return topics.get(id).title();
            } catch (RuntimeException deleted) {
                return "A deleted topic";
            }
        });
    }

    private static List<Row> rows(Map<UUID, ResultsByWork.Performance> by, java.util.function.Function<UUID, String> title) {
        List<Row> rows = new ArrayList<>();
        by.forEach((id, p) -> rows.add(new Row(id, title.apply(id), p.posts(), p.engagement())));
        rows.sort(Comparator.comparingLong(Row::engagement).reversed().thenComparing(Row::title));
        return rows;
    }
}
