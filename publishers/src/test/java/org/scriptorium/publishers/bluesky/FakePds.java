package org.scriptorium.publishers.bluesky;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import org.scriptorium.publishers.common.AfterStoring;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A Bluesky server (PDS) on loopback that checks what the real one checks: the XRPC paths, the Bearer session token,
 * the repo's DID, record keys, and answers with the real error shapes (ExpiredToken, RecordNotFound, 429, and the 500
 * today's PDS gives a record key already taken, github.com/bluesky-social/atproto/issues/3718).
 */
public final class FakePds implements AutoCloseable {
    public static final String DID = "did:plc:ana7x2";
    public static final String HANDLE = "ana.bsky.social";
    public static final String APP_PASSWORD = "abcd-efgh-ijkl-mnop";
    private static final ObjectMapper JSON = new ObjectMapper();

    final MockWebServer server = new MockWebServer();
    public final Map<String, JsonNode> records = new ConcurrentHashMap<>();
    final List<RecordedRequest> createRecordCalls = new CopyOnWriteArrayList<>();
    final List<String> uploadedTypes = new CopyOnWriteArrayList<>();
    private final AtomicInteger generation = new AtomicInteger(1);
    volatile boolean expireNextAccess;
    volatile boolean stallCreate;
    volatile boolean rateLimited;
    /** Whether a record key already taken is refused by name, as a PDS will once it says so, instead of with a 500. */
    volatile boolean namesExistingRecords;
    /** What happens to the next createRecord once the record is stored. */
    volatile AfterStoring nextCreate = AfterStoring.ANSWER;

    public FakePds() throws IOException {
        server.setDispatcher(new Dispatcher() {
            @Override
            public MockResponse dispatch(RecordedRequest request) {
                try {
                    return answer(request);
                } catch (IOException e) {
                    return json(500, "{\"error\":\"InternalServerError\"}");
                }
            }
        });
        server.start();
    }

    /** Connects this server's account in a studio, as a user does with the handle and an app password. */
    public org.scriptorium.core.accounts.Account connect(org.scriptorium.core.publishing.Publishing publishing) {
        return publishing.connector(org.scriptorium.core.accounts.Network.BLUESKY)
                .signIn(new org.scriptorium.core.publishing.ConnectOptions(url(), HANDLE, APP_PASSWORD, null, null)).getFirst();
    }

    public String url() {
        return server.url("/").toString().replaceAll("/$", "");
    }

    private String access() {
        return "access-" + generation.get();
    }

    private MockResponse answer(RecordedRequest request) throws IOException {
        String path = request.getUrl().encodedPath();
        String auth = String.valueOf(request.getHeaders().get("Authorization"));
        switch (path) {
            case "/xrpc/com.atproto.server.createSession" -> {
                JsonNode body = JSON.readTree(request.getBody().utf8());
                boolean known = body.path("identifier").asText().equals(HANDLE) || body.path("identifier").asText().equals(DID);
                if (!known || !body.path("password").asText().equals(APP_PASSWORD)) {
                    return json(401, "{\"error\":\"AuthenticationRequired\",\"message\":\"Invalid identifier or password\"}");
                }
                return session();
            }
            case "/xrpc/com.atproto.server.refreshSession" -> {
                if (!auth.equals("Bearer refresh-" + generation.get())) {
                    return json(400, "{\"error\":\"ExpiredToken\",\"message\":\"Token has expired\"}");
                }
                generation.incrementAndGet();
                return session();
            }
            default -> {
                // every other method needs the current session
            }
        }
        if (expireNextAccess || !auth.equals("Bearer " + access())) {
            expireNextAccess = false;
            return json(400, "{\"error\":\"ExpiredToken\",\"message\":\"Token has expired\"}");
        }
        return switch (path) {
            case "/xrpc/app.bsky.actor.getProfile" -> json(200, "{\"did\":\"" + DID + "\",\"handle\":\"" + HANDLE + "\",\"displayName\":\"Ana Lima\","
                    + "\"avatar\":\"https://cdn.example/ana.jpg\"}");
            case "/xrpc/com.atproto.identity.resolveHandle" -> "bob.example.com".equals(request.getUrl().queryParameter("handle"))
                    ? json(200, "{\"did\":\"did:plc:bob\"}") : json(400, "{\"error\":\"InvalidRequest\",\"message\":\"Unable to resolve handle\"}");
            case "/xrpc/com.atproto.repo.uploadBlob" -> {
                uploadedTypes.add(String.valueOf(request.getHeaders().get("Content-Type")));
                yield json(200, "{\"blob\":{\"$type\":\"blob\",\"ref\":{\"$link\":\"bafkreiblob" + uploadedTypes.size() + "\"},\"mimeType\":\""
                        + request.getHeaders().get("Content-Type") + "\",\"size\":" + request.getBodySize() + "}}");
            }
            case "/xrpc/com.atproto.repo.createRecord" -> create(request);
            case "/xrpc/app.bsky.feed.getPosts" -> posts(request);
            case "/xrpc/com.atproto.repo.getRecord" -> {
                JsonNode record = records.get(request.getUrl().queryParameter("rkey"));
                yield record == null ? json(400, "{\"error\":\"RecordNotFound\",\"message\":\"Could not locate record\"}")
                        : json(200, "{\"uri\":\"at://" + DID + "/app.bsky.feed.post/" + request.getUrl().queryParameter("rkey") + "\",\"cid\":\"bafyx\",\"value\":" + record + "}");
            }
            default -> json(404, "{\"error\":\"MethodNotImplemented\"}");
        };
    }

