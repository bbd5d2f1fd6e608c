package org.scriptorium.core.notion;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;

import java.io.IOException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * A Notion workspace on a loopback server, answering as api.notion.com does in version 2025-09-03: one database with
 * one data source of topic columns, its pages queried in pages of at most {@link #PAGE_SIZE} (fewer than asked, as
 * Notion may answer) and by last_edited_time, pages created and patched, block children listed, appended and deleted.
 * Edit times are kept to the minute, as Notion keeps them. One token is accepted; a 429 can be asked for once.
 */
public final class FakeNotion implements AutoCloseable {
    public static final String TOKEN = "ntn_loopback_secret_271828";
    public static final String DATABASE = "1f2e3d4c5b6a47980a1b2c3d4e5f6a7b";
    public static final String DATA_SOURCE = "a0b1c2d3-e4f5-4a6b-8c7d-9e0f1a2b3c4d";
    static final int PAGE_SIZE = 2;
    private static final ObjectMapper JSON = new ObjectMapper();

    private final MockWebServer server = new MockWebServer();
    private final Supplier<Instant> clock;
    private final Map<String, ObjectNode> pages = new LinkedHashMap<>();
    private final Map<String, List<ObjectNode>> children = new LinkedHashMap<>();
    private final List<String> calls = new ArrayList<>();
    private final ObjectNode schema;
    private int rateLimitOnce = -1;

    public FakeNotion(Supplier<Instant> clock) throws IOException {
        this.clock = clock;
        this.schema = (ObjectNode) read("""
                {"Name":{"id":"title","type":"title","title":{}},
                 "Status":{"id":"st","type":"status","status":{"options":[{"name":"Discovered"},{"name":"Validated"},{"name":"Researched"},
                   {"name":"Drafted"},{"name":"Published"},{"name":"Archived"}]}},
                 "Priority":{"id":"pr","type":"number","number":{"format":"number"}},
                 "Domain":{"id":"do","type":"select","select":{"options":[]}},
                 "Market":{"id":"ma","type":"select","select":{"options":[]}},
                 "Language":{"id":"la","type":"select","select":{"options":[]}},
                 "Score":{"id":"sc","type":"number","number":{"format":"number"}},
                 "Report":{"id":"re","type":"rich_text","rich_text":{}},
                 "Draft":{"id":"dr","type":"url","url":{}}}""");
        server.setDispatcher(new Dispatcher() {
            @Override
            public MockResponse dispatch(RecordedRequest request) {
                synchronized (FakeNotion.this) {
                    return answer(request);
                }
            }
        });
        server.start();
    }

    public String url() {
        return server.url("/").toString();
    }

    /** The next call is answered 429 with this Retry-After (seconds). */
    public synchronized void rateLimitNextCall(int seconds) {
        rateLimitOnce = seconds;
    }

    /** Every call as "METHOD /path". */
    public synchronized List<String> calls() {
        return List.copyOf(calls);
    }

    public synchronized List<ObjectNode> pages() {
        return List.copyOf(pages.values());
    }

    /** A page's plain title. */
    public synchronized String title(String pageId) {
        return plain(pages.get(pageId).path("properties").path("Name").path("title"));
    }

    public synchronized JsonNode property(String pageId, String name) {
        return pages.get(pageId).path("properties").path(name);
    }

    public synchronized List<ObjectNode> blocks(String pageId) {
        return List.copyOf(children.getOrDefault(pageId, List.of()));
    }

    /** A page the user made in Notion. */
    public synchronized String addPage(String title, String status) {
        ObjectNode properties = JSON.createObjectNode();
        properties.set("Name", titleValue(title));
        properties.set("Status", JSON.createObjectNode().set("status", JSON.createObjectNode().put("name", status)));
        return create(properties, JSON.createArrayNode()).path("id").asText();
    }

    /** The user edits one property in Notion ({@code value} as the API takes it, e.g. {"number":8}). */
    public synchronized void edit(String pageId, String property, String value) {
        ObjectNode properties = JSON.createObjectNode();
        properties.set(property, read(value));
        patch(pageId, properties);
    }

    public synchronized void editTitle(String pageId, String title) {
        ObjectNode properties = JSON.createObjectNode();
        properties.set("Name", titleValue(title));
        patch(pageId, properties);
    }

