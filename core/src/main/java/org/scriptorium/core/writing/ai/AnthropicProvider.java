package org.scriptorium.core.writing.ai;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import org.scriptorium.core.Progress;

import java.net.URI;
import java.time.Clock;
import java.util.Objects;
import java.util.StringJoiner;

/** Anthropic's Messages API: POST {base}/v1/messages, answered as named server-sent events. */
public final class AnthropicProvider implements TextProvider {
    public static final URI DEFAULT_BASE = URI.create("https://api.anthropic.com");
    static final String API_VERSION = "2023-06-01";

    /** The API requires a limit; this one is long enough for a blog post. */
    private static final int DEFAULT_MAX_TOKENS = 4096;

    private final ProviderConfig config;
    private final URI base;
    private final ProviderErrors errors;
    private final ResilientCall calls;

    public AnthropicProvider(ProviderConfig config, OkHttpClient client, Clock clock) {
        this(config, client, clock, CallPolicy.DEFAULT);
    }

    public AnthropicProvider(ProviderConfig config, OkHttpClient client, Clock clock, CallPolicy policy) {
        this.config = Objects.requireNonNull(config, "config");
        this.base = config.baseUrl() == null ? DEFAULT_BASE : config.baseUrl();
        boolean keySet = config.apiKey() != null && !config.apiKey().isBlank();
        this.errors = new ProviderErrors(WireFormat.displayName(config, "Anthropic"), base, false, keySet, clock);
        this.calls = new ResilientCall(client, policy, clock, errors);
    }

    @Override
    public ProviderConfig config() {
        return config;
    }

    @Override
    public ChatResult chat(ChatRequest request, TokenSink sink, Progress progress) {
        String model = WireFormat.model(request, config);
        ObjectNode body = ProviderErrors.JSON.createObjectNode().put("model", model)
                .put("max_tokens", request.maxTokens() > 0 ? request.maxTokens() : DEFAULT_MAX_TOKENS)
                .put("stream", true).put("temperature", request.temperature());
        StringJoiner system = new StringJoiner("\n\n");
        var messages = body.putArray("messages");
        for (ChatMessage message : request.messages()) {
            if (message.role() == ChatMessage.Role.SYSTEM) {
                system.add(message.content()); // the API takes instructions beside the turns, not among them
            } else {
                messages.addObject().put("role", WireFormat.role(message)).put("content", message.content());
            }
        }
        if (system.length() > 0) {
            body.put("system", system.toString());
        }
        Request.Builder http = new Request.Builder().url(WireFormat.url(base, "/v1/messages"))
                .header("anthropic-version", API_VERSION).header("Accept", "text/event-stream")
                .post(WireFormat.jsonBody(body));
        if (config.apiKey() != null && !config.apiKey().isBlank()) {
            http.header("x-api-key", config.apiKey());
        }
        Request built = http.build();
        return calls.stream(() -> built, () -> new SseParser(new Events(errors)), model, sink, progress);
    }

    /** message_start (input tokens), content_block_delta (text), message_delta (output tokens, stop), message_stop. */
    private record Events(ProviderErrors errors) implements SseParser.Events {
        @Override
        public boolean event(String name, String data, Answer answer) {
            JsonNode node = errors.parse(data);
            String type = Objects.requireNonNullElse(WireFormat.text(node.get("type")), Objects.requireNonNullElse(name, ""));
            switch (type) {
                case "message_start" -> {
                    JsonNode message = node.path("message");
                    answer.model(WireFormat.text(message.get("model")));
                    answer.inputTokens(message.path("usage").path("input_tokens").asInt(0));
                    answer.outputTokens(message.path("usage").path("output_tokens").asInt(0));
                }
                case "content_block_delta" -> answer.append(WireFormat.text(node.path("delta").get("text")));
                case "message_delta" -> {
                    answer.finishReason(WireFormat.text(node.path("delta").get("stop_reason")));
                    JsonNode usage = node.path("usage");
                    if (usage.has("input_tokens")) {
                        answer.inputTokens(usage.path("input_tokens").asInt(0));
                    }
                    if (usage.has("output_tokens")) {
                        answer.outputTokens(usage.path("output_tokens").asInt(0));
                    }
                }
                case "message_stop" -> {
                    return true;
                }
                case "error" -> throw errors.streamError(ProviderErrors.errorText(node));
                default -> { } // ping, content_block_start, content_block_stop carry nothing we keep
            }
            return false;
        }
    }
}
