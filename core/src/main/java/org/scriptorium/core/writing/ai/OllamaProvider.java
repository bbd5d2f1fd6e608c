package org.scriptorium.core.writing.ai;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import okhttp3.Call;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;
import org.scriptorium.core.Progress;

import java.io.IOException;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/** A model served by Ollama: POST /api/chat, answered as one JSON object per line. */
public final class OllamaProvider implements TextProvider {
    public static final URI DEFAULT_BASE = URI.create("http://localhost:11434");

    private static final Duration PROBE = Duration.ofMillis(1500); // off the UI thread; a busy machine answers slowly

    private final ProviderConfig config;
    private final URI base;
    private final ProviderErrors errors;
    private final ResilientCall calls;
    private final Duration listTimeout;

    public OllamaProvider(ProviderConfig config, OkHttpClient client, Clock clock) {
        this(config, client, clock, CallPolicy.DEFAULT);
    }

    public OllamaProvider(ProviderConfig config, OkHttpClient client, Clock clock, CallPolicy policy) {
        this.config = Objects.requireNonNull(config, "config");
        this.base = config.baseUrl() == null ? DEFAULT_BASE : config.baseUrl();
        this.errors = new ProviderErrors(WireFormat.displayName(config, "Ollama"), base, true, false, clock);
        this.calls = new ResilientCall(client, policy, clock, errors);
        this.listTimeout = policy.timeouts().firstByte();
    }

    /** Whether an Ollama answers at {@code base} within a moment; the app then offers it as the default. */
    public static boolean answers(OkHttpClient client, URI base) {
        OkHttpClient quick = client.newBuilder().connectTimeout(PROBE).callTimeout(PROBE).retryOnConnectionFailure(false).build();
        try (Response response = quick.newCall(new Request.Builder().url(WireFormat.url(base, "/api/tags")).get().build()).execute()) {
            return response.isSuccessful();
        } catch (IOException | IllegalArgumentException e) {
            return false;
        }
    }

    @Override
    public ProviderConfig config() {
        return config;
    }

    /** The names of the models this Ollama has pulled, as it lists them. */
    public List<String> models() {
        Call call = calls.client().newBuilder().callTimeout(listTimeout).build()
                .newCall(new Request.Builder().url(WireFormat.url(base, "/api/tags")).get().build());
        try (Response response = call.execute()) {
            String body = response.body().string();
            if (!response.isSuccessful()) {
                String detail = ProviderErrors.detail(body);
                throw response.code() >= 500 ? errors.serverError(response.code(), detail, null)
                        : errors.refused(response.code(), detail);
            }
            List<String> names = new ArrayList<>();
            for (JsonNode model : errors.parse(body).path("models")) {
                String name = WireFormat.text(model.get("name"));
                if (name != null) {
                    names.add(name);
                }
            }
            return List.copyOf(names);
        } catch (IOException e) {
            throw errors.fromIo(e);
        }
    }

    @Override
    public ChatResult chat(ChatRequest request, TokenSink sink, Progress progress) {
        String model = WireFormat.model(request, config);
        ObjectNode body = ProviderErrors.JSON.createObjectNode().put("model", model).put("stream", true);
        var messages = body.putArray("messages");
        for (ChatMessage message : request.messages()) {
            messages.addObject().put("role", WireFormat.role(message)).put("content", message.content());
        }
        ObjectNode options = body.putObject("options").put("temperature", request.temperature());
        if (request.maxTokens() > 0) {
            options.put("num_predict", request.maxTokens());
        }
        Request http = new Request.Builder().url(WireFormat.url(base, "/api/chat"))
                .header("Accept", "application/x-ndjson").post(WireFormat.jsonBody(body)).build();
        return calls.stream(() -> http, () -> new Lines(errors, model), model, sink, progress);
    }

    /** Ollama's stream: {"message":{"content":…},"done":false} lines, then one with "done":true and the counts. */
    private record Lines(ProviderErrors errors, String model) implements StreamParser {
        @Override
        public boolean accept(String line, Answer answer) {
            if (line.isBlank()) {
                return false;
            }
            JsonNode node = errors.parse(line);
            String error = WireFormat.text(node.get("error"));
            if (error != null) {
                throw ProviderErrors.aboutUnknownModel(error) ? errors.unknownModel(model) : errors.streamError(error);
            }
            answer.model(WireFormat.text(node.get("model")));
            answer.append(WireFormat.text(node.path("message").get("content")));
            if (!node.path("done").asBoolean(false)) {
                return false;
            }
            answer.inputTokens(node.path("prompt_eval_count").asInt(0));
            answer.outputTokens(node.path("eval_count").asInt(0));
            answer.finishReason(WireFormat.text(node.get("done_reason")));
            return true;
        }
    }
}
