package org.scriptorium.publishers.facebook;

import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;

/**
 * The names of a Page post's view metrics, per Graph version, in one place. Meta retired {@code post_impressions}
 * and {@code post_impressions_unique} for every version in 2025 (June and November) in favour of views:
 * {@code post_media_view} and {@code post_total_media_view_unique}. When a later version renames them again, it gets
 * its own row here; nothing else names a metric.
 */
final class PostInsightNames {
    /** How often the post was seen, and by how many accounts. */
    record Names(String views, String viewers) {
    }

    /** From this Graph major version on (inclusive), these names; v22.0 is the oldest version still served at the end of 2026. */
    private static final NavigableMap<Integer, Names> SINCE_VERSION = new TreeMap<>(Map.of(
            22, new Names("post_media_view", "post_total_media_view_unique")));

    private PostInsightNames() {
    }

    /** The names for a version such as "v25.0"; a version older than the table gets its oldest row (Meta serves neither). */
    static Names of(String version) {
        int major;
        try {
            major = Integer.parseInt(version.replaceFirst("^v", "").replaceFirst("\\..*$", ""));
        } catch (NumberFormatException unreadable) {
            major = SINCE_VERSION.lastKey();
        }
        var row = SINCE_VERSION.floorEntry(major);
        return (row != null ? row : SINCE_VERSION.firstEntry()).getValue();
    }
}
