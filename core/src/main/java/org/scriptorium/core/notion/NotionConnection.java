package org.scriptorium.core.notion;

import org.scriptorium.core.research.fetch.HostPacing;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import okhttp3.HttpUrl;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import okhttp3.ResponseBody;
import org.scriptorium.core.http.HttpClients;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;

/**
 * One integration's line to Notion: every request authenticated and versioned, one at a time and spaced to Notion's
 * average of three a second, a 429 waited out and sent again (Notion did nothing with it), and nothing else ever
 * repeated, so a page is never created twice. Failures become a {@link NotionException} a user can act on.
 */
final class NotionConnection {
    static final String VERSION = "2025-09-03";
    /** Notion's documented average is three requests a second per integration. */
    static final Duration GAP = Duration.ofMillis(334);
    static final int RETRIES_AFTER_RATE_LIMIT = 3;
    /** A Retry-After without a number still means: not now. */
    static final Duration DEFAULT_RETRY_AFTER = Duration.ofSeconds(1);
    /** Longer than this and the user is better told than kept waiting. */
    static final Duration LONGEST_WAIT = Duration.ofMinutes(1);

    private static final Logger LOG = LoggerFactory.getLogger(NotionConnection.class);
    private static final MediaType JSON_TYPE = MediaType.get("application/json; charset=utf-8");
    static final ObjectMapper JSON = new ObjectMapper();

    private final OkHttpClient client;
    private final HttpUrl base;
    private final String token;
    private final HostPacing.Pause pause;
    private final ReentrantLock oneAtATime = new ReentrantLock();
    /** Calls about three a second, kept apart under {@link #oneAtATime}. */
    private final HostPacing pacing;

    NotionConnection(OkHttpClient client, HttpUrl base, String token, Clock clock, HostPacing.Pause pause) {
        if (token == null || token.isBlank()) {
            throw new NotionException(0, NotionException.UNAUTHORIZED, "Give the Notion integration's secret to connect to Notion.");
        }
        // Creating a page with its content can take Notion a while; OkHttp must never send anything twice by itself.
        this.client = HttpClients.sendingOnce(client.newBuilder().readTimeout(60, TimeUnit.SECONDS).callTimeout(90, TimeUnit.SECONDS));
        this.base = base;
        this.token = token.strip();
        this.pause = pause;
        this.pacing = new HostPacing(clock, pause, GAP);
    }

    /** The API address with these path segments (each encoded). */
    HttpUrl.Builder url(String... segments) {
        HttpUrl.Builder url = base.newBuilder();
        for (String segment : segments) {
            url.addPathSegment(segment);
        }
        return url;
    }

    /**
     * Sends one request and answers Notion's JSON; {@code subject} names what the request is about ("that database")
     * for the message when Notion cannot see it.
     */
    JsonNode send(String method, HttpUrl url, JsonNode body, String subject) throws InterruptedException {
        oneAtATime.lockInterruptibly();
        try {
            Request request = request(method, url, body);
            for (int retries = 0; ; retries++) {
                pacing.beforeCall(url.uri());
                try (Response response = client.newCall(request).execute()) {
                    String text = readBody(response.body());
                    LOG.debug("Notion {} {} answered {}", method, url.encodedPath(), response.code());
                    if (response.code() == 429) {
                        Duration wait = retryAfter(response.header("Retry-After"));
                        if (retries >= RETRIES_AFTER_RATE_LIMIT || wait.compareTo(LONGEST_WAIT) > 0) {
                            throw new NotionException(429, NotionException.RATE_LIMITED, "Notion asked to slow down"
                                    + (retries > 0 ? " and still did after " + retries + " retries" : ", for " + wait.toSeconds() + " seconds")
                                    + "; try again in a few minutes.");
                        }
                        pause.pause(wait);
                        continue;
                    }
                    if (response.isSuccessful()) {
                        return parse(text, response.code());
                    }
                    throw failure(response.code(), text, subject, !method.equals("GET"));
                } catch (IOException e) {
                    throw unreachable(e, !method.equals("GET"));
                }
            }
        } finally {
            oneAtATime.unlock();
        }
    }

