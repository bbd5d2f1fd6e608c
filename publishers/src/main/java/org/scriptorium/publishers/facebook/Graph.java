package org.scriptorium.publishers.facebook;

import com.fasterxml.jackson.databind.JsonNode;
import okhttp3.FormBody;
import okhttp3.HttpUrl;
import okhttp3.MediaType;
import okhttp3.MultipartBody;
import okhttp3.Request;
import okhttp3.RequestBody;
import org.scriptorium.core.accounts.Network;
import org.scriptorium.core.publishing.PostImage;
import org.scriptorium.core.publishing.PublishingContext;
import org.scriptorium.publishers.common.Http;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Calls to the Graph API with one token (a user's while connecting, a Page's when publishing): addresses carry the
 * configured version, every call carries the token and its {@code appsecret_proof}, and an error answer becomes a
 * typed {@link org.scriptorium.core.publishing.PublishException} without the token in it.
 */
final class Graph {
    static final String LABEL = "Facebook";
    /** How many pages of a listing are read at most: a Page with more scheduled posts than this is not a case we meet. */
    private static final int MAX_LISTING_PAGES = 20;
    /** Graph's subcode for "object does not exist, cannot be loaded due to missing permissions, or does not support this operation". */
    private static final int NO_SUCH_OBJECT = 33;

    private final PublishingContext context;
    private final String token;
    private final String appSecret;

    /**
     * @param token     the access token the calls act with, or null for calls that carry their own credentials
     * @param appSecret the app secret for {@code appsecret_proof}; null when the user's app does not require it
     */
    Graph(PublishingContext context, String token, String appSecret) {
        this.context = context;
        this.token = token;
        this.appSecret = appSecret;
    }

    JsonNode get(String path, Map<String, String> params) {
        HttpUrl.Builder url = url(path).newBuilder();
        params.forEach(url::addQueryParameter);
        credentials().forEach(url::addQueryParameter);
        return exchange(new Request.Builder().url(url.build()).get().build(), false);
    }

    /** A form POST; {@code creates} says whether repeating it could publish twice (see {@link Http#send}). */
    JsonNode post(String path, Map<String, String> form, boolean creates) {
        FormBody.Builder body = new FormBody.Builder(StandardCharsets.UTF_8);
        form.forEach(body::add);
        credentials().forEach(body::add);
        return exchange(new Request.Builder().url(url(path)).post(body.build()).build(), creates);
    }

    /**
     * Uploads a file as the multipart field {@code source} with the other fields beside it. Not counted as creating a
     * post: an upload repeated after a timeout leaves at most an unused unpublished photo, never a second post.
     */
    JsonNode upload(String path, Map<String, String> fields, PostImage image) {
        MultipartBody.Builder body = new MultipartBody.Builder().setType(MultipartBody.FORM);
        fields.forEach(body::addFormDataPart);
        credentials().forEach(body::addFormDataPart);
        body.addFormDataPart("source", image.file().getFileName().toString(),
                RequestBody.create(image.file().toFile(), MediaType.get(image.mimeType())));
        return exchange(new Request.Builder().url(url(path)).post(body.build()).build(), false);
    }

    /**
     * One object, or empty when Graph says it does not exist (code 100, subcode 33): a post deleted on the Page, or
     * one that never was. Any other error is thrown as for {@link #get}.
     */
    Optional<JsonNode> find(String path, Map<String, String> params) {
        HttpUrl.Builder url = url(path).newBuilder();
        params.forEach(url::addQueryParameter);
        credentials().forEach(url::addQueryParameter);
        Http.Answer answer = Http.send(context, new Request.Builder().url(url.build()).get().build(), false, LABEL);
        if (answer.ok()) {
            return Optional.of(answer.json());
        }
        GraphErrors.GraphError error = GraphErrors.GraphError.of(answer);
        if (error.code() == 100 && error.subcode() == NO_SUCH_OBJECT) {
            return Optional.empty();
        }
        throw GraphErrors.toException(answer, context.clock().instant(), token, appSecret);
    }

    /** A GET whose error answer the caller reads itself ({@link GraphErrors.GraphError#of}); see {@link #failure}. */
    Http.Answer read(String path, Map<String, String> params) {
        HttpUrl.Builder url = url(path).newBuilder();
        params.forEach(url::addQueryParameter);
        credentials().forEach(url::addQueryParameter);
        return Http.send(context, new Request.Builder().url(url.build()).get().build(), false, LABEL);
    }

    /** The typed failure for an error answer from {@link #read}, with this Graph's secrets cut out of it. */
    org.scriptorium.core.publishing.PublishException failure(Http.Answer answer) {
        return GraphErrors.toException(answer, context.clock().instant(), token, appSecret);
    }

    String version() {
        return context.endpoints().version(Network.FACEBOOK);
    }

    JsonNode delete(String path) {
        HttpUrl.Builder url = url(path).newBuilder();
        credentials().forEach(url::addQueryParameter);
        return exchange(new Request.Builder().url(url.build()).delete().build(), false);
    }

    /** Every item of a listing ({@code data}), following the {@code after} cursor while Graph says there is more. */
    List<JsonNode> list(String path, Map<String, String> params) {
        List<JsonNode> items = new ArrayList<>();
        Map<String, String> query = new LinkedHashMap<>(params);
        for (int page = 0; page < MAX_LISTING_PAGES; page++) {
            JsonNode answer = get(path, query);
            answer.path("data").forEach(items::add);
            String after = answer.path("paging").path("cursors").path("after").asText("");
            if (answer.path("paging").path("next").isMissingNode() || after.isEmpty()) {
                break;
            }
            query.put("after", after);
        }
        return items;
    }

    /** HMAC-SHA256 of the token keyed with the app secret, in lower-case hex: how Graph knows a call comes from the app's holder. */
    static String appSecretProof(String token, String appSecret) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(appSecret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return HexFormat.of().formatHex(mac.doFinal(token.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is missing from this Java runtime.", e);
        }
    }

    private Map<String, String> credentials() {
        Map<String, String> credentials = new LinkedHashMap<>();
        if (token != null) {
            credentials.put("access_token", token);
            if (appSecret != null && !appSecret.isEmpty()) {
                credentials.put("appsecret_proof", appSecretProof(token, appSecret));
            }
        }
        return credentials;
    }

    private HttpUrl url(String path) {
        HttpUrl base = HttpUrl.get(context.endpoints().api(Network.FACEBOOK).toString());
        return base.newBuilder().addPathSegment(context.endpoints().version(Network.FACEBOOK)).addPathSegments(path).build();
    }

    private JsonNode exchange(Request request, boolean creates) {
        Http.Answer answer = Http.send(context, request, creates, LABEL);
        if (answer.ok()) {
            return answer.json();
        }
        throw GraphErrors.toException(answer, context.clock().instant(), token, appSecret);
    }
}