    private MockResponse answer(RecordedRequest request) {
        String path = request.getUrl().encodedPath();
        String method = request.getMethod();
        calls.add(method + " " + path);
        if (rateLimitOnce >= 0) {
            int wait = rateLimitOnce;
            rateLimitOnce = -1;
            ObjectNode body = JSON.createObjectNode().put("object", "error").put("status", 429).put("code", "rate_limited")
                    .put("message", "You have been rate limited. Please try again in a few minutes.");
            return new MockResponse.Builder().code(429).addHeader("Content-Type", "application/json").addHeader("Retry-After", String.valueOf(wait))
                    .body(body.toString()).build();
        }
        if (!("Bearer " + TOKEN).equals(request.getHeaders().get("Authorization"))) {
            return error(401, "unauthorized", "API token is invalid.");
        }
        if (!"2025-09-03".equals(request.getHeaders().get("Notion-Version"))) {
            return error(400, "missing_version", "Notion-Version header failed validation.");
        }
        String[] parts = path.substring(1).split("/");
        JsonNode body = request.getBody() == null || request.getBody().size() == 0 ? JSON.createObjectNode() : read(request.getBody().utf8());
        if (parts.length == 3 && parts[1].equals("databases") && method.equals("GET")) {
            if (!parts[2].replace("-", "").equals(DATABASE)) {
                return notFound(parts[2]);
            }
            ObjectNode database = JSON.createObjectNode().put("object", "database").put("id", DATABASE);
            database.putArray("data_sources").addObject().put("id", DATA_SOURCE).put("name", "Topics");
            return ok(database);
        }
        if (parts.length >= 3 && parts[1].equals("data_sources") && !parts[2].equals(DATA_SOURCE)) {
            return notFound(parts[2]);
        }
        if (parts.length == 3 && parts[1].equals("data_sources") && method.equals("GET")) {
            ObjectNode source = JSON.createObjectNode().put("object", "data_source").put("id", DATA_SOURCE);
            source.putArray("title").addObject().put("plain_text", "Topics");
            source.set("properties", schema.deepCopy());
            return ok(source);
        }
        if (parts.length == 4 && parts[1].equals("data_sources") && parts[3].equals("query") && method.equals("POST")) {
            String since = body.path("filter").path("last_edited_time").path("on_or_after").asText(null);
            List<ObjectNode> matching = pages.values().stream().filter(p -> !p.path("in_trash").asBoolean())
                    .filter(p -> since == null || !Instant.parse(p.path("last_edited_time").asText()).isBefore(Instant.parse(since))).toList();
            return ok(list(matching, body.path("start_cursor").asText(null), Math.min(PAGE_SIZE, body.path("page_size").asInt(100))));
        }
        if (parts.length == 2 && parts[1].equals("pages") && method.equals("POST")) {
            if (!body.path("parent").path("data_source_id").asText().equals(DATA_SOURCE)) {
                return error(400, "validation_error", "body.parent.data_source_id should be a valid uuid.");
            }
            return ok(create((ObjectNode) body.path("properties"), body.path("children")));
        }
        if (parts.length == 3 && parts[1].equals("pages") && method.equals("PATCH")) {
            return pages.containsKey(parts[2]) ? ok(patch(parts[2], (ObjectNode) body.path("properties"))) : notFound(parts[2]);
        }
        if (parts.length == 4 && parts[1].equals("blocks") && parts[3].equals("children")) {
            if (!children.containsKey(parts[2])) {
                return notFound(parts[2]);
            }
            if (method.equals("GET")) {
                return ok(list(children.get(parts[2]), request.getUrl().queryParameter("start_cursor"), PAGE_SIZE));
            }
            if (body.path("children").size() > 100) {
                return error(400, "validation_error", "body.children.length should be ≤ 100.");
            }
            body.path("children").forEach(block -> children.get(parts[2]).add(block(block)));
            touch(parts[2]);
            return ok(JSON.createObjectNode().put("object", "list"));
        }
        if (parts.length == 3 && parts[1].equals("blocks") && method.equals("DELETE")) {
            for (var entry : children.entrySet()) {
                if (entry.getValue().removeIf(block -> block.path("id").asText().equals(parts[2]))) {
                    touch(entry.getKey());
                    return ok(JSON.createObjectNode().put("object", "block").put("id", parts[2]).put("in_trash", true));
                }
            }
            return notFound(parts[2]);
        }
        return error(400, "invalid_request_url", "Invalid request URL.");
    }

