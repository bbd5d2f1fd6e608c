package org.scriptorium.core.writing.ai;

import com.fasterxml.jackson.databind.JsonNode;
import mockwebserver3.MockResponse;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.Test;
import org.scriptorium.core.writing.ai.StreamingBody.End;

import java.net.ServerSocket;
import java.net.URI;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class OllamaProviderTest extends TextProviderContract {
    @Override
    TextProvider provider(CallPolicy policy) {
        return new OllamaProvider(new ProviderConfig("Ollama", ProviderKind.OLLAMA, base("/"), "llama3.2", null),
                client, clock, policy);
    }

    @Override
    String contentType() {
        return "application/x-ndjson";
    }

    @Override
    String streamFixture() {
        return "ollama-stream.ndjson";
    }

    @Override
    String errorMidStreamFixture() {
        return "ollama-error-midstream.ndjson";
    }

    @Override
    String errorMidStreamDetail() {
        return "the model ran out of memory while answering";
    }

    @Override
    int inputTokens() {
        return 26;
    }

    @Override
    String finishReason() {
        return "stop";
    }

    @Override
    MockResponse rejectedKey() {
        // Ollama itself has no keys; a proxy in front of it may still ask for one.
        return new MockResponse.Builder().code(401).body("{\"error\":\"unauthorized\"}").build();
    }

    @Override
    MockResponse unknownModel() {
        return new MockResponse.Builder().code(404).body("{\"error\":\"model 'no-such-model' not found\"}").build();
    }

    @Override
    @Test
    void rejectedKeyIsReportedWithoutShowingTheKey() {
        server.enqueue(rejectedKey());

        assertThatThrownBy(() -> chat(quick())).isInstanceOfSatisfying(ProviderException.class, e -> {
            assertThat(e.kind()).isEqualTo(ProviderException.Kind.BAD_KEY);
            assertThat(e.getMessage()).isEqualTo("Ollama asks for a key, and none is set for it.");
        });
    }

    @Test
    void sendsAStreamingChatWithTheConversationAndOptions() throws Exception {
        serve(StreamingBody.lines(ModelFixtures.text(streamFixture())), End.FINISH);

        chat(quick());

        RecordedRequest request = server.takeRequest();
        JsonNode body = ProviderErrors.JSON.readTree(request.getBody().utf8());
        assertThat(request.getMethod()).isEqualTo("POST");
        assertThat(request.getTarget()).isEqualTo("/api/chat");
        assertThat(body.path("model").asText()).isEqualTo("llama3.2");
        assertThat(body.path("stream").asBoolean()).isTrue();
        assertThat(body.path("messages").path(0).path("role").asText()).isEqualTo("system");
        assertThat(body.path("messages").path(1).path("content").asText()).isEqualTo("One sentence about writing in cafés.");
        assertThat(body.path("options").path("num_predict").asInt()).isEqualTo(400);
    }

    @Test
    void ollamaThatIsNotRunningIsSaidSoAfterTheRetries() throws Exception {
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        OllamaProvider provider = new OllamaProvider(new ProviderConfig("Ollama", ProviderKind.OLLAMA,
                URI.create("http://localhost:" + port), "llama3.2", null), client, clock, quick());

        assertThatThrownBy(() -> chat(provider)).isInstanceOfSatisfying(ProviderException.class, e -> {
            assertThat(e.kind()).isEqualTo(ProviderException.Kind.NOT_RUNNING);
            assertThat(e.getMessage()).isEqualTo("Ollama is not running on localhost:" + port + ".");
        });
        assertThat(sleeper.waits).containsExactly(Duration.ofMillis(75), Duration.ofMillis(150));
    }

    @Test
    void answersOnlyWhenAnOllamaListensAndListsItsModels() throws Exception {
        server.enqueue(new MockResponse.Builder().body(ModelFixtures.text("ollama-tags.json")).build());
        server.enqueue(new MockResponse.Builder().body(ModelFixtures.text("ollama-tags.json")).build());
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        long started = System.nanoTime();

        assertThat(OllamaProvider.answers(client, base("/"))).isTrue();
        assertThat(OllamaProvider.answers(client, URI.create("http://localhost:" + closedPort))).isFalse();
        assertThat(((OllamaProvider) provider(quick())).models()).containsExactly("llama3.2:latest", "mistral-small:24b");
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(2));
        assertThat(server.takeRequest().getTarget()).isEqualTo("/api/tags");
    }
}