    /** Each post's like, reply, repost and quote counts by record key, as the app view would count them. */
    public final Map<String, long[]> counts = new ConcurrentHashMap<>();
    /** The uris asked for in each getPosts call. */
    public final List<List<String>> getPostsCalls = new CopyOnWriteArrayList<>();
    /** Whether reads are being limited: getPosts answers 429, with Retry-After when this is set above zero. */
    public volatile int readsLimitedFor = -1;

    /** app.bsky.feed.getPosts: the posts that exist, with their counts; unknown or deleted ones are left out. */
    private MockResponse posts(RecordedRequest request) {
        List<String> uris = request.getUrl().queryParameterValues("uris").stream().map(String::valueOf).toList();
        getPostsCalls.add(uris);
        if (readsLimitedFor >= 0) {
            MockResponse.Builder limited = new MockResponse.Builder().code(429).addHeader("Content-Type", "application/json")
                    .body("{\"error\":\"RateLimitExceeded\",\"message\":\"Rate Limit Exceeded\"}");
            return (readsLimitedFor > 0 ? limited.addHeader("Retry-After", String.valueOf(readsLimitedFor)) : limited).build();
        }
        if (uris.size() > 25) {
            return json(400, "{\"error\":\"InvalidRequest\",\"message\":\"uris must not have more than 25 elements\"}");
        }
        var posts = JSON.createArrayNode();
        for (String uri : uris) {
            String rkey = uri.substring(uri.lastIndexOf('/') + 1);
            if (!uri.startsWith("at://" + DID + "/app.bsky.feed.post/") || !records.containsKey(rkey)) {
                continue;
            }
            long[] c = counts.getOrDefault(rkey, new long[4]);
            posts.addObject().put("uri", uri).put("cid", "bafyx").put("likeCount", c[0]).put("replyCount", c[1])
                    .put("repostCount", c[2]).put("quoteCount", c[3]).put("indexedAt", "2027-01-08T09:00:00.000Z");
        }
        return json(200, JSON.createObjectNode().set("posts", posts).toString());
    }

    private MockResponse create(RecordedRequest request) throws IOException {
        createRecordCalls.add(request);
        if (rateLimited) {
            return new MockResponse.Builder().code(429).addHeader("ratelimit-reset", String.valueOf(System.currentTimeMillis() / 1000 + 120))
                    .addHeader("Content-Type", "application/json").body("{\"error\":\"RateLimitExceeded\",\"message\":\"Rate Limit Exceeded\"}").build();
        }
        JsonNode body = JSON.readTree(request.getBody().utf8());
        if (!body.path("repo").asText().equals(DID) || !body.path("collection").asText().equals("app.bsky.feed.post")) {
            return json(400, "{\"error\":\"InvalidRequest\",\"message\":\"Invalid repo or collection\"}");
        }
        String rkey = body.path("rkey").asText();
        if (!rkey.matches("[234567a-z]{13}")) {
            return json(400, "{\"error\":\"InvalidRequest\",\"message\":\"Invalid record key\"}");
        }
        if (records.putIfAbsent(rkey, body.path("record")) != null) {
            return namesExistingRecords ? json(400, "{\"error\":\"InvalidRequest\",\"message\":\"Record already exists\"}")
                    : json(500, "{\"error\":\"InternalServerError\",\"message\":\"Internal Server Error\"}");
        }
        MockResponse.Builder ok = new MockResponse.Builder().code(200).addHeader("Content-Type", "application/json")
                .body("{\"uri\":\"at://" + DID + "/app.bsky.feed.post/" + rkey + "\",\"cid\":\"bafyrecord\"}");
        AfterStoring then = nextCreate;
        nextCreate = AfterStoring.ANSWER;
        return then.instead(stallCreate ? ok.headersDelay(5, TimeUnit.SECONDS).build() : ok.build());
    }

    private MockResponse session() {
        int g = generation.get();
        return json(200, "{\"did\":\"" + DID + "\",\"handle\":\"" + HANDLE + "\",\"accessJwt\":\"access-" + g + "\",\"refreshJwt\":\"refresh-" + g + "\"}");
    }

    private static MockResponse json(int code, String body) {
        return new MockResponse.Builder().code(code).addHeader("Content-Type", "application/json").body(body).build();
    }

    @Override
    public void close() {
        server.close();
    }
}
