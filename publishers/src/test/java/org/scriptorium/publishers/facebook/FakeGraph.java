package org.scriptorium.publishers.facebook;

import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import org.scriptorium.core.accounts.Account;
import org.scriptorium.core.accounts.AccountSecrets;
import org.scriptorium.core.accounts.AccountStatus;
import org.scriptorium.core.accounts.Network;
import org.scriptorium.core.publishing.Publishing;
import org.scriptorium.publishers.common.AfterStoring;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.scriptorium.publishers.facebook.GraphWire.error;
import static org.scriptorium.publishers.facebook.GraphWire.graphTime;
import static org.scriptorium.publishers.facebook.GraphWire.noSuchObject;
import static org.scriptorium.publishers.facebook.GraphWire.ok;
import static org.scriptorium.publishers.facebook.GraphWire.params;
import static org.scriptorium.publishers.facebook.GraphWire.quote;

/**
 * A loopback Graph API that checks what Graph checks: the version in the path, a known token, a correct
 * appsecret_proof, the app's credentials and the redirect on token exchanges, the shapes of form and multipart
 * bodies. It answers as Graph does (JSON ids, error objects), keeps the posts it was given, and records every call.
 */
public final class FakeGraph implements AutoCloseable {
    public static final String VERSION = "v25.0";
    public static final String APP_ID = "740011223344";
    public static final String APP_SECRET = "9f8e7d6c5b4a39281706f5e4d3c2b1a0";
    static final String CODE = "AQDcode-from-the-login-dialog";
    static final String SHORT_TOKEN = "EAAshort-lived-user-token-1";
    static final String USER_TOKEN = "EAAlong-lived-user-token-2";
    public static final String BAKERY = "101";
    static final String BAKERY_TOKEN = "EAApage-token-bakery-101";
    public static final String CHOIR = "202";
    static final String CHOIR_TOKEN = "EAApage-token-choir-202";
    /** A Page the person can only read insights of: not one to connect. */
    static final String ANALYTICS_ONLY = "303";

    /**
     * One request as it arrived: path without the version, query and form fields together, uploaded files by field,
     * and its place on its connection (0: the connection's first; more: a connection reused).
     */
    record Call(String method, String path, Map<String, String> params, Map<String, Upload> files, int exchangeIndex) {
    }

    record Upload(String filename, String contentType, long bytes) {
    }

    record Post(String id, String message, Instant createdTime, Long scheduledFor, List<String> photos) {
        boolean published() {
            return scheduledFor == null;
        }
    }

    private final MockWebServer server = new MockWebServer();
    private final List<Call> calls = Collections.synchronizedList(new ArrayList<>());
    private final Map<String, MockResponse> failures = new ConcurrentHashMap<>();
    private final Map<String, Duration> delays = new ConcurrentHashMap<>();
    private final Map<String, Post> posts = Collections.synchronizedMap(new LinkedHashMap<>());
    private final Map<String, String> unpublishedPhotos = new ConcurrentHashMap<>();
    private final AtomicInteger ids = new AtomicInteger(9000);
    /** What the Page's posts did, as the multiple-id read answers. */
    final GraphMetricsWire metrics = new GraphMetricsWire();
    private volatile String expectedRedirect = "";
    private volatile List<String> declined = List.of();
    /** What happens to the next POST /{page}/feed once the post is stored. */
    volatile AfterStoring nextCreate = AfterStoring.ANSWER;
    /** Facebook's clock, which dates the posts it keeps. */
    volatile Clock clock = Clock.systemUTC();

    public FakeGraph() throws IOException {
        server.setDispatcher(new Dispatcher() {
            @Override
            public MockResponse dispatch(RecordedRequest request) {
                return answer(request);
            }
        });
        server.start();
    }

    public String baseUrl() {
        return server.url("/").toString();
    }

    /** Where the code exchange must say the browser was sent back to. */
    void expectRedirect(String redirectUri) {
        this.expectedRedirect = redirectUri;
    }

    /** Permissions the person unticked in the dialog. */
    void decline(String... permissions) {
        this.declined = List.of(permissions);
    }

