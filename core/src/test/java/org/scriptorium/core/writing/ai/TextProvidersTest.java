package org.scriptorium.core.writing.ai;

import okhttp3.OkHttpClient;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.time.Clock;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class TextProvidersTest {
    private final OkHttpClient client = new OkHttpClient();

    private TextProvider create(ProviderKind kind) {
        return TextProviders.create(new ProviderConfig("Mine", kind, URI.create("http://localhost:9"), "m", null),
                client, Clock.systemUTC());
    }

    @Test
    void eachRemoteKindGetsItsOwnClientKeepingTheConfig() {
        assertThat(create(ProviderKind.OLLAMA)).isInstanceOf(OllamaProvider.class);
        assertThat(create(ProviderKind.OPENAI_COMPATIBLE)).isInstanceOf(OpenAiCompatibleProvider.class);
        assertThat(create(ProviderKind.ANTHROPIC)).isInstanceOf(AnthropicProvider.class)
                .extracting(provider -> provider.config().name()).isEqualTo("Mine");
    }

    @Test
    void offlineIsNotARemoteClient() {
        assertThatThrownBy(() -> create(ProviderKind.OFFLINE)).isInstanceOf(IllegalArgumentException.class);
    }
}
