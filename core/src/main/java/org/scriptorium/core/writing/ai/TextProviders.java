package org.scriptorium.core.writing.ai;

import okhttp3.OkHttpClient;

import java.time.Clock;

/** Builds the client for a configured provider. Keep the provider: its circuit breaker lives in it. */
public final class TextProviders {
    private TextProviders() {
    }

    public static TextProvider create(ProviderConfig config, OkHttpClient client, Clock clock) {
        return create(config, client, clock, CallPolicy.DEFAULT);
    }

    public static TextProvider create(ProviderConfig config, OkHttpClient client, Clock clock, CallPolicy policy) {
        return switch (config.kind()) {
            case OLLAMA -> new OllamaProvider(config, client, clock, policy);
            case OPENAI_COMPATIBLE -> new OpenAiCompatibleProvider(config, client, clock, policy);
            case ANTHROPIC -> new AnthropicProvider(config, client, clock, policy);
            case OFFLINE -> throw new IllegalArgumentException(
                    "The offline writer is not a remote model; build it where the offline provider lives.");
        };
    }
}