    /** The next call to "METHOD /path" ("*" for any id in it) is answered with a Graph error object. */
    void failNext(String call, int status, int code, String message, String... headers) {
        MockResponse.Builder response = new MockResponse.Builder().code(status).addHeader("Content-Type", "application/json")
                .body("{\"error\":{\"message\":" + quote(message) + ",\"type\":\"OAuthException\",\"code\":" + code
                        + ",\"error_subcode\":0,\"fbtrace_id\":\"AbCdEf123\"}}");
        for (int i = 0; i + 1 < headers.length; i += 2) {
            response.addHeader(headers[i], headers[i + 1]);
        }
        failures.put(call, response.build());
    }

    /** The next call to "METHOD /path" is carried out, but its answer only starts after {@code delay}. */
    void delayNext(String call, Duration delay) {
        delays.put(call, delay);
    }

    /** A post already on the Page, made before the test (by the user, or an earlier attempt). */
    Post addPost(String page, String message, Instant createdTime, Long scheduledFor) {
        Post post = new Post(page + "_" + ids.incrementAndGet(), message, createdTime, scheduledFor, List.of());
        posts.put(post.id(), post);
        return post;
    }

    List<Call> calls() {
        return List.copyOf(calls);
    }

    List<Call> calls(String method, String path) {
        return calls().stream().filter(c -> c.method().equals(method) && c.path().equals(path)).toList();
    }

    Map<String, Post> posts() {
        synchronized (posts) {
            return new LinkedHashMap<>(posts);
        }
    }

