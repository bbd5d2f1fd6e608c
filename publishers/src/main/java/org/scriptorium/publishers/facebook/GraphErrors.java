package org.scriptorium.publishers.facebook;

import com.fasterxml.jackson.databind.JsonNode;
import org.scriptorium.core.publishing.PublishException;
import org.scriptorium.publishers.common.Http;

import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a Graph error answer ({@code {"error":{"message","type","code","error_subcode","fbtrace_id"}}}) means for
 * publishing, by Facebook's documented codes first and the HTTP status after.
 */
final class GraphErrors {
    /** Rate limits: the app's, the user's, the Page's, and "too many calls for this action". */
    private static final Set<Integer> THROTTLED = Set.of(4, 17, 32, 341, 613, 80001);
    /** When Facebook throttles without saying for how long. */
    static final Duration THROTTLE_BACKOFF = Duration.ofMinutes(5);
    /** Code 368 is a temporary block for behaviour Facebook took for abuse; posting again soon only extends it. */
    static final Duration BLOCK_PAUSE = Duration.ofDays(1);
    private static final Pattern PERMISSION = Pattern.compile("\\b((?:pages|publish|business|read)_[a-z_]+)\\b");

    /** The error object as Graph sends it; {@code code} is 0 when the answer had none. */
    record GraphError(int status, int code, int subcode, String message, String userMessage, boolean transientError) {
        static GraphError of(Http.Answer answer) {
            JsonNode error = answer.json().path("error");
            return new GraphError(answer.status(), error.path("code").asInt(0), error.path("error_subcode").asInt(0),
                    error.path("message").asText(""), error.path("error_user_msg").asText(""), error.path("is_transient").asBoolean(false));
        }

        /** The words to show: the one meant for users when Graph gave it, else the developer message. */
        String platformMessage() {
            return !userMessage.isBlank() ? userMessage : !message.isBlank() ? message : "HTTP " + status;
        }
    }

    private GraphErrors() {
    }

    /** The typed failure for an answer that was not 2xx; {@code secrets} are cut out of anything Facebook echoed back. */
    static PublishException toException(Http.Answer answer, Instant now, String... secrets) {
        GraphError error = GraphError.of(answer);
        String said = redact(error.platformMessage(), secrets);
        Duration retryAfter = answer.retryAfter(now);
        int code = error.code();
        if (code == 190 || code == 102) {
            return PublishException.authExpired("Facebook no longer accepts Scriptorium's sign-in for this account; connect it again.");
        }
        if (code == 368) {
            return PublishException.pausedUntil("Facebook has temporarily blocked this account from posting; nothing more is sent to it for a day.",
                    now.plus(BLOCK_PAUSE));
        }
        if (THROTTLED.contains(code) || answer.status() == 429) {
            return PublishException.retryable("Facebook is limiting how often this account can post; it will be tried again later.",
                    retryAfter != null ? retryAfter : THROTTLE_BACKOFF, null);
        }
        if (code == 1 || code == 2 || error.transientError()) {
            return PublishException.retryable("Facebook had a temporary problem; it will be tried again.", retryAfter, null);
        }
        if (code == 10 || (code >= 200 && code <= 299)) {
            return PublishException.rejected(missingPermission(said), said);
        }
        if (code == 506) {
            return PublishException.rejected("Facebook refused the post as a duplicate of one already on the Page.", said);
        }
        if (answer.status() >= 500) {
            return PublishException.retryable("Facebook is having trouble (HTTP " + answer.status() + "); it will be tried again.", retryAfter, null);
        }
        return PublishException.rejected("Facebook refused the request: " + said, said);
    }

    private static String missingPermission(String platformMessage) {
        Set<String> named = new LinkedHashSet<>();
        Matcher permission = PERMISSION.matcher(platformMessage);
        while (permission.find()) {
            named.add(permission.group(1));
        }
        return named.isEmpty()
                ? "Facebook refused because Scriptorium lacks a permission for this account; connect it again and allow everything it asks for."
                : "Facebook refused because Scriptorium lacks the " + String.join(" and ", named) + " permission"
                + (named.size() > 1 ? "s" : "") + "; connect the account again and allow " + (named.size() > 1 ? "them." : "it.");
    }

    /** The text with every secret replaced, in case Facebook quoted a token back. */
    static String redact(String text, String... secrets) {
        String clean = text;
        for (String secret : secrets) {
            if (secret != null && secret.length() >= 8) {
                clean = clean.replace(secret, "[hidden]");
            }
        }
        return clean;
    }
}
