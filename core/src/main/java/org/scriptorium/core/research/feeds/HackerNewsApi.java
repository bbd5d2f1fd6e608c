package org.scriptorium.core.research.feeds;

import com.fasterxml.jackson.databind.JsonNode;
import org.scriptorium.core.research.fetch.Charsets;
import org.scriptorium.core.research.fetch.FailureKind;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Hacker News through the Algolia HN Search API (the same JSON for front page and keyword searches). */
public final class HackerNewsApi {
    public static final URI DEFAULT_API_BASE = URI.create("https://hn.algolia.com/api/v1");
    private static final String ITEM_PAGE = "https://news.ycombinator.com/item?id=";
    private static final int SUMMARY_CHARS = 600;

    private HackerNewsApi() {
    }

    /**
     * The API call for a source: {@code https://news.ycombinator.com/} is the front page, an
     * {@code hn.algolia.com/api/v1/search?...} URL keeps its query, {@code hn:KEYWORD} searches stories.
     */
    public static URI requestUrl(URI sourceUrl, URI apiBase) {
        String base = apiBase.toString().replaceAll("/+$", "");
        if ("hn".equalsIgnoreCase(sourceUrl.getScheme())) {
            String keyword = sourceUrl.getSchemeSpecificPart().strip();
            if (keyword.isEmpty()) {
                throw new IllegalArgumentException("A Hacker News search needs a keyword, as in hn:rust.");
            }
            return URI.create(base + "/search?query=" + URLEncoder.encode(keyword, StandardCharsets.UTF_8) + "&tags=story");
        }
        String host = sourceUrl.getHost() == null ? "" : sourceUrl.getHost().toLowerCase(Locale.ROOT);
        if (host.equals("news.ycombinator.com")) {
            return URI.create(base + "/search?tags=front_page");
        }
        String path = sourceUrl.getPath() == null ? "" : sourceUrl.getPath();
        if (host.equals("hn.algolia.com") && (path.endsWith("/search") || path.endsWith("/search_by_date"))) {
            String endpoint = path.substring(path.lastIndexOf('/'));
            String query = sourceUrl.getRawQuery();
            return URI.create(base + endpoint + (query == null ? "" : "?" + query));
        }
        throw new IllegalArgumentException("Not a Hacker News address: " + sourceUrl
                + "; use https://news.ycombinator.com/, an hn.algolia.com search URL or hn:KEYWORD.");
    }

    public static ParsedFeed map(byte[] json, URI sourceUrl) throws FeedFormatException {
        String host = "hn.algolia.com";
        JsonNode root = JsonFeedParser.readTree(Charsets.decode(json, "application/json"), host);
        JsonNode hits = root.get("hits");
        if (hits == null || !hits.isArray()) {
            throw new FeedFormatException(FailureKind.NOT_A_FEED, "The Hacker News search answer has no stories in it.");
        }
        List<FeedEntry> entries = new ArrayList<>();
        for (JsonNode hit : hits) {
            String id = JsonFeedParser.text(hit, "objectID");
            if (id == null) {
                continue;
            }
            URI itemPage = URI.create(ITEM_PAGE + URLEncoder.encode(id, StandardCharsets.UTF_8));
            URI link = Links.resolve(null, JsonFeedParser.text(hit, "url"));
            String storyHtml = JsonFeedParser.text(hit, "story_text");
            String title = PlainText.of(JsonFeedParser.text(hit, "title"));
            long created = hit.path("created_at_i").asLong(0);
            entries.add(new FeedEntry("hn:" + id, title == null ? "(untitled)" : title, link == null ? itemPage : link,
                    JsonFeedParser.text(hit, "author"), created > 0 ? Instant.ofEpochSecond(created) : null,
                    PlainText.abbreviated(storyHtml, SUMMARY_CHARS), storyHtml,
                    count(hit, "points"), count(hit, "num_comments")));
        }
        return new ParsedFeed(title(sourceUrl), URI.create("https://news.ycombinator.com/"), entries);
    }

    private static String title(URI sourceUrl) {
        if ("hn".equalsIgnoreCase(sourceUrl.getScheme())) {
            return "Hacker News: " + sourceUrl.getSchemeSpecificPart().strip();
        }
        return "Hacker News";
    }

    private static Integer count(JsonNode hit, String field) {
        JsonNode value = hit.get(field);
        return value == null || !value.isNumber() ? null : value.asInt();
    }
}