    static String proof(String token) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(APP_SECRET.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return HexFormat.of().formatHex(mac.doFinal(token.getBytes(StandardCharsets.UTF_8)));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private MockResponse answer(RecordedRequest request) {
        String target = request.getUrl().encodedPath();
        if (!target.startsWith("/" + VERSION + "/")) {
            return error(400, 2500, "Unknown path components: " + target);
        }
        String path = target.substring(VERSION.length() + 1);
        if (path.equals("/dialog/oauth")) {
            return loginDialog(request);
        }
        Map<String, Upload> files = new LinkedHashMap<>();
        Map<String, String> params = params(request, files);
        String method = request.getMethod();
        calls.add(new Call(method, path, params, files, request.getExchangeIndex()));
        MockResponse failure = takeFailure(method + " " + path);
        if (failure != null) {
            return failure;
        }
        MockResponse answer = route(method, path, params, files);
        Duration delay = delays.remove(method + " " + path);
        return delay == null ? answer : new MockResponse.Builder(answer).headersDelay(delay.toMillis(), TimeUnit.MILLISECONDS).build();
    }

    /** The person logs in and grants everything: Facebook sends the browser back with a code and the state. */
    private MockResponse loginDialog(RecordedRequest request) {
        var url = request.getUrl();
        if (!APP_ID.equals(url.queryParameter("client_id"))) {
            return error(400, 101, "Error validating application. Invalid application ID.");
        }
        if (expectedRedirect.isEmpty()) {
            expectedRedirect = url.queryParameter("redirect_uri");
        }
        return new MockResponse.Builder().code(302).addHeader("Location", url.queryParameter("redirect_uri") + "?code=" + CODE
                + "&state=" + java.net.URLEncoder.encode(url.queryParameter("state"), StandardCharsets.UTF_8) + "#_=_").build();
    }

    /** The messages of the posts on a Page, oldest first. */
    public List<String> messages(String page) {
        return posts().values().stream().filter(p -> p.id().startsWith(page + "_")).map(Post::message).toList();
    }

    /** The messages of the posts on a Page that carry photos. */
    public List<String> messagesWithPhotos(String page) {
        return posts().values().stream().filter(p -> p.id().startsWith(page + "_") && !p.photos().isEmpty()).map(Post::message).toList();
    }

    /** The failure set for this call; a "*" in its key stands for any post id. */
    private MockResponse takeFailure(String call) {
        for (String key : List.copyOf(failures.keySet())) {
            if (call.matches(Pattern.quote(key).replace("*", "\\E[^/]+\\Q"))) {
                return failures.remove(key);
            }
        }
        return null;
    }

    private MockResponse route(String method, String path, Map<String, String> p, Map<String, Upload> files) {
        if (path.equals("/oauth/access_token")) {
            return GraphPerson.tokenExchange(p, expectedRedirect);
        }
        String token = p.getOrDefault("access_token", "");
        if (!List.of(USER_TOKEN, BAKERY_TOKEN, CHOIR_TOKEN).contains(token)) {
            return error(400, 190, "Invalid OAuth access token - Cannot parse access token");
        }
        if (!proof(token).equals(p.get("appsecret_proof"))) {
            return error(400, 100, "Invalid appsecret_proof provided in the API argument");
        }
        String[] parts = path.substring(1).split("/");
        String node = parts[0];
        String edge = parts.length > 1 ? parts[1] : "";
        if (node.equals("me")) {
            return token.equals(USER_TOKEN) ? GraphPerson.me(edge, p, declined, baseUrl()) : error(400, 100, "A Page access token is not the person.");
        }
        if (node.isEmpty() && method.equals("GET") && p.containsKey("ids")) {
            return metrics.read(p, token.equals(BAKERY_TOKEN) ? BAKERY : token.equals(CHOIR_TOKEN) ? CHOIR : "", posts::containsKey);
        }
        String page = node.contains("_") ? node.substring(0, node.indexOf('_')) : node;
        if (!token.equals(page.equals(BAKERY) ? BAKERY_TOKEN : page.equals(CHOIR) ? CHOIR_TOKEN : "")) {
            return error(403, 200, "(#200) The Page access token is not for this Page");
        }
        return switch (method + " " + edge) {
            case "POST photos" -> photo(page, p, files);
            case "POST feed" -> feedPost(page, p);
            case "GET feed" -> listing(page, true);
            case "GET scheduled_posts" -> listing(page, false);
            case "POST comments" -> p.getOrDefault("message", "").isBlank() ? error(400, 100, "(#100) Missing message")
                    : ok("{\"id\":\"" + node + "_c" + ids.incrementAndGet() + "\"}");
            case "GET " -> object(node, p.getOrDefault("fields", "id"));
            case "POST " -> update(node, p);
            case "DELETE " -> posts.remove(node) != null ? ok("{\"success\":true}") : noSuchObject(method, node);
            default -> error(400, 100, "Unsupported " + method + " request to " + path);
        };
    }

    private MockResponse photo(String page, Map<String, String> p, Map<String, Upload> files) {
        Upload source = files.get("source");
        if (source == null || source.bytes() == 0 || !source.contentType().startsWith("image/")) {
            return error(400, 324, "(#324) Requires upload file");
        }
        String id = String.valueOf(ids.incrementAndGet());
        if ("false".equals(p.get("published"))) {
            unpublishedPhotos.put(id, page);
        }
        return ok("{\"id\":\"" + id + "\"}");
    }

    private MockResponse feedPost(String page, Map<String, String> p) {
        List<String> photos = new ArrayList<>();
        for (int i = 0; p.containsKey("attached_media[" + i + "]"); i++) {
            Matcher fbid = Pattern.compile("^\\{\"media_fbid\":\"(\\d+)\"}$").matcher(p.get("attached_media[" + i + "]"));
            if (!fbid.matches() || !page.equals(unpublishedPhotos.remove(fbid.group(1)))) {
                return error(400, 100, "(#100) param attached_media[" + i + "] must be an unpublished photo of this Page");
            }
            photos.add(fbid.group(1));
        }
        Long scheduledFor = null;
        if ("false".equals(p.get("published"))) {
            long at = Long.parseLong(p.getOrDefault("scheduled_publish_time", "0"));
            long now = clock.instant().getEpochSecond();
            if (at < now + 600 || at > now + Duration.ofDays(30).toSeconds()) {
                return error(400, 100, "(#100) The specified scheduled publish time is invalid.");
            }
            scheduledFor = at;
        }
        if (p.getOrDefault("message", "").isBlank() && photos.isEmpty()) {
            return error(400, 100, "(#100) Missing message or attachment");
        }
        // Facebook keeps the text with its line ends unified and the blanks around it trimmed.
        String message = p.containsKey("message") ? p.get("message").replace("\r\n", "\n").strip() : null;
        Post post = new Post(page + "_" + ids.incrementAndGet(), message, clock.instant(), scheduledFor, photos);
        posts.put(post.id(), post);
        AfterStoring then = nextCreate;
        nextCreate = AfterStoring.ANSWER;
        return then.instead(ok("{\"id\":\"" + post.id() + "\"}"));
    }

    private MockResponse listing(String page, boolean published) {
        List<String> data = new ArrayList<>();
        posts().values().stream().filter(post -> post.id().startsWith(page + "_") && post.published() == published)
                .sorted((a, b) -> b.createdTime().compareTo(a.createdTime())).limit(25)
                .forEach(post -> data.add("{\"id\":\"" + post.id() + "\"" + (post.message() == null ? "" : ",\"message\":" + quote(post.message()))
                        + ",\"created_time\":\"" + graphTime(post.createdTime()) + "\""
                        + (post.scheduledFor() == null ? "" : ",\"scheduled_publish_time\":" + post.scheduledFor()) + "}"));
        return ok("{\"data\":[" + String.join(",", data) + "]}");
    }

    /** One post with the fields asked for, as Graph answers {@code GET /{post-id}?fields=...}. */
    private MockResponse object(String id, String fields) {
        Post post = posts.get(id);
        if (post == null) {
            return noSuchObject("GET", id);
        }
        List<String> out = new ArrayList<>();
        for (String field : fields.split(",")) {
            switch (field.strip()) {
                case "id" -> out.add("\"id\":\"" + id + "\"");
                case "is_published" -> out.add("\"is_published\":" + post.published());
                case "message" -> out.add("\"message\":" + quote(post.message() == null ? "" : post.message()));
                case "scheduled_publish_time" -> {
                    if (!post.published()) {
                        out.add("\"scheduled_publish_time\":" + post.scheduledFor());
                    }
                }
                // Graph's permalink of a Page post: the Page, then the post's own number.
                case "permalink_url" -> out.add("\"permalink_url\":\"https://www.facebook.com/" + id.replace("_", "/posts/") + "\"");
                default -> out.add("\"" + field.strip() + "\":null");
            }
        }
        return ok("{" + String.join(",", out) + "}");
    }

    /** {@code POST /{post-id}}: a new scheduled_publish_time for a post Facebook holds, checked as when it was created. */
    private MockResponse update(String id, Map<String, String> p) {
        Post post = posts.get(id);
        if (post == null) {
            return noSuchObject("POST", id);
        }
        if (!p.containsKey("scheduled_publish_time")) {
            return error(400, 100, "(#100) Nothing to update for this post in this fake.");
        }
        if (post.published()) {
            return error(400, 100, "(#100) A published post cannot be scheduled.");
        }
        long at = Long.parseLong(p.get("scheduled_publish_time"));
        long now = clock.instant().getEpochSecond();
        if (at < now + 600 || at > now + Duration.ofDays(30).toSeconds()) {
            return error(400, 100, "(#100) The specified scheduled publish time is invalid.");
        }
        posts.put(id, new Post(id, post.message(), post.createdTime(), at, post.photos()));
        return ok("{\"success\":true}");
    }

    /** The Page's owner deleted this post on Facebook. */
    void deleteOnFacebook(String postId) {
        posts.remove(postId);
    }

    /** Facebook's clock reaches the held posts' times: each goes out under the id it had while held. */
    public void publishScheduled() {
        synchronized (posts) {
            posts.replaceAll((id, post) -> post.published() ? post : new Post(id, post.message(), post.createdTime(), null, post.photos()));
        }
    }

    /** The posts a Page has held for later, by id, with when each goes out. */
    public Map<String, Instant> scheduled(String page) {
        Map<String, Instant> held = new LinkedHashMap<>();
        posts().values().stream().filter(p -> p.id().startsWith(page + "_") && !p.published())
                .forEach(p -> held.put(p.id(), Instant.ofEpochSecond(p.scheduledFor())));
        return held;
    }

    /**
     * The bakery Page as connecting it leaves it, in a studio whose Facebook endpoints are this server: a row without
     * secrets, its Page token and the app secret in the secret store.
     */
    public Account connectBakery(Publishing publishing) {
        publishing.endpoints().set(Network.FACEBOOK, "api", baseUrl());
        publishing.endpoints().set(Network.FACEBOOK, "auth", baseUrl());
        Account account = publishing.accounts().save(new Account(null, Network.FACEBOOK, "Ada's Bakery", null, BAKERY,
                java.net.URI.create(baseUrl()), null, List.of("pages_manage_posts"), null, AccountStatus.CONNECTED, null, "Ada Baker"));
        AccountSecrets secrets = publishing.accounts().secrets();
        secrets.put(account.id(), AccountSecrets.Kind.ACCESS_TOKEN, BAKERY_TOKEN);
        secrets.putClientSecret(Network.FACEBOOK, APP_SECRET);
        return account;
    }


    @Override
    public void close() {
        server.close();
    }
}