    private Request request(String method, HttpUrl url, JsonNode body) {
        RequestBody requestBody = null;
        if (body != null) {
            try {
                requestBody = RequestBody.create(JSON.writeValueAsBytes(body), JSON_TYPE);
            } catch (JsonProcessingException e) {
                throw new IllegalArgumentException("A Notion request body that is not JSON", e);
            }
        } else if (!method.equals("GET") && !method.equals("DELETE")) {
            requestBody = RequestBody.create(new byte[0], JSON_TYPE);
        }
        return new Request.Builder().url(url).method(method, requestBody)
                .header("Authorization", "Bearer " + token)
                .header("Notion-Version", VERSION)
                .header("Accept", "application/json")
                .build();
    }

    /** Notion sends whole seconds in decimal; anything else still asks for a wait. */
    static Duration retryAfter(String header) {
        if (header == null || header.isBlank()) {
            return DEFAULT_RETRY_AFTER;
        }
        try {
            BigDecimal seconds = new BigDecimal(header.strip());
            if (seconds.signum() <= 0) {
                return DEFAULT_RETRY_AFTER;
            }
            return Duration.ofMillis(seconds.movePointRight(3).min(BigDecimal.valueOf(Long.MAX_VALUE / 2)).longValue());
        } catch (NumberFormatException e) {
            return DEFAULT_RETRY_AFTER;
        }
    }

    private static String readBody(ResponseBody body) throws IOException {
        return body == null ? "" : body.string();
    }

    private static JsonNode parse(String text, int status) {
        if (text.isBlank()) {
            return JSON.createObjectNode();
        }
        try {
            return JSON.readTree(text);
        } catch (JsonProcessingException e) {
            throw new NotionException(status, NotionException.MALFORMED, "Notion answered with something other than JSON; try again later.");
        }
    }

    private NotionException failure(int status, String text, String subject, boolean writes) {
        String code = "";
        String message = "";
        try {
            JsonNode error = JSON.readTree(text);
            if (error != null) {
                code = error.path("code").asText("");
                message = scrub(error.path("message").asText("")).strip().replaceAll("\\.+$", "");
            }
        } catch (JsonProcessingException e) {
            // An HTML page from a proxy says nothing a user could use; the status alone does.
        }
        String said = message.isBlank() ? "" : ": " + message;
        String unsure = writes ? "; look in Notion before trying again, the change may have been made" : "";
        if (code.isBlank()) {
            code = "http_" + status;
        }
        String sentence = switch (code) {
            case NotionException.UNAUTHORIZED -> "The Notion token was refused: check the integration's secret.";
            case "restricted_resource" -> "The Notion integration may not do this: give it the capabilities it needs (read, update and insert content)"
                    + " in its settings" + said + ".";
            case NotionException.NOT_FOUND -> "Notion cannot see " + subject + ": share it with the integration (••• › Connections).";
            case NotionException.VALIDATION -> "Notion refused the request" + said + ".";
            case "conflict_error" -> "Notion reported a conflicting edit" + said + "; load the latest version and try again.";
            default -> status == 401 ? "The Notion token was refused: check the integration's secret."
                    : "Notion answered " + status + said + unsure + ".";
        };
        return new NotionException(status, code, sentence);
    }

    private static NotionException unreachable(IOException e, boolean writes) {
        String reason = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        return new NotionException(0, NotionException.UNREACHABLE, writes
                ? "Notion did not answer (" + reason + "); look in Notion before trying again, the change may have been made."
                : "Notion could not be reached (" + reason + "); check the connection and try again.", e);
    }

    /** Notion's own words are shown to the user; the secret never is. */
    private String scrub(String message) {
        return message.replace(token, "•••");
    }
}
