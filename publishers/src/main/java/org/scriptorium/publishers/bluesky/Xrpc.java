package org.scriptorium.publishers.bluesky;

import com.fasterxml.jackson.databind.JsonNode;
import okhttp3.HttpUrl;
import okhttp3.MediaType;
import okhttp3.Request;
import okhttp3.RequestBody;
import org.scriptorium.core.ScriptoriumException;
import org.scriptorium.core.accounts.Account;
import org.scriptorium.core.accounts.AccountSecrets.Kind;
import org.scriptorium.core.publishing.PublishException;
import org.scriptorium.core.publishing.PublishingContext;
import org.scriptorium.publishers.common.Http;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;

/**
 * Calls to an account's Bluesky server (its PDS), signed with the session's access token. An expired access token is
 * refreshed with the refresh token, and when that too has lapsed, a new session is made with the app password; only
 * when the app password is refused does the account need connecting again.
 */
final class Xrpc {
    private static final MediaType JSON = MediaType.get("application/json");
    private final PublishingContext context;
    private final Account account;

    Xrpc(PublishingContext context, Account account) {
        this.context = context;
        this.account = account;
    }

    /** Signs in with a handle (or email) and an app password; returns the session's JSON (did, handle, accessJwt, refreshJwt). */
    static JsonNode createSession(PublishingContext context, URI server, String identifier, String appPassword) {
        String body = Http.JSON.createObjectNode().put("identifier", identifier).put("password", appPassword).toString();
        Http.Answer answer = Http.send(context, new Request.Builder().url(url(server, "com.atproto.server.createSession", Map.of()))
                .post(RequestBody.create(body, JSON)).build(), false, "Bluesky");
        if (answer.status() == 401 || answer.status() == 400 && answer.json().path("error").asText().startsWith("Auth")) {
            throw new ScriptoriumException("Bluesky refused the handle or app password (" + answer.json().path("message").asText("not valid")
                    + "). Create an app password under Settings › Privacy and security › App passwords.");
        }
        check(answer, context.clock().instant());
        return answer.json();
    }

    JsonNode get(String method, Map<String, String> query) {
        return call(method, query, null, false);
    }

    JsonNode post(String method, JsonNode body, boolean creates) {
        return call(method, Map.of(), RequestBody.create(body.toString(), JSON), creates);
    }

    JsonNode upload(byte[] bytes, String mimeType) {
        return call("com.atproto.repo.uploadBlob", Map.of(), RequestBody.create(bytes, MediaType.get(mimeType)), false);
    }

    /** The raw answer of a read, for callers that treat a "not found" as an answer rather than an error. */
    Http.Answer getAnswer(String method, Map<String, String> query) {
        return send(url(account.apiBase(), method, query), null, false);
    }

    /** A read with one parameter repeated ({@code uris=…&uris=…}), as getPosts takes its posts. */
    JsonNode getRepeated(String method, String name, java.util.List<String> values) {
        HttpUrl.Builder url = url(account.apiBase(), method, Map.of()).newBuilder();
        values.forEach(value -> url.addQueryParameter(name, value));
        Http.Answer answer = send(url.build(), null, false);
        check(answer, context.clock().instant());
        return answer.json();
    }

    private JsonNode call(String method, Map<String, String> query, RequestBody body, boolean creates) {
        Http.Answer answer = send(url(account.apiBase(), method, query), body, creates);
        check(answer, context.clock().instant());
        return answer.json();
    }

    private Http.Answer send(HttpUrl url, RequestBody body, boolean creates) {
        Http.Answer answer = sendWith(accessToken(), url, body, creates);
        if (expired(answer)) {
            renewSession();
            answer = sendWith(accessToken(), url, body, creates);
        }
        return answer;
    }

    private Http.Answer sendWith(String token, HttpUrl url, RequestBody body, boolean creates) {
        Request.Builder request = new Request.Builder().url(url).header("Authorization", "Bearer " + token);
        request = body == null ? request.get() : request.post(body);
        return Http.send(context, request.build(), creates, "Bluesky");
    }

    private static boolean expired(Http.Answer answer) {
        String error = answer.json().path("error").asText("");
        return answer.status() == 401 || answer.status() == 400 && (error.equals("ExpiredToken") || error.equals("InvalidToken"));
    }

    /** A new access token: from the refresh token, else a fresh session with the app password. */
    private void renewSession() {
        var secrets = context.accounts().secrets();
        String refresh = secrets.get(account.id(), Kind.REFRESH_TOKEN).orElse(null);
        if (refresh != null) {
            Http.Answer answer = Http.send(context, new Request.Builder().url(url(account.apiBase(), "com.atproto.server.refreshSession", Map.of()))
                    .header("Authorization", "Bearer " + refresh).post(RequestBody.create(new byte[0])).build(), false, "Bluesky");
            if (answer.ok()) {
                keep(answer.json());
                return;
            }
        }
        String password = secrets.get(account.id(), Kind.APP_PASSWORD).orElseThrow(() -> reconnect());
        try {
            keep(createSession(context, account.apiBase(), account.externalId(), password));
        } catch (PublishException e) {
            throw e;
        } catch (ScriptoriumException refused) {
            throw reconnect();
        }
    }

    private void keep(JsonNode session) {
        var secrets = context.accounts().secrets();
        secrets.put(account.id(), Kind.ACCESS_TOKEN, session.path("accessJwt").asText());
        secrets.put(account.id(), Kind.REFRESH_TOKEN, session.path("refreshJwt").asText());
    }

    private PublishException reconnect() {
        return PublishException.authExpired("Bluesky no longer accepts the app password of " + account.handle()
                + "; connect the account again with a new one.");
    }

    private String accessToken() {
        return context.accounts().secrets().get(account.id(), Kind.ACCESS_TOKEN).orElse("");
    }

    /** Maps an error answer to what the caller should do; returns quietly on success. */
    static void check(Http.Answer answer, Instant now) {
        if (answer.ok()) {
            return;
        }
        String message = answer.json().path("message").asText(answer.json().path("error").asText("HTTP " + answer.status()));
        if (answer.status() == 429) {
            Duration wait = answer.retryAfter(now);
            String reset = answer.header("ratelimit-reset");
            if (wait == null && reset != null && reset.matches("\\d+")) {
                wait = Duration.between(now, Instant.ofEpochSecond(Long.parseLong(reset)));
            }
            throw PublishException.retryable("Bluesky is limiting how fast this account can post; trying again later.",
                    wait == null || wait.isNegative() ? Duration.ofMinutes(5) : wait, null);
        }
        if (answer.status() >= 500) {
            throw PublishException.retryable("Bluesky had a server error (" + answer.status() + "); trying again later.", answer.retryAfter(now), null);
        }
        if (answer.status() == 401 || answer.status() == 403) {
            throw PublishException.authExpired("Bluesky refused the account's sign-in (" + message + "); connect it again.");
        }
        throw PublishException.rejected("Bluesky refused the post: " + message, message);
    }

    static HttpUrl url(URI server, String method, Map<String, String> query) {
        HttpUrl base = HttpUrl.get(server.toString());
        HttpUrl.Builder url = base.newBuilder().addPathSegment("xrpc").addPathSegment(method);
        query.forEach(url::addQueryParameter);
        return url.build();
    }
}
