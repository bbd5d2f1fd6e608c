package org.scriptorium.publishers.linkedin;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import org.scriptorium.core.publishing.oauth.OAuthChecks;
import org.scriptorium.publishers.common.AfterStoring;

import java.io.IOException;
import java.net.URI;
import java.time.Clock;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A loopback LinkedIn that checks what the real one checks: the client's credentials on the token endpoint, the
 * Bearer token everywhere, LinkedIn-Version and Rest.li 2.0.0 on /rest, and answers in LinkedIn's shapes (201 with
 * x-restli-id for a new post, images with an upload address). It keeps the posts it creates and lists them, newest
 * first, as the author finder does, unless a test set the listing. A test can queue its own answer for one route.
 */
public final class FakeLinkedIn implements AutoCloseable {
    public static final String CLIENT_ID = "client-123";
    public static final String CLIENT_SECRET = "app-secret-456";
    static final String CODE = "code-789";
    public static final String ACCESS_TOKEN = "AQX-access-token-abc";
    public static final String REFRESH_TOKEN = "AQR-refresh-token-def";
    static final String RENEWED_TOKEN = "AQX-renewed-token-ghi";
    static final String MEMBER_SUB = "782bbtaQ";
    static final String ORGANIZATION = "urn:li:organization:2414183";
    static final long EXPIRES_IN = 5_184_000;
    private static final ObjectMapper JSON = new ObjectMapper();

    private final MockWebServer server = new MockWebServer();
    private final List<RecordedRequest> requests = Collections.synchronizedList(new ArrayList<>());
    private final Map<String, Deque<MockResponse>> queued = new ConcurrentHashMap<>();
    private final AtomicInteger ids = new AtomicInteger(7_100_000);
    private final Deque<JsonNode> posts = new ConcurrentLinkedDeque<>();
    private volatile String recentPosts;
    /** The post numbers LinkedIn's analytics finders answer with. */
    final LinkedInAnalyticsWire analytics = new LinkedInAnalyticsWire();
    /** What happens to the next POST /rest/posts once the post is stored. */
    volatile AfterStoring nextCreate = AfterStoring.ANSWER;
    /** LinkedIn's clock, which dates the posts it keeps. */
    volatile Clock clock = Clock.systemUTC();

    public FakeLinkedIn() throws IOException {
        server.setDispatcher(new Dispatcher() {
            @Override
            public MockResponse dispatch(RecordedRequest request) {
                requests.add(request);
                String route = request.getMethod() + " " + request.getUrl().encodedPath();
                Deque<MockResponse> own = queued.get(route);
                MockResponse answer = own == null ? null : own.poll();
                return answer != null ? answer : answer(request, route);
            }
        });
        server.start();
    }

    /** The base both the API and the sign-in pages are configured to. */
    public String base() {
        return server.url("/").toString().replaceAll("/$", "");
    }

    String host() {
        return server.getHostName();
    }

    /** Answers the next request on "METHOD /path" with this instead of the usual answer. */
    void answerNext(String route, MockResponse response) {
        queued.computeIfAbsent(route, r -> new ArrayDeque<>()).add(response);
    }

    /** What GET /rest/posts?q=author lists, instead of the posts kept. */
    void recentPosts(String json) {
        this.recentPosts = json;
    }

    List<RecordedRequest> requests() {
        synchronized (requests) {
            return List.copyOf(requests);
        }
    }

    List<RecordedRequest> requests(String method, String path) {
        return requests().stream().filter(r -> r.getMethod().equals(method) && r.getUrl().encodedPath().equals(path)).toList();
    }

    static JsonNode json(RecordedRequest request) throws IOException {
        return JSON.readTree(request.getBody().utf8());
    }

    static Map<String, String> form(RecordedRequest request) {
        return OAuthChecks.query(URI.create("http://form/?" + request.getBody().utf8()));
    }

    private MockResponse answer(RecordedRequest request, String route) {
        return switch (route) {
            case "GET /oauth/v2/authorization" -> signInPage(request);
            case "POST /oauth/v2/accessToken" -> token(form(request));
            case "POST /oauth/v2/revoke" -> new MockResponse.Builder().code(200).build();
            case "GET /v2/userinfo" -> authorized(request, false, () -> ok("{\"sub\":\"" + MEMBER_SUB
                    + "\",\"name\":\"Ada Lovelace\",\"given_name\":\"Ada\",\"picture\":\"https://media.licdn.com/ada.jpg\",\"locale\":\"en-GB\"}"));
            case "GET /rest/organizationAcls" -> authorized(request, true, () -> ok("{\"paging\":{\"start\":0,\"count\":100,\"total\":1},"
                    + "\"elements\":[{\"roleAssignee\":\"urn:li:person:" + MEMBER_SUB + "\",\"state\":\"APPROVED\",\"role\":\"ADMINISTRATOR\","
                    + "\"organization\":\"" + ORGANIZATION + "\"}]}"));
            case "GET /rest/organizations/2414183" -> authorized(request, true,
                    () -> ok("{\"id\":2414183,\"localizedName\":\"Devtestco\",\"vanityName\":\"devtestco\"}"));
            case "POST /rest/images" -> authorized(request, true, () -> {
                int id = ids.incrementAndGet();
                return ok("{\"value\":{\"uploadUrlExpiresAt\":1700000000000,\"uploadUrl\":\"" + server.url("/dms-uploads/" + id)
                        + "\",\"image\":\"urn:li:image:C4E" + id + "\"}}");
            });
            case "POST /rest/posts" -> authorized(request, true, () -> create(request));
            case "GET /rest/memberCreatorPostAnalytics" -> authorized(request, true, () -> analytics.member(request));
            case "GET /rest/organizationalEntityShareStatistics" -> authorized(request, true, () -> analytics.organization(request));
            case "GET /rest/posts" -> authorized(request, true, () -> ok(recentPosts != null ? recentPosts : "{\"elements\":[" + String.join(",",
                    posts.stream().filter(p -> p.path("author").asText().equals(request.getUrl().queryParameter("author"))).map(JsonNode::toString)
                            .toList()) + "]}"));
            default -> route.startsWith("PUT /dms-uploads/") ? authorized(request, false, () -> new MockResponse.Builder().code(201).build())
                    : new MockResponse.Builder().code(404).body("{\"message\":\"No route " + route + "\",\"status\":404}").build();
        };
    }

