package org.scriptorium.core.notion;

import org.scriptorium.core.research.fetch.HostPacing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Notion's REST API (version 2025-09-03) as one integration sees it: the data sources of a database and their
 * columns, their pages, and pages' content. Calls go one at a time, about three a second; see {@link NotionConnection}
 * for what is repeated (only what Notion asked to slow down on) and what never is.
 */
public final class NotionApi {
    public static final String DEFAULT_BASE = "https://api.notion.com";
    private static final int PAGE_SIZE = 100;

    private final NotionConnection connection;

    /** The real Notion, reached with the integration's secret {@code token}. */
    public NotionApi(OkHttpClient client, String token, Clock clock, HostPacing.Pause pause) {
        this(client, DEFAULT_BASE, token, clock, pause);
    }

    /** {@code base}: where the API answers, {@code https://api.notion.com} but for tests. */
    public NotionApi(OkHttpClient client, String base, String token, Clock clock, HostPacing.Pause pause) {
        HttpUrl url = HttpUrl.parse(base);
        if (url == null) {
            throw new IllegalArgumentException("Not an address for the Notion API: " + base);
        }
        this.connection = new NotionConnection(client, url, token, clock, pause);
    }

    /** The data sources of a database, in Notion's order. */
    public List<DataSource> dataSources(String databaseId) throws InterruptedException {
        JsonNode database = connection.send("GET", connection.url("v1", "databases", databaseId).build(), null, "that database");
        List<DataSource> sources = new ArrayList<>();
        for (JsonNode source : database.path("data_sources")) {
            sources.add(new DataSource(source.path("id").asText(), source.path("name").asText("")));
        }
        return List.copyOf(sources);
    }

    /** A data source's columns. */
    public DataSourceSchema schema(String dataSourceId) throws InterruptedException {
        JsonNode source = connection.send("GET", connection.url("v1", "data_sources", dataSourceId).build(), null, "that database");
        Map<String, DataSourceSchema.Property> properties = new LinkedHashMap<>();
        source.path("properties").properties().forEach(entry -> {
            JsonNode property = entry.getValue();
            String type = property.path("type").asText("");
            List<String> options = new ArrayList<>();
            for (JsonNode option : property.path(type).path("options")) {
                options.add(option.path("name").asText());
            }
            properties.put(entry.getKey(), new DataSourceSchema.Property(property.path("id").asText(""), type, options));
        });
        return new DataSourceSchema(source.path("id").asText(dataSourceId), plainText(source.path("title")), properties);
    }

    /** Every page of a data source, following Notion's pages of 100. */
    public List<JsonNode> pages(String dataSourceId) throws InterruptedException {
        return query(dataSourceId, null);
    }

    /**
     * The pages of a data source edited at or after {@code since}. Notion keeps edit times to the minute, so this asks
     * from the start of that minute: a page may come back that a caller has already seen, never one it has not.
     */
    public List<JsonNode> pagesEditedSince(String dataSourceId, Instant since) throws InterruptedException {
        ObjectNode filter = NotionConnection.JSON.createObjectNode();
        filter.put("timestamp", "last_edited_time");
        filter.putObject("last_edited_time").put("on_or_after", since.truncatedTo(ChronoUnit.MINUTES).toString());
        return query(dataSourceId, filter);
    }

    private List<JsonNode> query(String dataSourceId, ObjectNode filter) throws InterruptedException {
        HttpUrl url = connection.url("v1", "data_sources", dataSourceId, "query").build();
        List<JsonNode> pages = new ArrayList<>();
        String cursor = null;
        do {
            ObjectNode body = NotionConnection.JSON.createObjectNode();
            body.put("page_size", PAGE_SIZE);
            if (cursor != null) {
                body.put("start_cursor", cursor);
            }
            if (filter != null) {
                body.set("filter", filter);
            }
            JsonNode answer = connection.send("POST", url, body, "that database");
            answer.path("results").forEach(pages::add);
            cursor = nextCursor(answer, cursor);
        } while (cursor != null);
        return pages;
    }

