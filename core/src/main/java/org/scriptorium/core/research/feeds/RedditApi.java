package org.scriptorium.core.research.feeds;

import com.fasterxml.jackson.databind.JsonNode;
import org.jsoup.parser.Parser;
import org.scriptorium.core.research.fetch.Charsets;
import org.scriptorium.core.research.fetch.FailureKind;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** A subreddit through Reddit's public JSON listing ({@code /r/NAME/.json}). */
public final class RedditApi {
    private static final Set<String> SORTS = Set.of("hot", "new", "top", "rising", "controversial");
    private static final int SUMMARY_CHARS = 600;

    private RedditApi() {
    }

    /** {@code https://www.reddit.com/r/java} (or {@code /r/java/}, {@code /r/java/top}) to its JSON listing. */
    public static URI requestUrl(URI subredditUrl) {
        String[] parts = subredditUrl.getPath() == null ? new String[0] : subredditUrl.getPath().split("/");
        List<String> segments = java.util.Arrays.stream(parts).filter(s -> !s.isEmpty()).toList();
        if (segments.size() < 2 || !segments.get(0).equals("r") || !segments.get(1).matches("[A-Za-z0-9_+]+")) {
            throw new IllegalArgumentException("Not a subreddit address: " + subredditUrl
                    + "; use one like https://www.reddit.com/r/java.");
        }
        String path = "/r/" + segments.get(1) + "/";
        if (segments.size() > 2 && SORTS.contains(segments.get(2))) {
            path += segments.get(2) + "/";
        }
        try {
            return new URI(subredditUrl.getScheme(), null, subredditUrl.getHost(), subredditUrl.getPort(),
                    path + ".json", subredditUrl.getQuery(), null);
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("Not a subreddit address: " + subredditUrl + ".", e);
        }
    }

    public static ParsedFeed map(byte[] json, URI sourceUrl) throws FeedFormatException {
        String host = sourceUrl.getHost() == null ? "reddit.com" : sourceUrl.getHost();
        JsonNode root = JsonFeedParser.readTree(Charsets.decode(json, "application/json"), host);
        JsonNode children = root.path("data").get("children");
        if (!"Listing".equals(root.path("kind").asText()) || children == null || !children.isArray()) {
            throw new FeedFormatException(FailureKind.NOT_A_FEED, "What " + host + " sent is not a subreddit listing.");
        }
        URI site = sourceUrl.resolve("/");
        List<FeedEntry> entries = new ArrayList<>();
        for (JsonNode child : children) {
            if (!"t3".equals(child.path("kind").asText())) {
                continue; // listings may mix in other things; only posts are sources
            }
            entries.add(post(child.path("data"), site));
        }
        String name = subreddit(sourceUrl);
        return new ParsedFeed(name == null ? "Reddit" : "r/" + name, name == null ? site : site.resolve("/r/" + name + "/"),
                entries);
    }

    private static FeedEntry post(JsonNode post, URI site) {
        String id = JsonFeedParser.text(post, "id");
        URI permalink = Links.resolve(site, JsonFeedParser.text(post, "permalink"));
        URI url = Links.resolve(site, JsonFeedParser.text(post, "url"));
        boolean self = post.path("is_self").asBoolean(false);
        URI link = self || url == null ? permalink : url;
        String selfText = JsonFeedParser.text(post, "selftext");
        String selfHtml = JsonFeedParser.text(post, "selftext_html");
        // Reddit sends selftext_html entity-escaped; unescape once to get the HTML.
        String contentHtml = selfHtml == null ? null : Parser.unescapeEntities(selfHtml, false);
        String title = PlainText.of(JsonFeedParser.text(post, "title"));
        long created = (long) post.path("created_utc").asDouble(0);
        return new FeedEntry(id == null ? String.valueOf(link) : "reddit:t3_" + id, title == null ? "(untitled)" : title,
                link, JsonFeedParser.text(post, "author"), created > 0 ? Instant.ofEpochSecond(created) : null,
                selfText == null ? null : PlainText.abbreviated(selfText, SUMMARY_CHARS), contentHtml,
                count(post, "score"), count(post, "num_comments"));
    }

    private static String subreddit(URI sourceUrl) {
        String[] parts = sourceUrl.getPath() == null ? new String[0] : sourceUrl.getPath().split("/");
        for (int i = 0; i + 1 < parts.length; i++) {
            if (parts[i].equals("r") && !parts[i + 1].isEmpty()) {
                return parts[i + 1];
            }
        }
        return null;
    }

    private static Integer count(JsonNode post, String field) {
        JsonNode value = post.get(field);
        return value == null || !value.isNumber() ? null : value.asInt();
    }
}
