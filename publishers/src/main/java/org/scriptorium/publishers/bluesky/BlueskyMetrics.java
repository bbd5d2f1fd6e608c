package org.scriptorium.publishers.bluesky;

import com.fasterxml.jackson.databind.JsonNode;
import org.scriptorium.core.publishing.PostCounts;
import org.scriptorium.core.publishing.MetricsReader;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What Bluesky posts did: {@code app.bsky.feed.getPosts}, up to 25 posts a call, answered with each post's like,
 * reply, repost and quote counts (the account's server passes the read on to the Bluesky app view). A post that no
 * longer exists is simply left out of the answer: it is gone.
 */
final class BlueskyMetrics implements MetricsReader {
    /** getPosts takes at most 25 {@code uris} (app.bsky.feed.getPosts lexicon). */
    static final int BATCH = 25;

    private final Xrpc xrpc;

    BlueskyMetrics(Xrpc xrpc) {
        this.xrpc = xrpc;
    }

    @Override
    public int batchSize() {
        return BATCH;
    }

    @Override
    public Map<String, Reading> read(List<String> uris) {
        if (uris.size() > BATCH) {
            throw new IllegalArgumentException("getPosts reads at most " + BATCH + " posts a call; got " + uris.size() + ".");
        }
        JsonNode answer = xrpc.getRepeated("app.bsky.feed.getPosts", "uris", uris);
        Map<String, Reading> read = new LinkedHashMap<>();
        for (JsonNode post : answer.path("posts")) {
            read.put(post.path("uri").asText(), Reading.measured(new PostCounts(count(post, "likeCount"), count(post, "replyCount"),
                    count(post, "repostCount"), count(post, "quoteCount"), null, null)));
        }
        uris.forEach(uri -> read.putIfAbsent(uri, Reading.gone()));
        return read;
    }

    /** A count the answer has, or null when it does not say (never a made-up zero). */
    private static Long count(JsonNode post, String field) {
        return post.hasNonNull(field) ? post.path(field).asLong() : null;
    }
}
