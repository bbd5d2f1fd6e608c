package org.scriptorium.core.notion;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import mockwebserver3.SocketEffect;
import okhttp3.OkHttpClient;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.scriptorium.core.TestStudios;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The Notion client against a loopback server answering as api.notion.com does in version 2025-09-03. */
class NotionApiTest {
    private static final String TOKEN = "ntn_secret_4711";
    private static final ObjectMapper JSON = new ObjectMapper();
    private final TestStudios.ManualClock clock = new TestStudios.ManualClock(Instant.parse("2027-02-01T09:00:00Z"));
    private final List<Duration> pauses = new ArrayList<>();
    private final MockWebServer server = new MockWebServer();
    private NotionApi api;

    @BeforeEach
    void start() throws Exception {
        server.start();
        api = new NotionApi(new OkHttpClient(), server.url("/").toString(), TOKEN, clock, wait -> {
            pauses.add(wait);
            clock.advance(wait); // a test waits on its own clock, not the wall's
        });
    }

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void everyCallCarriesTheTokenAndTheApiVersion() throws Exception {
        server.enqueue(json("{\"object\":\"database\",\"id\":\"db1\",\"data_sources\":[{\"id\":\"ds1\",\"name\":\"Topics\"},{\"id\":\"ds2\",\"name\":\"Archive\"}]}"));
        server.enqueue(json("""
                {"object":"data_source","id":"ds1","title":[{"plain_text":"Topics"}],"properties":{
                  "Name":{"id":"title","type":"title","title":{}},
                  "Status":{"id":"s%3A","type":"status","status":{"options":[{"name":"Idea"},{"name":"Writing"}]}},
                  "Priority":{"id":"p1","type":"number","number":{"format":"number"}}}}"""));
        server.enqueue(json("{\"object\":\"page\",\"id\":\"page1\"}"));
        server.enqueue(json("{\"object\":\"page\",\"id\":\"page1\"}"));
        server.enqueue(json("{\"object\":\"list\",\"results\":[],\"has_more\":false,\"next_cursor\":null}"));

        assertThat(api.dataSources("db1")).containsExactly(new DataSource("ds1", "Topics"), new DataSource("ds2", "Archive"));
        DataSourceSchema schema = api.schema("ds1");
        assertThat(schema.name()).isEqualTo("Topics");
        assertThat(schema.typeOf("Status")).isEqualTo("status");
        assertThat(schema.properties().get("Status").options()).containsExactly("Idea", "Writing");
        assertThat(schema.typeOf("Deadline")).isNull();
        api.createPage("ds1", title("Sourdough"), List.of());
        api.updatePage("page1", title("Sourdough starters"));
        assertThat(api.children("page1")).isEmpty();

        List<String> calls = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            RecordedRequest request = server.takeRequest();
            calls.add(request.getMethod() + " " + request.getUrl().encodedPath());
            assertThat(request.getHeaders().get("Authorization")).isEqualTo("Bearer " + TOKEN);
            assertThat(request.getHeaders().get("Notion-Version")).isEqualTo("2025-09-03");
            if (!request.getMethod().equals("GET")) {
                assertThat(request.getHeaders().get("Content-Type")).startsWith("application/json");
            }
        }
        assertThat(calls).containsExactly("GET /v1/databases/db1", "GET /v1/data_sources/ds1", "POST /v1/pages", "PATCH /v1/pages/page1",
                "GET /v1/blocks/page1/children");
    }

    @Test
    void everyPageOfADataSourceIsReadAcrossNotionsPagesOfAHundred() throws Exception {
        server.enqueue(json(results("[{\"id\":\"a\"},{\"id\":\"b\"}]", "c1")));
        server.enqueue(json(results("[{\"id\":\"c\"},{\"id\":\"d\"}]", "c2")));
        server.enqueue(json(results("[{\"id\":\"e\"}]", null)));

        List<JsonNode> pages = api.pages("ds1");

        assertThat(pages).extracting(page -> page.path("id").asText()).containsExactly("a", "b", "c", "d", "e");
        List<JsonNode> bodies = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            RecordedRequest request = server.takeRequest();
            assertThat(request.getMethod() + " " + request.getUrl().encodedPath()).isEqualTo("POST /v1/data_sources/ds1/query");
            bodies.add(body(request));
        }
        assertThat(bodies).allSatisfy(body -> assertThat(body.path("page_size").asInt()).isEqualTo(100));
        assertThat(bodies).extracting(body -> body.path("start_cursor").asText(null)).containsExactly(null, "c1", "c2");
        assertThat(bodies.getFirst().has("filter")).isFalse();
    }

    @Test
    void pagesEditedSinceASyncAreAskedFromTheStartOfThatMinute() throws Exception {
        server.enqueue(json(results("[{\"id\":\"a\"}]", null)));

        api.pagesEditedSince("ds1", Instant.parse("2027-01-31T17:42:31Z"));

        JsonNode filter = body(server.takeRequest()).path("filter");
        assertThat(filter.path("timestamp").asText()).isEqualTo("last_edited_time");
        // Notion keeps edit times to the minute: an edit at 17:42:50 reads 17:42:00 and must not be missed.
        assertThat(filter.path("last_edited_time").path("on_or_after").asText()).isEqualTo("2027-01-31T17:42:00Z");
    }

    @Test
    void aPageWith250BlocksIsCreatedWithAHundredAndTheRestAppendedInHundreds() throws Exception {
        server.enqueue(json("{\"object\":\"page\",\"id\":\"p1\"}"));
        server.enqueue(json("{\"object\":\"list\",\"results\":[]}"));
        server.enqueue(json("{\"object\":\"list\",\"results\":[]}"));
        List<ObjectNode> blocks = IntStream.range(0, 250).mapToObj(i -> paragraph("Line " + i)).toList();

        JsonNode page = api.createPage("ds1", title("Long draft"), blocks);

        assertThat(page.path("id").asText()).isEqualTo("p1");
        assertThat(server.getRequestCount()).isEqualTo(3);
        RecordedRequest create = server.takeRequest();
        JsonNode created = body(create);
        assertThat(create.getMethod() + " " + create.getUrl().encodedPath()).isEqualTo("POST /v1/pages");
        assertThat(created.path("parent").path("type").asText()).isEqualTo("data_source_id");
        assertThat(created.path("parent").path("data_source_id").asText()).isEqualTo("ds1");
        assertThat(created.path("properties").path("Name").path("title").get(0).path("text").path("content").asText()).isEqualTo("Long draft");
        assertThat(created.path("children")).hasSize(100);
        RecordedRequest first = server.takeRequest();
        RecordedRequest second = server.takeRequest();
        assertThat(first.getMethod() + " " + first.getUrl().encodedPath()).isEqualTo("PATCH /v1/blocks/p1/children");
        assertThat(body(first).path("children")).hasSize(100);
        assertThat(body(second).path("children")).hasSize(50);
        // Order is kept across the requests.
        assertThat(body(second).path("children").get(49).path("paragraph").path("rich_text").get(0).path("text").path("content").asText())
                .isEqualTo("Line 249");
    }

    @Test
    void aPageWhoseRemainingContentFailsIsReportedAsCreatedSoItIsNotCreatedTwice() throws Exception {
        server.enqueue(json("{\"object\":\"page\",\"id\":\"p1\"}"));
        server.enqueue(error(400, "validation_error", "body.children[3] is invalid"));
        List<ObjectNode> blocks = IntStream.range(0, 150).mapToObj(i -> paragraph("Line " + i)).toList();

        assertThatThrownBy(() -> api.createPage("ds1", title("Long draft"), blocks))
                .isInstanceOfSatisfying(NotionException.PageLeftIncomplete.class, e -> {
                    assertThat(e.pageId()).isEqualTo("p1");
                    assertThat(e.code()).isEqualTo("validation_error");
                    assertThat(e.getMessage()).contains("only 100 of its 150 blocks").contains("replace its content");
                });
        assertThat(server.getRequestCount()).isEqualTo(2);
    }

    @Test
    void aRateLimitIsWaitedOutAndTheSameRequestSentAgain() throws Exception {
        server.enqueue(new MockResponse.Builder().code(429).addHeader("Retry-After", "2")
                .body("{\"object\":\"error\",\"status\":429,\"code\":\"rate_limited\",\"message\":\"Slow down\"}").build());
        server.enqueue(json("{\"object\":\"page\",\"id\":\"p1\"}"));

        JsonNode page = api.createPage("ds1", title("Sourdough"), List.of(paragraph("Hello")));

        assertThat(page.path("id").asText()).isEqualTo("p1");
        assertThat(pauses).containsExactly(Duration.ofSeconds(2));
        RecordedRequest refused = server.takeRequest();
        RecordedRequest again = server.takeRequest();
        assertThat(again.getMethod() + " " + again.getUrl().encodedPath()).isEqualTo(refused.getMethod() + " " + refused.getUrl().encodedPath());
        assertThat(body(again)).isEqualTo(body(refused));
        assertThat(server.getRequestCount()).isEqualTo(2);
    }

    @Test
    void aRateLimitThatLastsFailsClearlyAfterThreeRetries() {
        for (int i = 0; i < 5; i++) {
            server.enqueue(error(429, "rate_limited", "You have been rate limited."));
        }

        assertThatThrownBy(() -> api.pages("ds1")).isInstanceOfSatisfying(NotionException.class, e -> {
            assertThat(e.code()).isEqualTo("rate_limited");
            assertThat(e.getMessage()).startsWith("Notion asked to slow down").contains("after 3 retries");
        });
        assertThat(server.getRequestCount()).isEqualTo(4);
        assertThat(pauses).containsExactly(Duration.ofSeconds(1), Duration.ofSeconds(1), Duration.ofSeconds(1));
    }

    @Test
    void aServerErrorOnPageCreationIsNotSentAgain() {
        server.enqueue(error(500, "internal_server_error", "Unexpected error."));
        server.enqueue(json("{\"object\":\"page\",\"id\":\"p2\"}"));

        assertThatThrownBy(() -> api.createPage("ds1", title("Sourdough"), List.of())).isInstanceOfSatisfying(NotionException.class, e -> {
            assertThat(e.status()).isEqualTo(500);
            assertThat(e.getMessage()).contains("Unexpected error").contains("look in Notion before trying again");
        });
        assertThat(server.getRequestCount()).isEqualTo(1);
    }

    @Test
    void aConnectionDroppedDuringPageCreationIsNotSentAgain() throws Exception {
        server.enqueue(json("{\"object\":\"database\",\"id\":\"db1\",\"data_sources\":[]}")); // leaves a pooled connection behind
        server.enqueue(new MockResponse.Builder().onResponseStart(new SocketEffect.CloseSocket()).build());
        server.enqueue(json("{\"object\":\"page\",\"id\":\"p2\"}"));
        api.dataSources("db1");

        assertThatThrownBy(() -> api.createPage("ds1", title("Sourdough"), List.of())).isInstanceOfSatisfying(NotionException.class, e -> {
            assertThat(e.code()).isEqualTo(NotionException.UNREACHABLE);
            assertThat(e.getMessage()).contains("look in Notion before trying again");
        });
        assertThat(server.getRequestCount()).isEqualTo(2);
    }

    @Test
    void aRefusedTokenSaysToCheckTheSecretWithoutShowingIt() {
        server.enqueue(error(401, "unauthorized", "API token is invalid: " + TOKEN));

        assertThatThrownBy(() -> api.dataSources("db1")).isInstanceOfSatisfying(NotionException.class, e -> {
            assertThat(e.getMessage()).isEqualTo("The Notion token was refused: check the integration's secret.");
            assertThat(e.code()).isEqualTo("unauthorized");
            assertThat(e.status()).isEqualTo(401);
        });
    }

    @Test
    void aDatabaseNotSharedWithTheIntegrationSaysHowToShareIt() {
        server.enqueue(error(404, "object_not_found", "Could not find database with ID: db1. Make sure the relevant pages and databases are shared."));

        assertThatThrownBy(() -> api.dataSources("db1")).isInstanceOfSatisfying(NotionException.class, e -> {
            assertThat(e.getMessage()).startsWith("Notion cannot see that database: share it with the integration").contains("Connections");
            assertThat(e.code()).isEqualTo("object_not_found");
        });
    }

    @Test
    void aRefusedRequestCarriesNotionsOwnExplanation() {
        server.enqueue(error(400, "validation_error", "Priority is expected to be number."));

        assertThatThrownBy(() -> api.updatePage("p1", title("x"))).isInstanceOfSatisfying(NotionException.class, e -> {
            assertThat(e.getMessage()).isEqualTo("Notion refused the request: Priority is expected to be number.");
            assertThat(e.code()).isEqualTo("validation_error");
        });
    }

    @Test
    void callsAreSpacedToAboutThreeASecond() throws Exception {
        for (int i = 0; i < 3; i++) {
            server.enqueue(json("{\"object\":\"database\",\"id\":\"db1\",\"data_sources\":[]}"));
        }

        api.dataSources("db1");
        clock.advance(Duration.ofMillis(100));
        api.dataSources("db1");
        clock.advance(Duration.ofSeconds(1));
        api.dataSources("db1");

        // The second call waited out the rest of the gap; the third came late enough not to wait.
        assertThat(pauses).containsExactly(Duration.ofMillis(234));
    }

    @Test
    void replacingContentDeletesTheOldBlocksButNotSubPagesThenAppendsTheNew() throws Exception {
        server.enqueue(json("""
                {"object":"list","results":[{"id":"b1","type":"paragraph"},{"id":"sub","type":"child_page"}],"has_more":true,"next_cursor":"n1"}"""));
        server.enqueue(json("{\"object\":\"list\",\"results\":[{\"id\":\"b2\",\"type\":\"heading_1\"}],\"has_more\":false,\"next_cursor\":null}"));
        server.enqueue(json("{\"object\":\"block\",\"id\":\"b1\"}"));
        server.enqueue(json("{\"object\":\"block\",\"id\":\"b2\"}"));
        server.enqueue(json("{\"object\":\"list\",\"results\":[]}"));

        api.replaceContent("p1", List.of(paragraph("New text")));

        List<String> calls = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            RecordedRequest request = server.takeRequest();
            calls.add(request.getMethod() + " " + request.getUrl().encodedPath()
                    + (request.getUrl().queryParameter("start_cursor") == null ? "" : " from " + request.getUrl().queryParameter("start_cursor")));
        }
        assertThat(calls).containsExactly("GET /v1/blocks/p1/children", "GET /v1/blocks/p1/children from n1", "DELETE /v1/blocks/b1",
                "DELETE /v1/blocks/b2", "PATCH /v1/blocks/p1/children");
        assertThat(server.getRequestCount()).isEqualTo(5);
    }

    private static ObjectNode title(String text) {
        ObjectNode properties = JSON.createObjectNode();
        properties.putObject("Name").putArray("title").addObject().putObject("text").put("content", text);
        return properties;
    }

    private static ObjectNode paragraph(String text) {
        ObjectNode block = JSON.createObjectNode().put("object", "block").put("type", "paragraph");
        block.putObject("paragraph").putArray("rich_text").addObject().put("type", "text").putObject("text").put("content", text);
        return block;
    }

    private static String results(String pages, String nextCursor) {
        return "{\"object\":\"list\",\"results\":" + pages + ",\"has_more\":" + (nextCursor != null) + ",\"next_cursor\":"
                + (nextCursor == null ? "null" : "\"" + nextCursor + "\"") + "}";
    }

    private static JsonNode body(RecordedRequest request) throws Exception {
        return JSON.readTree(request.getBody().utf8());
    }

    private static MockResponse json(String body) {
        return new MockResponse.Builder().code(200).addHeader("Content-Type", "application/json").body(body).build();
    }

    private static MockResponse error(int status, String code, String message) {
        return new MockResponse.Builder().code(status).addHeader("Content-Type", "application/json")
                .body("{\"object\":\"error\",\"status\":" + status + ",\"code\":\"" + code + "\",\"message\":\"" + message + "\"}").build();
    }
}
