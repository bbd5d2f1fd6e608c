package org.scriptorium.publishers.mastodon;

import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import okhttp3.HttpUrl;
import org.scriptorium.core.publishing.oauth.OAuthChecks;
import org.scriptorium.publishers.common.AfterStoring;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;

/**
 * A Mastodon server on loopback that checks what a real one checks: app registration, the token request's PKCE
 * verifier against the challenge the browser carried, the Bearer token, and Idempotency-Key (a repeat returns the
 * first status). Statuses are kept, so the account's timeline can be read back; scheduled statuses wait apart, can be
 * listed, moved and deleted, and join the timeline when the test says their time has come.
 */
public final class FakeMastodon implements AutoCloseable {
    public static final String TOKEN = "masto-token-7f3a";
    final MockWebServer server = new MockWebServer();
    public final List<RecordedRequest> statusPosts = new CopyOnWriteArrayList<>();
    final Map<String, String> statusesByKey = new ConcurrentHashMap<>();
    final Map<String, Map<String, String>> statuses = new LinkedHashMap<>();
    final Map<String, Instant> createdAt = new ConcurrentHashMap<>();
    /** Scheduled statuses by id ("s" and a number): the form they were posted with, and when they go out. */
    final Map<String, Map<String, String>> scheduled = new LinkedHashMap<>();
    final Map<String, Instant> scheduledAt = new LinkedHashMap<>();
    final List<String> revoked = new CopyOnWriteArrayList<>();
    /** How the sign-in page answers the browser. */
    public enum SignIn { APPROVE, WRONG_STATE, DENY, OFFSITE, REFUSE_EMBEDDED }

    public volatile SignIn signIn = SignIn.APPROVE;
    /** The sign-in page address the last browser opened, for a test that plays the system browser. */
    public volatile String lastSignInPage;
    /** The Cookie header each sign-in page request carried ("" for none): a browser's session with the server. */
    public final List<String> cookiesSeen = new CopyOnWriteArrayList<>();
    private int sessions;
    volatile String challenge;
    volatile String registeredRedirect;
    volatile boolean stallStatuses;
    /** What happens to the next POST /api/v1/statuses once the status is stored. */
    volatile AfterStoring nextCreate = AfterStoring.ANSWER;
    /** The server's clock, which dates the statuses it keeps. */
    volatile Clock clock = Clock.systemUTC();
    volatile boolean tokenRevoked;
    private int nextId = 100;

    public FakeMastodon() throws IOException {
        server.setDispatcher(new Dispatcher() {
            @Override
            public MockResponse dispatch(RecordedRequest request) {
                return answer(request);
            }
        });
        server.start();
    }

    public String url() {
        return server.url("/").toString().replaceAll("/$", "");
    }

    private synchronized MockResponse answer(RecordedRequest request) {
        String path = request.getUrl().encodedPath();
        Map<String, String> form = form(request);
        if (path.equals("/api/v1/apps")) {
            registeredRedirect = form.get("redirect_uris");
            return json(200, "{\"id\":\"7\",\"name\":\"Scriptorium\",\"client_id\":\"client-abc\",\"client_secret\":\"secret-xyz\"}");
        }
        if (path.equals("/oauth/authorize")) {
            return authorize(request);
        }
        if (path.equals("/oauth/token")) {
            boolean ok = "authorization_code".equals(form.get("grant_type")) && "the-code".equals(form.get("code"))
                    && "client-abc".equals(form.get("client_id")) && "secret-xyz".equals(form.get("client_secret"))
                    && registeredRedirect != null && registeredRedirect.equals(form.get("redirect_uri"))
                    && challenge != null && form.get("code_verifier") != null && challenge.equals(OAuthChecks.challenge(form.get("code_verifier")));
            return ok ? json(200, "{\"access_token\":\"" + TOKEN + "\",\"token_type\":\"Bearer\",\"scope\":\"" + MastodonConnector.SCOPES + "\",\"created_at\":1763888400}")
                    : json(400, "{\"error\":\"invalid_grant\",\"error_description\":\"The provided authorization grant is invalid\"}");
        }
        if (path.equals("/oauth/revoke")) {
            revoked.add(form.get("token"));
            tokenRevoked = true;
            return json(200, "{}");
        }
        if (tokenRevoked || !("Bearer " + TOKEN).equals(request.getHeaders().get("Authorization"))) {
            return json(401, "{\"error\":\"The access token is invalid\"}");
        }
        if (path.matches("/api/v1/statuses/[^/]+") && request.getMethod().equals("GET")) {
            return readStatus(path.substring("/api/v1/statuses/".length()));
        }
        if (path.startsWith("/api/v1/scheduled_statuses")) {
            return scheduledStatuses(request.getMethod(), path.substring("/api/v1/scheduled_statuses".length()).replaceFirst("^/", ""), form);
        }
        return switch (path) {
            case "/api/v1/accounts/verify_credentials" -> json(200, "{\"id\":\"1090\",\"username\":\"ana\",\"acct\":\"ana\",\"display_name\":\"Ana Lima\","
                    + "\"avatar\":\"https://files.example/ana.png\",\"url\":\"" + url() + "/@ana\"}");
            case "/api/v2/media" -> json(200, "{\"id\":\"m" + (nextId++) + "\",\"type\":\"image\",\"description\":\"" + describe(request) + "\"}");
            case "/api/v1/statuses" -> status(request, form);
            case "/api/v1/accounts/1090/statuses" -> {
                StringBuilder list = new StringBuilder("[");
                statuses.forEach((id, s) -> list.append(list.length() > 1 ? "," : "").append("{\"id\":\"").append(id).append("\",\"content\":\"<p>")
                        .append(s.get("status").replace("\"", "\\\"")).append("</p>\",\"created_at\":\"").append(createdAt.get(id)).append("\",\"url\":\"")
                        .append(url()).append("/@ana/").append(id).append("\"}"));
                yield json(200, list.append("]").toString());
            }
            default -> json(404, "{\"error\":\"Record not found\"}");
        };
    }

