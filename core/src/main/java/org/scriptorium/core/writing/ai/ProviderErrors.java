package org.scriptorium.core.writing.ai;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.scriptorium.core.research.fetch.HttpFetcher;
import org.scriptorium.core.writing.ai.ProviderException.Kind;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.UnknownHostException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.Locale;

/**
 * Turns what went wrong with one provider into one sentence a user can act on. Never quotes the key or the
 * request; quotes the provider's own error text only as a detail.
 */
final class ProviderErrors {
    static final ObjectMapper JSON = new ObjectMapper();

    private static final int LONGEST_DETAIL = 300;

    private final String name;
    private final String host;
    private final boolean local;
    private final boolean keySet;
    private final Clock clock;

    /** @param local whether the service runs on the user's machine (then "not running" is the likely cause) */
    ProviderErrors(String name, URI base, boolean local, boolean keySet, Clock clock) {
        this.name = name;
        this.host = HttpFetcher.host(base);
        this.local = local;
        this.keySet = keySet;
        this.clock = clock;
    }

    String name() {
        return name;
    }

    ProviderException notRunning(Throwable cause) {
        String message = local ? name + " is not running on " + host + "." : "Nothing answers at " + host + ".";
        return new ProviderException(Kind.NOT_RUNNING, message, null, cause);
    }

    ProviderException badKey() {
        String message = keySet ? "The key for " + name + " was rejected."
                : name + " asks for a key, and none is set for it.";
        return new ProviderException(Kind.BAD_KEY, message);
    }

    ProviderException unknownModel(String model) {
        return new ProviderException(Kind.UNKNOWN_MODEL, "The model " + model + " is unknown to " + name + ".");
    }

    ProviderException rateLimited(Instant retryAfter) {
        String when = retryAfter == null ? "try again in a minute"
                : "try again after " + LocalTime.ofInstant(retryAfter, clock.getZone()).truncatedTo(ChronoUnit.SECONDS);
        return new ProviderException(Kind.RATE_LIMITED, name + " asked Scriptorium to slow down; " + when + ".",
                retryAfter, null);
    }

    ProviderException serverError(int code, String detail, Instant retryAfter) {
        return new ProviderException(Kind.SERVER_ERROR, name + " had a server error (" + code + ")" + colon(detail) + ".",
                retryAfter, null);
    }

    /** A 4xx that is neither a key nor a model problem: our request was not what the service accepts. */
    ProviderException refused(int code, String detail) {
        return new ProviderException(Kind.SERVER_ERROR, name + " refused the request (" + code + ")" + colon(detail) + ".");
    }

    /** An error the provider reported inside the stream, after it had started answering. */
    ProviderException streamError(String detail) {
        return new ProviderException(Kind.SERVER_ERROR, name + " reported an error while answering" + colon(detail) + ".");
    }

    ProviderException noFirstByte(Duration waited) {
        return new ProviderException(Kind.TIMEOUT, name + " did not start answering within " + seconds(waited) + ".");
    }

    ProviderException idle(Duration waited) {
        return new ProviderException(Kind.TIMEOUT, name + " stopped answering for " + seconds(waited)
                + " in the middle of the answer.");
    }

    ProviderException malformed(Throwable cause) {
        return new ProviderException(Kind.MALFORMED, name + " sent an answer Scriptorium cannot read.", null, cause);
    }

    ProviderException endedEarly() {
        return new ProviderException(Kind.SERVER_ERROR, name + " ended its answer without saying it was complete.");
    }

    /** A failure of the connection itself, when the watch did not cause it. */
    ProviderException fromIo(IOException e) {
        return switch (e) {
            case ConnectException refused -> notRunning(refused);
            case UnknownHostException unknown -> new ProviderException(Kind.NOT_RUNNING,
                    "The host " + host + " could not be found.", null, unknown);
            case LineReader.LineTooLong tooLong -> malformed(tooLong);
            case InterruptedIOException timeout -> new ProviderException(Kind.TIMEOUT,
                    name + " at " + host + " did not answer in time.", null, timeout);
            default -> new ProviderException(Kind.SERVER_ERROR, "The connection to " + name
                    + " broke before the answer was complete.", null, e);
        };
    }

    /** An answer with an error status, read from its code and the error text in its body. */
    ProviderException fromStatus(int code, String body, Instant retryAfter, String model) {
        String detail = detail(body);
        if (code == 401 || code == 403) {
            return badKey();
        }
        if (code == 404 || (code >= 400 && code < 500 && aboutUnknownModel(detail))) {
            return unknownModel(model);
        }
        if (code == 429) {
            return rateLimited(retryAfter);
        }
        if (code >= 500) {
            return serverError(code, detail, retryAfter);
        }
        return refused(code, detail);
    }

    JsonNode parse(String json) {
        try {
            return JSON.readTree(json);
        } catch (JsonProcessingException e) {
            throw malformed(e);
        }
    }

    /** The error text of a body shaped like any of the three services' errors, or a short plain-text body. */
    static String detail(String body) {
        if (body == null || body.isBlank()) {
            return null;
        }
        try {
            JsonNode node = JSON.readTree(body);
            String text = errorText(node);
            return text == null ? null : shorten(text);
        } catch (JsonProcessingException e) {
            String plain = body.strip();
            return plain.length() <= LONGEST_DETAIL && !plain.startsWith("<") ? plain : null;
        }
    }

    /** {"error":"…"} (Ollama), {"error":{"message":"…"}} (OpenAI, Anthropic), {"message":"…"}; else null. */
    static String errorText(JsonNode node) {
        if (node == null || !node.isObject()) {
            return null;
        }
        JsonNode error = node.get("error");
        if (error != null && error.isTextual()) {
            return error.asText();
        }
        if (error != null && error.isObject() && error.hasNonNull("message")) {
            return error.get("message").asText();
        }
        JsonNode message = node.get("message");
        return message != null && message.isTextual() ? message.asText() : null;
    }

    static boolean aboutUnknownModel(String detail) {
        if (detail == null) {
            return false;
        }
        String text = detail.toLowerCase(Locale.ROOT);
        return text.contains("model") && (text.contains("not found") || text.contains("does not exist")
                || text.contains("unknown") || text.contains("no such"));
    }

    /** Retry-After as seconds or as an HTTP date; null when absent or unreadable. */
    static Instant retryAfter(String header, Instant now) {
        if (header == null || header.isBlank()) {
            return null;
        }
        String value = header.trim();
        try {
            if (value.chars().allMatch(Character::isDigit)) {
                return now.plusSeconds(Long.parseLong(value));
            }
            return ZonedDateTime.parse(value, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
        } catch (NumberFormatException | DateTimeParseException e) {
            return null; // an unreadable hint is treated as no hint
        }
    }

    static String seconds(Duration duration) {
        long millis = duration.toMillis();
        if (millis % 1000 == 0) {
            long whole = millis / 1000;
            return whole + (whole == 1 ? " second" : " seconds");
        }
        return String.format(Locale.ROOT, "%.1f seconds", millis / 1000.0);
    }

    private static String colon(String detail) {
        return detail == null || detail.isBlank() ? "" : ": " + stripFinalStop(detail);
    }

    private static String stripFinalStop(String text) {
        return text.endsWith(".") ? text.substring(0, text.length() - 1) : text;
    }

    private static String shorten(String text) {
        String flat = text.strip().replaceAll("\\s+", " ");
        return flat.length() <= LONGEST_DETAIL ? flat : flat.substring(0, LONGEST_DETAIL) + "…";
    }
}