    /**
     * Creates a page in a data source with its content and answers the page. Content beyond what one request carries
     * is appended after; if that fails the page exists, and {@link NotionException.PageLeftIncomplete} says which.
     */
    public JsonNode createPage(String dataSourceId, ObjectNode properties, List<ObjectNode> blocks) throws InterruptedException {
        List<List<ObjectNode>> batches = BlockBatches.of(blocks);
        ObjectNode body = NotionConnection.JSON.createObjectNode();
        body.putObject("parent").put("type", "data_source_id").put("data_source_id", dataSourceId);
        body.set("properties", properties);
        if (!batches.isEmpty()) {
            body.putArray("children").addAll(batches.getFirst());
        }
        JsonNode page = connection.send("POST", connection.url("v1", "pages").build(), body, "that database");
        String pageId = page.path("id").asText();
        int written = batches.isEmpty() ? 0 : batches.getFirst().size();
        for (List<ObjectNode> batch : batches.subList(Math.min(1, batches.size()), batches.size())) {
            try {
                append(pageId, batch);
            } catch (NotionException e) {
                throw new NotionException.PageLeftIncomplete(pageId, written, blocks.size(), e);
            }
            written += batch.size();
        }
        return page;
    }

    /** Sets these properties of a page (others are left as they are) and answers the page. */
    public JsonNode updatePage(String pageId, ObjectNode properties) throws InterruptedException {
        ObjectNode body = NotionConnection.JSON.createObjectNode();
        body.set("properties", properties);
        return connection.send("PATCH", connection.url("v1", "pages", pageId).build(), body, "that page");
    }

    /** Moves a page to Notion's trash (or back out of it); Notion keeps it there for the user to restore. */
    public JsonNode trashPage(String pageId, boolean inTrash) throws InterruptedException {
        ObjectNode body = NotionConnection.JSON.createObjectNode();
        body.put("in_trash", inTrash);
        return connection.send("PATCH", connection.url("v1", "pages", pageId).build(), body, "that page");
    }

    /** Every block directly inside a page or block, following Notion's pages of 100. */
    public List<JsonNode> children(String blockId) throws InterruptedException {
        List<JsonNode> blocks = new ArrayList<>();
        String cursor = null;
        do {
            HttpUrl.Builder url = connection.url("v1", "blocks", blockId, "children").addQueryParameter("page_size", String.valueOf(PAGE_SIZE));
            if (cursor != null) {
                url.addQueryParameter("start_cursor", cursor);
            }
            JsonNode answer = connection.send("GET", url.build(), null, "that page");
            answer.path("results").forEach(blocks::add);
            cursor = nextCursor(answer, cursor);
        } while (cursor != null);
        return blocks;
    }

    /** Adds blocks at the end of a page or block, as many requests as they need. */
    public void appendChildren(String blockId, List<ObjectNode> blocks) throws InterruptedException {
        for (List<ObjectNode> batch : BlockBatches.of(blocks)) {
            append(blockId, batch);
        }
    }

    /**
     * Replaces a page's content: its blocks are deleted, then the new ones appended. Sub-pages and inline databases
     * are kept (deleting the block would trash what the user keeps in them); the new content comes after them.
     */
    public void replaceContent(String pageId, List<ObjectNode> blocks) throws InterruptedException {
        for (JsonNode block : children(pageId)) {
            String type = block.path("type").asText();
            if (type.equals("child_page") || type.equals("child_database") || block.path("in_trash").asBoolean(false)) {
                continue;
            }
            connection.send("DELETE", connection.url("v1", "blocks", block.path("id").asText()).build(), null, "that block");
        }
        appendChildren(pageId, blocks);
    }

    private void append(String blockId, List<ObjectNode> batch) throws InterruptedException {
        ObjectNode body = NotionConnection.JSON.createObjectNode();
        body.putArray("children").addAll(batch);
        connection.send("PATCH", connection.url("v1", "blocks", blockId, "children").build(), body, "that page");
    }

    /** The cursor of the next page of results, null after the last; a cursor that does not move would never end. */
    private static String nextCursor(JsonNode answer, String current) {
        String next = answer.path("next_cursor").asText(null);
        if (!answer.path("has_more").asBoolean(false) || next == null || next.isBlank()) {
            return null;
        }
        if (next.equals(current)) {
            throw new NotionException(200, NotionException.MALFORMED, "Notion kept answering the same page of results; try again later.");
        }
        return next;
    }

    private static String plainText(JsonNode richText) {
        StringBuilder text = new StringBuilder();
        richText.forEach(item -> text.append(item.path("plain_text").asText(item.path("text").path("content").asText(""))));
        return text.toString();
    }
}