    /** Each status's favourites, replies and boosts by id, as the server counts them. */
    public final Map<String, long[]> counts = new ConcurrentHashMap<>();
    /** The statuses read one by one (GET /api/v1/statuses/:id). */
    public final List<String> statusReads = new CopyOnWriteArrayList<>();

    /** GET /api/v1/statuses/:id: the status with its counts, or 404 once it is deleted. */
    private MockResponse readStatus(String id) {
        statusReads.add(id);
        Map<String, String> form;
        synchronized (statuses) {
            form = statuses.get(id);
        }
        if (form == null) {
            return json(404, "{\"error\":\"Record not found\"}");
        }
        long[] c = counts.getOrDefault(id, new long[3]);
        return json(200, "{\"id\":\"" + id + "\",\"url\":\"" + url() + "/@ana/" + id + "\",\"favourites_count\":" + c[0]
                + ",\"replies_count\":" + c[1] + ",\"reblogs_count\":" + c[2] + "}");
    }

    /** Deletes a status, as its author would on the server. */
    public void delete(String id) {
        synchronized (statuses) {
            statuses.remove(id);
        }
    }

    private MockResponse status(RecordedRequest request, Map<String, String> form) {
        statusPosts.add(request);
        String key = request.getHeaders().get("Idempotency-Key");
        String id = key == null ? null : statusesByKey.get(key);
        if (form.containsKey("scheduled_at")) {
            if (id == null) {
                Instant at = Instant.parse(form.get("scheduled_at"));
                if (at.isBefore(clock.instant().plus(Duration.ofMinutes(5)))) {
                    return json(422, "{\"error\":\"Validation failed: Scheduled at The scheduled date must be in the future\"}");
                }
                id = "s" + (nextId++);
                scheduled.put(id, form);
                scheduledAt.put(id, at);
                if (key != null) {
                    statusesByKey.put(key, id);
                }
            }
            return json(200, scheduledStatus(id));
        }
        if (id == null) {
            id = String.valueOf(nextId++);
            statuses.put(id, form);
            createdAt.put(id, clock.instant());
            if (key != null) {
                statusesByKey.put(key, id);
            }
        }
        MockResponse.Builder ok = new MockResponse.Builder().code(200).addHeader("Content-Type", "application/json")
                .body("{\"id\":\"" + id + "\",\"url\":\"" + url() + "/@ana/" + id + "\",\"content\":\"<p>" + form.get("status") + "</p>\"}");
        AfterStoring then = nextCreate;
        nextCreate = AfterStoring.ANSWER;
        return then.instead(stallStatuses ? ok.headersDelay(5, TimeUnit.SECONDS).build() : ok.build());
    }

    /** GET the list, or GET, PUT (a new scheduled_at) and DELETE one: only the account's own, 404 for any other id. */
    private MockResponse scheduledStatuses(String method, String id, Map<String, String> form) {
        if (id.isEmpty()) {
            return method.equals("GET") ? json(200, "[" + String.join(",", scheduled.keySet().stream().map(this::scheduledStatus).toList()) + "]")
                    : json(404, "{\"error\":\"Record not found\"}");
        }
        if (!scheduled.containsKey(id)) {
            return json(404, "{\"error\":\"Record not found\"}");
        }
        return switch (method) {
            case "GET" -> json(200, scheduledStatus(id));
            case "DELETE" -> {
                scheduled.remove(id);
                scheduledAt.remove(id);
                yield json(200, "{}");
            }
            case "PUT" -> {
                Instant at;
                try {
                    at = Instant.parse(form.getOrDefault("scheduled_at", ""));
                } catch (DateTimeParseException e) {
                    yield json(422, "{\"error\":\"Invalid scheduled_at format\"}");
                }
                if (at.isBefore(clock.instant().plus(Duration.ofMinutes(5)))) {
                    yield json(422, "{\"error\":\"Scheduled at The scheduled date must be in the future\"}");
                }
                scheduledAt.put(id, at);
                yield json(200, scheduledStatus(id));
            }
            default -> json(404, "{\"error\":\"Record not found\"}");
        };
    }

