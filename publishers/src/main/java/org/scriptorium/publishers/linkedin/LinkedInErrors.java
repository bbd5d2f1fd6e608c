package org.scriptorium.publishers.linkedin;

import com.fasterxml.jackson.databind.JsonNode;
import org.scriptorium.core.publishing.PublishException;
import org.scriptorium.publishers.common.Http;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a LinkedIn error answer means for publishing, said so a user knows what to do. LinkedIn's REST answers carry
 * {@code {"message": ..., "status": ..., "code": ...}}; its messages name permissions and duplicates, never tokens.
 */
final class LinkedInErrors {
    /** LinkedIn's 429 says nothing about when to come back; a minute is its shortest throttle window. */
    static final Duration DEFAULT_BACKOFF = Duration.ofSeconds(60);
    private static final Pattern SCOPE = Pattern.compile("\\b(r|w|rw)_[a-z]+(?:_[a-z]+)*\\b");
    private static final Pattern DUPLICATE_OF = Pattern.compile("urn:li:(?:share|ugcPost|activity):\\d+");
    private static final int MAX_PLATFORM_MESSAGE = 500;

    private LinkedInErrors() {
    }

    /**
     * The exception for an answer that is not a success. {@code version} is the LinkedIn-Version that was sent,
     * named when LinkedIn says it is no longer served.
     */
    static PublishException of(Http.Answer answer, Instant now, String version) {
        String message = platformMessage(answer);
        int status = answer.status();
        if (status == 401) {
            return PublishException.authExpired("LinkedIn no longer accepts this account's sign-in; connect the account again.");
        }
        if (status == 403) {
            Matcher scope = SCOPE.matcher(message);
            return PublishException.forbidden(scope.find()
                    ? "LinkedIn refused: the connection lacks the " + scope.group()
                      + " permission; add it to your LinkedIn app and connect the account again."
                    : "LinkedIn refused permission for this account; check your LinkedIn app's products and connect the account again.",
                    message);
        }
        if (status == 422 && isDuplicate(answer)) {
            String earlier = duplicateOf(answer).map(urn -> " (" + urn + ")").orElse("");
            return PublishException.rejected("LinkedIn already has a post with this text" + earlier + ", so it was not posted again.", message);
        }
        if (status == 426) {
            return PublishException.rejected("LinkedIn no longer serves API version " + version
                    + "; set a recent month with `scriptorium config set linkedin-version YYYYMM` and try again.", message);
        }
        if (status == 429) {
            if (isDailyLimit(message)) {
                Instant midnight = LocalDate.ofInstant(now, ZoneOffset.UTC).plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant();
                return PublishException.pausedUntil(
                        "LinkedIn's daily limit for this account is reached; publishing resumes after midnight UTC.", midnight);
            }
            Duration wait = Optional.ofNullable(answer.retryAfter(now)).orElse(DEFAULT_BACKOFF);
            return PublishException.retryable("LinkedIn asked to slow down; trying again in " + wait.toSeconds() + " seconds.", wait, null);
        }
        if (status >= 500) {
            return PublishException.retryable("LinkedIn had a problem of its own (HTTP " + status + "); it will be tried again.",
                    answer.retryAfter(now), null);
        }
        return PublishException.rejected("LinkedIn refused the request" + (message.isBlank() ? " (HTTP " + status + ")." : ": " + message), message);
    }

    static boolean isDuplicate(Http.Answer answer) {
        String body = answer.body() == null ? "" : answer.body();
        return body.contains("DUPLICATE_POST") || body.toLowerCase(Locale.ROOT).contains("duplicate of urn:li:");
    }

    /** The post LinkedIn says this one duplicates, when its message names it. */
    static Optional<String> duplicateOf(Http.Answer answer) {
        Matcher urn = DUPLICATE_OF.matcher(platformMessage(answer));
        return urn.find() ? Optional.of(urn.group()) : Optional.empty();
    }

    /** LinkedIn's own words: its "message", else the raw body, kept short. */
    static String platformMessage(Http.Answer answer) {
        JsonNode json = answer.json();
        String text = json.path("message").asText("");
        if (text.isBlank()) {
            text = json.path("error_description").asText("");
        }
        String body = answer.body() == null ? "" : answer.body().strip();
        if (text.isBlank() && !body.startsWith("{") && !body.startsWith("<")) {
            text = body; // a plain-text answer; JSON without a message and HTML pages say nothing useful
        }
        text = text.strip();
        return text.length() > MAX_PLATFORM_MESSAGE ? text.substring(0, MAX_PLATFORM_MESSAGE) + "…" : text;
    }

    // LinkedIn's throttle messages name the window: "... APPLICATION DAY limit for calls to this resource is reached".
    private static boolean isDailyLimit(String message) {
        String lower = message.toLowerCase(Locale.ROOT);
        return lower.contains("day limit") || lower.contains("daily");
    }
}
