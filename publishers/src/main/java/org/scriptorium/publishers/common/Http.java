package org.scriptorium.publishers.common;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import okhttp3.Request;
import okhttp3.Response;
import org.scriptorium.core.publishing.PublishException;
import org.scriptorium.core.publishing.PublishingContext;

import java.io.IOException;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.UnknownHostException;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import java.util.TreeMap;

/**
 * One HTTP exchange with a network, and what its failure means for publishing: a connection that never opened is
 * safe to retry; a create that may have been carried out (no answer after it was sent, a dropped connection, a 5xx
 * answer) is "outcome unknown", so the caller reconciles instead of posting twice. The client never repeats a request
 * by itself (see {@link PublishingContext}).
 */
public final class Http {
    public static final ObjectMapper JSON = new ObjectMapper();

    /** A whole answer: status, headers (names lower-case) and body text. */
    public record Answer(int status, Map<String, String> headers, String body) {
        public boolean ok() {
            return status >= 200 && status < 300;
        }

        public String header(String name) {
            return headers.get(name.toLowerCase(java.util.Locale.ROOT));
        }

        public JsonNode json() {
            try {
                return body == null || body.isBlank() ? JSON.createObjectNode() : JSON.readTree(body);
            } catch (IOException e) {
                return JSON.createObjectNode();
            }
        }

        /** How long the network asked us to wait: Retry-After in seconds or as an HTTP date; null when it did not say. */
        public Duration retryAfter(Instant now) {
            String value = header("Retry-After");
            if (value == null || value.isBlank()) {
                return null;
            }
            try {
                return Duration.ofSeconds(Math.max(0, Long.parseLong(value.strip())));
            } catch (NumberFormatException notSeconds) {
                try {
                    Duration d = Duration.between(now, ZonedDateTime.parse(value.strip(), DateTimeFormatter.RFC_1123_DATE_TIME).toInstant());
                    return d.isNegative() ? Duration.ZERO : d;
                } catch (RuntimeException notADate) {
                    return null;
                }
            }
        }
    }

    private Http() {
    }

    /**
     * Sends the request. {@code creates} says whether repeating it could create a second post: then a failure after
     * the connection opened, and a 5xx answer (the server, or a gateway in front of it, may have stored the post before
     * failing), are {@link PublishException.Kind#OUTCOME_UNKNOWN}, never a plain retry.
     */
    public static Answer send(PublishingContext context, Request request, boolean creates, String networkLabel) {
        Answer answer;
        try (Response response = context.http().newCall(request).execute()) {
            Map<String, String> headers = new TreeMap<>();
            response.headers().names().forEach(n -> headers.put(n.toLowerCase(java.util.Locale.ROOT), response.header(n)));
            answer = new Answer(response.code(), headers, response.body().string());
        } catch (UnknownHostException | ConnectException | NoRouteToHostException e) {
            throw PublishException.retryable(networkLabel + " could not be reached (" + e.getMessage() + "); check the connection.", null, e);
        } catch (IOException e) {
            if (creates) {
                throw PublishException.outcomeUnknown(networkLabel + " did not answer after the post was sent (" + e.getMessage() + "); it may or "
                        + "may not have been published, so it will be looked for before any retry.", e);
            }
            throw PublishException.retryable(networkLabel + " did not answer (" + e.getMessage() + ").", null, e);
        }
        if (creates && answer.status() >= 500) {
            throw PublishException.outcomeUnknown(networkLabel + " answered the post with a server error (HTTP " + answer.status() + "); it may "
                    + "or may not have been published, so it will be looked for before any retry.", answer.retryAfter(context.clock().instant()), null);
        }
        return answer;
    }
}
