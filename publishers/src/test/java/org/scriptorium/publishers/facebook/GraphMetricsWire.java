package org.scriptorium.publishers.facebook;

import mockwebserver3.MockResponse;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Graph's multiple-id read of Page posts as the fake answers it ({@code GET /vXX.0/?ids=a,b&fields=...}): an object
 * per id with the reactions and comments summaries, {@code shares} only when there are some, and the lifetime
 * insights asked for. One unknown id fails the whole read with #803 naming it; a retired metric name fails it with
 * #100; a Page whose insights the token may not read fails it with #10, as Graph does.
 */
final class GraphMetricsWire {
    private static final Pattern METRICS = Pattern.compile("insights\\.metric\\(([^)]*)\\)");
    /** Names Meta retired in 2025 for every Graph version. */
    static final Set<String> RETIRED = Set.of("post_impressions", "post_impressions_unique");

    /** reactions, comments, shares, views, viewers by post id. */
    final Map<String, long[]> counts = new ConcurrentHashMap<>();
    /** Metric names this Graph no longer knows, besides the ones Meta retired. */
    volatile Set<String> alsoRetired = Set.of();
    volatile boolean insightsRefused;
    volatile boolean countsRefused;

    MockResponse read(Map<String, String> params, String page, Predicate<String> exists) {
        List<String> ids = List.of(params.get("ids").split(","));
        if (ids.size() > 50) {
            return GraphWire.error(400, 100, "(#100) Too many IDs. Maximum: 50. Provided: " + ids.size() + ".");
        }
        List<String> unknown = ids.stream().filter(id -> !exists.test(id)).toList();
        if (!unknown.isEmpty()) {
            return GraphWire.error(404, 803, "(#803) Some of the aliases you requested do not exist: " + String.join(",", unknown));
        }
        if (ids.stream().anyMatch(id -> !id.startsWith(page + "_"))) {
            return GraphWire.error(403, 200, "(#200) The Page access token is not for this Page");
        }
        String fields = params.getOrDefault("fields", "");
        if (countsRefused) {
            return GraphWire.error(403, 200, "(#200) Requires pages_read_engagement permission to manage the object");
        }
        List<String> metrics = new ArrayList<>();
        Matcher asked = METRICS.matcher(fields);
        if (asked.find()) {
            if (insightsRefused) {
                return GraphWire.error(403, 10, "(#10) This endpoint requires the 'read_insights' permission");
            }
            for (String name : asked.group(1).split(",")) {
                if (RETIRED.contains(name) || alsoRetired.contains(name)) {
                    return GraphWire.error(400, 100, "(#100) The value must be a valid insights metric");
                }
                metrics.add(name);
            }
        }
        List<String> out = new ArrayList<>();
        for (String id : ids) {
            long[] c = counts.getOrDefault(id, new long[5]);
            StringBuilder post = new StringBuilder("\"" + id + "\":{\"id\":\"" + id + "\"");
            if (fields.contains("reactions.summary(total_count)")) {
                post.append(",\"reactions\":{\"data\":[],\"summary\":{\"total_count\":").append(c[0]).append(",\"viewer_reaction\":\"NONE\"}}");
            }
            if (fields.contains("comments.summary(total_count)")) {
                post.append(",\"comments\":{\"data\":[],\"summary\":{\"order\":\"ranked\",\"total_count\":").append(c[1]).append(",\"can_comment\":true}}");
            }
            if (fields.contains("shares") && c[2] > 0) {
                post.append(",\"shares\":{\"count\":").append(c[2]).append('}');
            }
            if (!metrics.isEmpty()) {
                List<String> data = new ArrayList<>();
                for (String name : metrics) {
                    long value = name.equals("post_media_view") ? c[3] : name.equals("post_total_media_view_unique") ? c[4] : 0;
                    data.add("{\"name\":\"" + name + "\",\"period\":\"lifetime\",\"values\":[{\"value\":" + value + "}],\"title\":\"Lifetime "
                            + name + "\",\"id\":\"" + id + "/insights/" + name + "/lifetime\"}");
                }
                post.append(",\"insights\":{\"data\":[").append(String.join(",", data)).append("]}");
            }
            out.add(post.append('}').toString());
        }
        return GraphWire.ok("{" + String.join(",", out) + "}");
    }
}
