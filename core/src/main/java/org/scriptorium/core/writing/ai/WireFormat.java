package org.scriptorium.core.writing.ai;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import okhttp3.HttpUrl;
import okhttp3.MediaType;
import okhttp3.RequestBody;

import java.net.URI;
import java.util.Locale;

/** The JSON and HTTP details every provider shares: URLs, request bodies, role names, reading JSON strings. */
final class WireFormat {
    private static final MediaType JSON_TYPE = MediaType.get("application/json; charset=utf-8");

    private WireFormat() {
    }

    /** The base joined with a path, whether or not the base ends in a slash. */
    static HttpUrl url(URI base, String path) {
        String root = base.toString();
        while (root.endsWith("/")) {
            root = root.substring(0, root.length() - 1);
        }
        return HttpUrl.get(root + path);
    }

    static RequestBody jsonBody(JsonNode body) {
        try {
            return RequestBody.create(ProviderErrors.JSON.writeValueAsBytes(body), JSON_TYPE);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A JSON tree always serialises", e);
        }
    }

    static String model(ChatRequest request, ProviderConfig config) {
        String model = request.model() != null && !request.model().isBlank() ? request.model() : config.model();
        if (model == null || model.isBlank()) {
            throw new IllegalArgumentException("No model is chosen for " + config.name() + ".");
        }
        return model;
    }

    static String role(ChatMessage message) {
        return message.role().name().toLowerCase(Locale.ROOT);
    }

    static String displayName(ProviderConfig config, String fallback) {
        return config.name() == null || config.name().isBlank() ? fallback : config.name();
    }

    /** A JSON string's text; null for a missing node or JSON null (whose asText() would be "null"). */
    static String text(JsonNode node) {
        return node != null && node.isTextual() ? node.asText() : null;
    }
}
