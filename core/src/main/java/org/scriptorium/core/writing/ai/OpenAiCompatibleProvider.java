package org.scriptorium.core.writing.ai;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import org.scriptorium.core.Progress;

import java.net.URI;
import java.time.Clock;
import java.util.Objects;

/**
 * OpenAI's chat completions API and the servers that copy it (LM Studio, llama.cpp, vLLM, OpenRouter):
 * POST {base}/chat/completions, answered as server-sent events.
 */
public final class OpenAiCompatibleProvider implements TextProvider {
    public static final URI DEFAULT_BASE = URI.create("https://api.openai.com/v1");

    private final ProviderConfig config;
    private final URI base;
    private final ProviderErrors errors;
    private final ResilientCall calls;

    public OpenAiCompatibleProvider(ProviderConfig config, OkHttpClient client, Clock clock) {
        this(config, client, clock, CallPolicy.DEFAULT);
    }

    public OpenAiCompatibleProvider(ProviderConfig config, OkHttpClient client, Clock clock, CallPolicy policy) {
        this.config = Objects.requireNonNull(config, "config");
        this.base = config.baseUrl() == null ? DEFAULT_BASE : config.baseUrl();
        boolean local = "localhost".equals(base.getHost()) || "127.0.0.1".equals(base.getHost());
        this.errors = new ProviderErrors(WireFormat.displayName(config, "The OpenAI-compatible server"), base, local,
                hasKey(config), clock);
        this.calls = new ResilientCall(client, policy, clock, errors);
    }

    @Override
    public ProviderConfig config() {
        return config;
    }

    @Override
    public ChatResult chat(ChatRequest request, TokenSink sink, Progress progress) {
        String model = WireFormat.model(request, config);
        ObjectNode body = ProviderErrors.JSON.createObjectNode().put("model", model).put("stream", true);
        body.putObject("stream_options").put("include_usage", true);
        var messages = body.putArray("messages");
        for (ChatMessage message : request.messages()) {
            messages.addObject().put("role", WireFormat.role(message)).put("content", message.content());
        }
        body.put("temperature", request.temperature());
        if (request.maxTokens() > 0) {
            body.put("max_tokens", request.maxTokens());
        }
        Request.Builder http = new Request.Builder().url(WireFormat.url(base, "/chat/completions"))
                .header("Accept", "text/event-stream").post(WireFormat.jsonBody(body));
        if (hasKey(config)) {
            http.header("Authorization", "Bearer " + config.apiKey());
        }
        Request built = http.build();
        return calls.stream(() -> built, () -> new SseParser(new Chunks(errors)), model, sink, progress);
    }

    private static boolean hasKey(ProviderConfig config) {
        return config.apiKey() != null && !config.apiKey().isBlank();
    }

    /** Chunks carry choices[0].delta.content; a last one carries usage; "[DONE]" ends the stream. */
    private record Chunks(ProviderErrors errors) implements SseParser.Events {
        @Override
        public boolean event(String name, String data, Answer answer) {
            if (data.strip().equals("[DONE]")) {
                return true;
            }
            JsonNode node = errors.parse(data);
            if (node.has("error")) {
                throw errors.streamError(ProviderErrors.errorText(node));
            }
            answer.model(WireFormat.text(node.get("model")));
            JsonNode choice = node.path("choices").path(0);
            answer.append(WireFormat.text(choice.path("delta").get("content")));
            answer.finishReason(WireFormat.text(choice.get("finish_reason")));
            JsonNode usage = node.get("usage");
            if (usage != null && usage.isObject()) {
                answer.inputTokens(usage.path("prompt_tokens").asInt(0));
                answer.outputTokens(usage.path("completion_tokens").asInt(0));
            }
            return false;
        }

        /** Some compatible servers end without "[DONE]"; a finish reason already says the answer is whole. */
        @Override
        public boolean completeAtEnd(Answer answer) {
            return answer.finishReason() != null;
        }
    }
}