    private ObjectNode create(ObjectNode properties, JsonNode blocks) {
        String id = UUID.randomUUID().toString();
        ObjectNode page = JSON.createObjectNode().put("object", "page").put("id", id)
                .put("created_time", now()).put("last_edited_time", now()).put("in_trash", false)
                .put("url", "https://www.notion.so/Topic-" + id.replace("-", ""));
        page.putObject("parent").put("type", "data_source_id").put("data_source_id", DATA_SOURCE);
        page.putObject("properties");
        schema.properties().forEach(column -> ((ObjectNode) page.path("properties")).set(column.getKey(), empty(column.getKey())));
        pages.put(id, page);
        children.put(id, new ArrayList<>());
        blocks.forEach(block -> children.get(id).add(block(block)));
        return patch(id, properties);
    }

    private ObjectNode patch(String pageId, ObjectNode properties) {
        ObjectNode page = pages.get(pageId);
        properties.properties().forEach(entry -> {
            String type = schema.path(entry.getKey()).path("type").asText();
            ObjectNode value = empty(entry.getKey());
            JsonNode given = entry.getValue().path(type);
            if (type.equals("title") || type.equals("rich_text")) {
                ArrayNode text = value.putArray(type);
                given.forEach(item -> text.addObject().put("type", "text").put("plain_text", item.path("text").path("content").asText())
                        .set("text", item.path("text")));
            } else {
                value.set(type, given);
            }
            ((ObjectNode) page.path("properties")).set(entry.getKey(), value);
        });
        touch(pageId);
        return page.deepCopy();
    }

    private ObjectNode empty(String column) {
        String type = schema.path(column).path("type").asText();
        ObjectNode value = JSON.createObjectNode().put("id", schema.path(column).path("id").asText()).put("type", type);
        if (type.equals("title") || type.equals("rich_text")) {
            value.putArray(type);
        } else {
            value.putNull(type);
        }
        return value;
    }

    private ObjectNode block(JsonNode given) {
        ObjectNode block = given.deepCopy();
        block.put("object", "block").put("id", UUID.randomUUID().toString()).put("has_children", false);
        return block;
    }

    private void touch(String pageId) {
        pages.get(pageId).put("last_edited_time", now());
    }

    private String now() {
        return clock.get().truncatedTo(ChronoUnit.MINUTES).toString();
    }

    private static ObjectNode list(List<ObjectNode> all, String cursor, int size) {
        int from = cursor == null ? 0 : Integer.parseInt(cursor);
        int to = Math.min(all.size(), from + size);
        ObjectNode list = JSON.createObjectNode().put("object", "list");
        ArrayNode results = list.putArray("results");
        all.subList(from, to).forEach(item -> results.add(item.deepCopy()));
        list.put("has_more", to < all.size());
        if (to < all.size()) {
            list.put("next_cursor", String.valueOf(to));
        } else {
            list.putNull("next_cursor");
        }
        return list;
    }

    private static ObjectNode titleValue(String title) {
        ObjectNode value = JSON.createObjectNode();
        value.putArray("title").addObject().put("type", "text").putObject("text").put("content", title);
        return value;
    }

    private static String plain(JsonNode richText) {
        StringBuilder text = new StringBuilder();
        richText.forEach(item -> text.append(item.path("plain_text").asText()));
        return text.toString();
    }

    private static MockResponse ok(JsonNode body) {
        return new MockResponse.Builder().code(200).addHeader("Content-Type", "application/json").body(body.toString()).build();
    }

    private static MockResponse notFound(String id) {
        return error(404, "object_not_found", "Could not find object with ID: " + id + ". Make sure the relevant pages and databases are shared with your integration.");
    }

    private static MockResponse error(int status, String code, String message) {
        ObjectNode body = JSON.createObjectNode().put("object", "error").put("status", status).put("code", code).put("message", message);
        return new MockResponse.Builder().code(status).addHeader("Content-Type", "application/json").body(body.toString()).build();
    }

    private static JsonNode read(String json) {
        try {
            return JSON.readTree(json);
        } catch (IOException e) {
            throw new IllegalArgumentException(e);
        }
    }

    @Override
    public void close() {
        server.close();
    }
}
