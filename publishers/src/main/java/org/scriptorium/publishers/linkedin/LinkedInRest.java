package org.scriptorium.publishers.linkedin;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import okhttp3.HttpUrl;
import okhttp3.MediaType;
import okhttp3.Request;
import okhttp3.RequestBody;
import org.scriptorium.core.accounts.Network;
import org.scriptorium.core.publishing.PublishException;
import org.scriptorium.core.publishing.PublishingContext;
import org.scriptorium.publishers.common.Http;

import java.net.URI;
import java.util.Locale;

/**
 * LinkedIn's REST API with one member's token: every call carries the Bearer token, the LinkedIn-Version the
 * settings name and Rest.li protocol 2.0.0, and every answer that is not a success becomes a typed
 * {@link PublishException}. The token is only ever put in the Authorization header.
 */
final class LinkedInRest {
    static final String LABEL = "LinkedIn";
    private static final MediaType JSON_TYPE = MediaType.get("application/json");

    private final PublishingContext context;
    private final String token;
    private final HttpUrl api;
    private final String version;

    LinkedInRest(PublishingContext context, String token) {
        this.context = context;
        this.token = token;
        this.api = HttpUrl.get(context.endpoints().api(Network.LINKEDIN).toString());
        this.version = context.endpoints().version(Network.LINKEDIN);
    }

    /** {@code GET {api}/v2/userinfo}: the OpenID Connect profile, which takes no version header. */
    JsonNode userInfo() {
        Request request = new Request.Builder().url(url("v2/userinfo").build()).header("Authorization", "Bearer " + token).get().build();
        return checked(Http.send(context, request, false, LABEL)).json();
    }

    /** A read from {@code {api}/rest/...}; {@code finder} marks a Rest.li finder (q=...), as LinkedIn asks for some. */
    JsonNode get(HttpUrl.Builder url, boolean finder) {
        Request.Builder request = versioned(url.build()).get();
        if (finder) {
            request.header("X-RestLi-Method", "FINDER");
        }
        return checked(Http.send(context, request.build(), false, LABEL)).json();
    }

    /** A read as {@link #get}, or empty when LinkedIn answers 404: the thing asked about is not there (a deleted post). */
    java.util.Optional<JsonNode> find(HttpUrl.Builder url, boolean finder) {
        Request.Builder request = versioned(url.build()).get();
        if (finder) {
            request.header("X-RestLi-Method", "FINDER");
        }
        Http.Answer answer = Http.send(context, request.build(), false, LABEL);
        return answer.status() == 404 ? java.util.Optional.empty() : java.util.Optional.of(checked(answer).json());
    }

    /**
     * A JSON POST to {@code {api}/rest/...}. {@code creates}: whether repeating it could make a second post; then a
     * timeout after sending is {@link PublishException.Kind#OUTCOME_UNKNOWN} and the request is never repeated here.
     */
    Http.Answer post(HttpUrl url, JsonNode body, boolean creates) {
        Request request = versioned(url).post(RequestBody.create(write(body), JSON_TYPE)).build();
        return checked(Http.send(context, request, creates, LABEL));
    }

    /**
     * PUTs an image's bytes to the upload address LinkedIn gave. That address is on another LinkedIn host; the token
     * goes with it only when the host is LinkedIn's (or the configured API host, for a local stand-in), never to an
     * address an answer could have pointed anywhere.
     */
    void upload(String uploadUrl, byte[] bytes, String mimeType) {
        HttpUrl target = HttpUrl.parse(uploadUrl);
        if (target == null) {
            throw PublishException.rejected("LinkedIn gave an image upload address that is not a web address.", uploadUrl);
        }
        Request.Builder request = new Request.Builder().url(target).put(RequestBody.create(bytes, MediaType.get(mimeType)));
        if (trusted(target)) {
            request.header("Authorization", "Bearer " + token);
        }
        checked(Http.send(context, request.build(), false, LABEL));
    }

    /** {@code {api}/rest/<path>} to add query parameters to. */
    HttpUrl.Builder rest(String path) {
        return url("rest/" + path);
    }

    String version() {
        return version;
    }

    private HttpUrl.Builder url(String path) {
        return api.newBuilder().addPathSegments(path);
    }

    private Request.Builder versioned(HttpUrl url) {
        return new Request.Builder().url(url)
                .header("Authorization", "Bearer " + token)
                .header("LinkedIn-Version", version)
                .header("X-Restli-Protocol-Version", "2.0.0");
    }

    private Http.Answer checked(Http.Answer answer) {
        if (!answer.ok()) {
            throw LinkedInErrors.of(answer, context.clock().instant(), version);
        }
        return answer;
    }

    private boolean trusted(HttpUrl target) {
        String host = target.host().toLowerCase(Locale.ROOT);
        boolean linkedIn = target.isHttps() && (host.equals("linkedin.com") || host.endsWith(".linkedin.com"));
        return linkedIn || host.equals(api.host()) && target.port() == api.port();
    }

    private static String write(JsonNode body) {
        try {
            return Http.JSON.writeValueAsString(body);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    static URI postAddress(String urn) {
        return URI.create("https://www.linkedin.com/feed/update/" + urn + "/");
    }
}
