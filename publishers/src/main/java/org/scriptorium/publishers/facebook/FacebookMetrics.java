package org.scriptorium.publishers.facebook;

import com.fasterxml.jackson.databind.JsonNode;
import org.scriptorium.core.publishing.MetricsReader;
import org.scriptorium.core.publishing.PostCounts;
import org.scriptorium.publishers.common.Http;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a Page's posts did: one Graph read for up to 50 posts ({@code GET /?ids=...}) with each post's reactions,
 * comments and shares counts and its lifetime views and viewers ({@link PostInsightNames}, by the Graph version).
 * Graph refuses the whole read when one post is gone (#803, naming them) or a metric is refused (no permission, or a
 * metric Meta retired): reading sends nothing, so it is asked again without them, and what is left out is said.
 */
final class FacebookMetrics implements MetricsReader {
    /** Graph's limit on ids in one multiple-id read. */
    static final int BATCH = 50;
    /** "Some of the aliases you requested do not exist": the ids come after the colon. */
    private static final int UNKNOWN_ALIASES = 803;
    private static final Pattern POST_ID = Pattern.compile("\\d+_\\d+|\\d+");

    private final Supplier<Graph> graph;

    FacebookMetrics(Supplier<Graph> graph) {
        this.graph = graph;
    }

    @Override
    public int batchSize() {
        return BATCH;
    }

    @Override
    public Map<String, Reading> read(List<String> postIds) {
        Graph api = graph.get();
        PostInsightNames.Names names = PostInsightNames.of(api.version());
        Map<String, Reading> read = new LinkedHashMap<>();
        List<String> asking = new ArrayList<>(postIds);
        boolean views = true;
        String withoutViews = null;
        while (!asking.isEmpty()) {
            Http.Answer answer = api.read("", Map.of("ids", String.join(",", asking), "fields", fields(names, views)));
            if (answer.ok()) {
                for (String id : asking) {
                    JsonNode post = answer.json().path(id);
                    read.put(id, post.isMissingNode() ? Reading.gone() : measured(post, names, withoutViews));
                }
                return read;
            }
            GraphErrors.GraphError error = GraphErrors.GraphError.of(answer);
            Set<String> unknown = error.code() == UNKNOWN_ALIASES ? named(error.message(), asking) : Set.of();
            if (!unknown.isEmpty()) {
                unknown.forEach(id -> read.put(id, Reading.gone()));
                asking.removeAll(unknown);
            } else if (views && refusesViews(error)) {
                views = false;
                withoutViews = error.code() == 100
                        ? "Facebook no longer gives " + names.views() + " (Graph " + api.version() + "): views are left out until the names are updated."
                        : "Views need the read_insights permission for this Page: connect it again and allow it.";
            } else if (error.code() == 10 || (error.code() >= 200 && error.code() <= 299)) {
                String why = "Not available with this account's permissions: " + api.failure(answer).getMessage();
                asking.forEach(id -> read.put(id, new Reading(State.UNAVAILABLE, PostCounts.NONE, why)));
                return read;
            } else {
                throw api.failure(answer);
            }
        }
        return read;
    }

    /** Counts Graph gives only when there are some (no {@code shares} field for a post nobody shared): then 0, as asked. */
    private static Reading measured(JsonNode post, PostInsightNames.Names names, String withoutViews) {
        Long views = null;
        Long viewers = null;
        for (JsonNode metric : post.path("insights").path("data")) {
            JsonNode value = metric.path("values").path(0).path("value");
            if (value.isNumber()) {
                if (metric.path("name").asText().equals(names.views())) {
                    views = value.asLong();
                } else if (metric.path("name").asText().equals(names.viewers())) {
                    viewers = value.asLong();
                }
            }
        }
        PostCounts counts = new PostCounts(total(post.path("reactions")), total(post.path("comments")), post.path("shares").path("count").asLong(0),
                null, views, viewers);
        return new Reading(State.MEASURED, counts, withoutViews);
    }

    private static Long total(JsonNode edge) {
        JsonNode count = edge.path("summary").path("total_count");
        return count.isNumber() ? count.asLong() : null;
    }

    private static String fields(PostInsightNames.Names names, boolean views) {
        String counts = "reactions.summary(total_count).limit(0),comments.summary(total_count).limit(0),shares";
        return views ? counts + ",insights.metric(" + names.views() + "," + names.viewers() + ")" : counts;
    }

    /**
     * A refusal that may be of the insights alone: a retired metric name (#100), or a permission (the Page's insights
     * need more than its counts do; if the counts are refused too, the read without views says so).
     */
    private static boolean refusesViews(GraphErrors.GraphError error) {
        return error.code() == 100 && error.message().toLowerCase(java.util.Locale.ROOT).contains("insights metric")
                || error.code() == 10 || error.code() >= 200 && error.code() <= 299;
    }

    /** The asked ids Graph's message names (only those: a message is not trusted to name anything else). */
    private static Set<String> named(String message, List<String> asking) {
        Set<String> named = new LinkedHashSet<>();
        int colon = message.indexOf(':');
        Matcher id = POST_ID.matcher(colon < 0 ? "" : message.substring(colon + 1));
        while (id.find()) {
            if (asking.contains(id.group())) {
                named.add(id.group());
            }
        }
        return named;
    }
}
