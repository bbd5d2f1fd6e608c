package org.scriptorium.core.research.demand;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * The two answer shapes of public autocomplete services: OpenSearch suggestions ({@code ["query", ["s1", "s2"], …]},
 * as Wikipedia's {@code action=opensearch} and many search engines answer) and DuckDuckGo's {@code /ac/} list of
 * {@code {"phrase": …}} objects. An answer in neither shape is malformed: no suggestions, and the caller says so.
 */
public final class SuggestionFormats {
    private static final ObjectMapper JSON = new ObjectMapper();
    /** Longer than any query a person types into a search box: a longer "suggestion" is not one. */
    static final int MAX_LENGTH = 200;

    private SuggestionFormats() {
    }

    /** The suggestions in an answer, in the service's order, each normalised; blank, over-long and repeated ones dropped. */
    public static List<String> parse(byte[] body) throws MalformedAnswer {
        JsonNode answer;
        try {
            answer = JSON.readTree(body);
        } catch (IOException e) {
            throw new MalformedAnswer("the answer is not JSON");
        }
        List<String> found = new ArrayList<>();
        if (answer != null && answer.isArray() && answer.size() >= 2 && answer.get(0).isTextual() && answer.get(1).isArray()) {
            answer.get(1).forEach(s -> add(found, s.isTextual() ? s.asText() : null)); // OpenSearch
        } else if (answer != null && answer.isArray() && (answer.isEmpty() || answer.get(0).isObject())) {
            answer.forEach(s -> add(found, s.path("phrase").isTextual() ? s.path("phrase").asText() : null)); // DuckDuckGo
        } else {
            throw new MalformedAnswer("the answer is neither OpenSearch suggestions nor a list of phrases");
        }
        return found;
    }

    private static void add(List<String> found, String suggestion) {
        String clean = SuggestionQueries.normalise(suggestion);
        if (!clean.isEmpty() && clean.length() <= MAX_LENGTH && !found.contains(clean)) {
            found.add(clean);
        }
    }

    /** An answer that holds no suggestions in a known shape. */
    public static final class MalformedAnswer extends Exception {
        public MalformedAnswer(String message) {
            super(message);
        }
    }
}
