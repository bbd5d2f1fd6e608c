package org.scriptorium.core.writing.ai;

import com.fasterxml.jackson.databind.JsonNode;
import mockwebserver3.MockResponse;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.Test;
import org.scriptorium.core.writing.ai.StreamingBody.End;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class AnthropicProviderTest extends TextProviderContract {
    @Override
    TextProvider provider(CallPolicy policy) {
        return new AnthropicProvider(new ProviderConfig("Anthropic", ProviderKind.ANTHROPIC, base("/"),
                "claude-sonnet-4-5", KEY), client, clock, policy);
    }

    @Override
    String contentType() {
        return "text/event-stream; charset=utf-8";
    }

    @Override
    String streamFixture() {
        return "anthropic-stream.sse";
    }

    @Override
    String errorMidStreamFixture() {
        return "anthropic-error-midstream.sse";
    }

    @Override
    String errorMidStreamDetail() {
        return "Overloaded";
    }

    @Override
    int inputTokens() {
        return 42;
    }

    @Override
    String finishReason() {
        return "end_turn";
    }

    @Override
    MockResponse rejectedKey() {
        return new MockResponse.Builder().code(401)
                .body("{\"type\":\"error\",\"error\":{\"type\":\"authentication_error\",\"message\":\"invalid x-api-key\"}}").build();
    }

    @Override
    MockResponse unknownModel() {
        return new MockResponse.Builder().code(404)
                .body("{\"type\":\"error\",\"error\":{\"type\":\"not_found_error\",\"message\":\"model: no-such-model\"}}").build();
    }

    @Test
    void sendsTheKeyAndVersionHeadersAndPutsTheSystemPromptAtTheTop() throws Exception {
        serve(StreamingBody.lines(ModelFixtures.text(streamFixture())), End.FINISH);

        chat(quick());

        RecordedRequest request = server.takeRequest();
        JsonNode body = ProviderErrors.JSON.readTree(request.getBody().utf8());
        assertThat(request.getTarget()).isEqualTo("/v1/messages");
        assertThat(request.getHeaders().get("x-api-key")).isEqualTo(KEY);
        assertThat(request.getHeaders().get("anthropic-version")).isEqualTo("2023-06-01");
        assertThat(body.path("system").asText()).isEqualTo("You write short, warm paragraphs.");
        assertThat(body.path("messages")).hasSize(1);
        assertThat(body.path("messages").path(0).path("role").asText()).isEqualTo("user");
        assertThat(body.path("stream").asBoolean()).isTrue();
        assertThat(body.path("max_tokens").asInt()).isEqualTo(400);
    }

    @Test
    void overloadedBeforeAnyTextIsTriedAgain() {
        serve(StreamingBody.lines("""
                event: message_start
                data: {"type":"message_start","message":{"model":"claude-sonnet-4-5","usage":{"input_tokens":42,"output_tokens":1}}}

                event: error
                data: {"type":"error","error":{"type":"overloaded_error","message":"Overloaded"}}

                """), End.FINISH);
        serve(StreamingBody.lines(ModelFixtures.text(streamFixture())), End.FINISH);

        assertThat(chat(quick()).text()).isEqualTo(ModelFixtures.ANSWER);
        assertThat(server.getRequestCount()).isEqualTo(2);
        assertThat(sleeper.waits).hasSize(1);
        assertThat(received).doesNotHaveDuplicates().hasSize(3);
        assertThat(List.copyOf(received).getFirst()).isEqualTo("Slow mornings");
    }
}