    /** A ScheduledStatus as the API shows it: its id, its time, and the parameters the status will be posted with. */
    private String scheduledStatus(String id) {
        return "{\"id\":\"" + id + "\",\"scheduled_at\":\"" + scheduledAt.get(id) + "\",\"params\":{\"text\":\""
                + scheduled.get(id).get("status").replace("\\", "\\\\").replace("\"", "\\\"") + "\",\"visibility\":\"public\",\"idempotency\":null},"
                + "\"media_attachments\":[]}";
    }

    /** The server's clock reaches the scheduled statuses' times: each becomes a status on the timeline. */
    public synchronized void publishScheduled() {
        for (String id : List.copyOf(scheduled.keySet())) {
            String statusId = String.valueOf(nextId++);
            statuses.put(statusId, scheduled.remove(id));
            createdAt.put(statusId, clock.instant());
            scheduledAt.remove(id);
        }
    }

    /** When each scheduled status goes out, by id. */
    public synchronized Map<String, Instant> scheduledTimes() {
        return new LinkedHashMap<>(scheduledAt);
    }

    /** The page the browser opens: the user "agrees" at once, or the server answers as the test asked. */
    private MockResponse authorize(RecordedRequest request) {
        HttpUrl url = request.getUrl();
        lastSignInPage = url.toString();
        String cookie = request.getHeaders().get("Cookie");
        cookiesSeen.add(cookie == null ? "" : cookie);
        challenge = url.queryParameter("code_challenge");
        String back = url.queryParameter("redirect_uri");
        String state = url.queryParameter("state");
        boolean embedded = String.valueOf(request.getHeaders().get("User-Agent")).contains("JavaFX");
        return switch (signIn) {
            case APPROVE -> new MockResponse.Builder(redirect(back + "?code=the-code&state=" + state))
                    .addHeader("Set-Cookie", "mastodon_session=sess-" + (++sessions) + "; Path=/; HttpOnly").build();
            case WRONG_STATE -> redirect(back + "?code=the-code&state=not-the-one-sent");
            case DENY -> redirect(back + "?error=access_denied&error_description=The+user+denied&state=" + state);
            case OFFSITE -> redirect("http://unexpected.invalid/collect?code=the-code");
            case REFUSE_EMBEDDED -> embedded
                    ? new MockResponse.Builder().code(200).addHeader("Content-Type", "text/html")
                    .body("<html><body><h1>Sorry</h1><p>Sign-in is not available in this browser. Please use a supported browser.</p></body></html>").build()
                    : redirect(back + "?code=the-code&state=" + state);
        };
    }

    private static MockResponse redirect(String to) {
        return new MockResponse.Builder().code(302).addHeader("Location", to).build();
    }

    Map<String, String> statusForm(int index) {
        return statuses.values().stream().skip(index).findFirst().orElseThrow();
    }

    private static String describe(RecordedRequest request) {
        String body = request.getBody() == null ? "" : request.getBody().utf8();
        int at = body.indexOf("name=\"description\"");
        return at < 0 ? "" : body.substring(body.indexOf("\r\n\r\n", at) + 4, body.indexOf("\r\n--", at)).strip();
    }

    /** A form body's fields; repeated names (media_ids[]) are joined with commas. */
    private static Map<String, String> form(RecordedRequest request) {
        Map<String, String> fields = new LinkedHashMap<>();
        String type = String.valueOf(request.getHeaders().get("Content-Type"));
        if (request.getBody() == null || !type.startsWith("application/x-www-form-urlencoded")) {
            return fields;
        }
        HttpUrl parsed = HttpUrl.get("http://x/?" + request.getBody().utf8());
        for (String name : parsed.queryParameterNames()) {
            fields.put(name, String.join(",", parsed.queryParameterValues(name).stream().map(String::valueOf).toList()));
        }
        return fields;
    }

    private static MockResponse json(int code, String body) {
        return new MockResponse.Builder().code(code).addHeader("Content-Type", "application/json").body(body).build();
    }

    @Override
    public void close() {
        server.close();
    }
}