    /** Keeps the post (id, author, commentary, when) as the author finder lists it, and answers 201 with its id. */
    private MockResponse create(RecordedRequest request) {
        String urn = "urn:li:share:" + ids.incrementAndGet();
        try {
            JsonNode body = json(request);
            posts.addFirst(JSON.createObjectNode().put("id", urn).put("author", body.path("author").asText())
                    .put("commentary", body.path("commentary").asText()).put("lifecycleState", "PUBLISHED")
                    .put("createdAt", clock.millis()));
        } catch (IOException e) {
            return error(400, "{\"status\":400,\"message\":\"Request body is not JSON\"}");
        }
        AfterStoring then = nextCreate;
        nextCreate = AfterStoring.ANSWER;
        return then.instead(new MockResponse.Builder().code(201).addHeader("x-restli-id", urn).build());
    }

    /** The member signs in and agrees at once: LinkedIn sends the browser back with a code and the state it was given. */
    private static MockResponse signInPage(RecordedRequest request) {
        var url = request.getUrl();
        if (!CLIENT_ID.equals(url.queryParameter("client_id")) || !"code".equals(url.queryParameter("response_type"))) {
            return error(400, "{\"error\":\"invalid_request\"}");
        }
        return new MockResponse.Builder().code(302).addHeader("Location", url.queryParameter("redirect_uri") + "?code=" + CODE
                + "&state=" + java.net.URLEncoder.encode(url.queryParameter("state"), java.nio.charset.StandardCharsets.UTF_8)).build();
    }

    /** The posts LinkedIn keeps, as the author finder lists them: newest first. */
    List<JsonNode> keptPosts() {
        return List.copyOf(posts);
    }

    /** The posts LinkedIn was asked to create, newest last. */
    public List<JsonNode> createdPosts() {
        return requests("POST", "/rest/posts").stream().map(r -> {
            try {
                return json(r);
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }).toList();
    }

    private static MockResponse token(Map<String, String> form) {
        if (!CLIENT_ID.equals(form.get("client_id")) || !CLIENT_SECRET.equals(form.get("client_secret"))) {
            return error(401, "{\"error\":\"invalid_client\",\"error_description\":\"Client authentication failed\"}");
        }
        if ("authorization_code".equals(form.get("grant_type")) && CODE.equals(form.get("code")) && form.containsKey("redirect_uri")) {
            return ok("{\"access_token\":\"" + ACCESS_TOKEN + "\",\"expires_in\":" + EXPIRES_IN + ",\"refresh_token\":\"" + REFRESH_TOKEN
                    + "\",\"refresh_token_expires_in\":31536000,\"scope\":\"openid,profile,w_member_social,w_organization_social,r_organization_admin,r_organization_social,r_member_postAnalytics\"}");
        }
        if ("refresh_token".equals(form.get("grant_type")) && REFRESH_TOKEN.equals(form.get("refresh_token"))) {
            return ok("{\"access_token\":\"" + RENEWED_TOKEN + "\",\"expires_in\":" + EXPIRES_IN + ",\"refresh_token\":\"" + REFRESH_TOKEN
                    + "\",\"refresh_token_expires_in\":30000000}");
        }
        return error(400, "{\"error\":\"invalid_request\",\"error_description\":\"Unable to retrieve access token: authorization code not found\"}");
    }

    private static MockResponse authorized(RecordedRequest request, boolean versioned, java.util.function.Supplier<MockResponse> then) {
        String auth = request.getHeaders().get("Authorization");
        if (auth == null || !(auth.equals("Bearer " + ACCESS_TOKEN) || auth.equals("Bearer " + RENEWED_TOKEN))) {
            return error(401, "{\"status\":401,\"serviceErrorCode\":65600,\"code\":\"INVALID_ACCESS_TOKEN\",\"message\":\"Invalid access token\"}");
        }
        if (versioned && (request.getHeaders().get("LinkedIn-Version") == null
                || !"2.0.0".equals(request.getHeaders().get("X-Restli-Protocol-Version")))) {
            return error(400, "{\"status\":400,\"code\":\"VERSION_MISSING\","
                    + "\"message\":\"A version must be present. Please specify a version by adding the LinkedIn-Version header.\"}");
        }
        return then.get();
    }

    static MockResponse ok(String json) {
        return new MockResponse.Builder().code(200).addHeader("Content-Type", "application/json").body(json).build();
    }

    static MockResponse error(int code, String json) {
        return new MockResponse.Builder().code(code).addHeader("Content-Type", "application/json").body(json).build();
    }

    @Override
    public void close() {
        server.close();
    }
}
