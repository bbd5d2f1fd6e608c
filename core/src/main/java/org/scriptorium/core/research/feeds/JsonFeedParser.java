package org.scriptorium.core.research.feeds;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.jsoup.nodes.Entities;
import org.scriptorium.core.research.fetch.FailureKind;

import java.net.URI;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** JSON Feed 1.0 and 1.1 (jsonfeed.org); 1.0's single {@code author} is read as well as 1.1's {@code authors}. */
final class JsonFeedParser {
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final int SUMMARY_CHARS = 600;

    /** {@code baseUrl} is what relative URLs are relative to; {@code host} names the source in messages. */
    ParsedFeed parse(String text, URI baseUrl, String host) throws FeedFormatException {
        JsonNode root = readTree(text, host);
        if (!root.path("version").asText("").startsWith("https://jsonfeed.org/version/")) {
            throw new FeedFormatException(FailureKind.NOT_A_FEED, "What " + host + " sent is JSON but not a JSON Feed.");
        }
        URI site = Links.resolve(baseUrl, text(root, "home_page_url"));
        List<FeedEntry> entries = new ArrayList<>();
        for (JsonNode item : root.path("items")) {
            entries.add(entry(item, baseUrl, author(root)));
        }
        String title = PlainText.of(text(root, "title"));
        return new ParsedFeed(title == null ? host : title, site, entries);
    }

    static JsonNode readTree(String text, String host) throws FeedFormatException {
        try {
            JsonNode root = MAPPER.readTree(text);
            if (root == null || !root.isObject()) {
                throw new FeedFormatException(FailureKind.MALFORMED, "What " + host + " sent is not a JSON object.");
            }
            return root;
        } catch (JacksonException e) {
            throw new FeedFormatException(FailureKind.MALFORMED, "What " + host + " sent is broken JSON (line "
                    + (e.getLocation() == null ? "?" : e.getLocation().getLineNr()) + ").", e);
        }
    }

    private static FeedEntry entry(JsonNode item, URI base, String feedAuthor) {
        URI link = Links.resolve(base, text(item, "url"));
        if (link == null) {
            link = Links.resolve(base, text(item, "external_url"));
        }
        String contentHtml = text(item, "content_html");
        String contentText = text(item, "content_text");
        if (contentHtml == null && contentText != null) {
            contentHtml = "<p>" + Entities.escape(contentText).replace("\n\n", "</p><p>") + "</p>";
        }
        String summary = PlainText.ofType(text(item, "summary"), null); // plain text by the spec, though not always
        if (summary == null) {
            summary = PlainText.abbreviated(contentHtml, SUMMARY_CHARS);
        }
        String id = text(item, "id");
        String title = PlainText.ofType(text(item, "title"), null);
        String author = author(item);
        Instant published = FeedDates.parse(text(item, "date_published"));
        return new FeedEntry(id != null ? id : link == null ? null : link.toString(),
                title != null ? title : FeedParser.fallbackTitle(summary, link), link,
                author != null ? author : feedAuthor,
                published != null ? published : FeedDates.parse(text(item, "date_modified")),
                summary, contentHtml, null, null);
    }

    private static String author(JsonNode node) {
        for (JsonNode author : node.path("authors")) {
            String name = text(author, "name");
            if (name != null) {
                return name;
            }
        }
        return text(node.path("author"), "name");
    }

    /** A string field; ids may be numbers in the wild, so scalars of any type are accepted. */
    static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull() || value.isContainerNode()) {
            return null;
        }
        String text = value.asText().strip();
        return text.isEmpty() ? null : text;
    }
}
