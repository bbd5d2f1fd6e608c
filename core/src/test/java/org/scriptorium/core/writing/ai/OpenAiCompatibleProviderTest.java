package org.scriptorium.core.writing.ai;

import com.fasterxml.jackson.databind.JsonNode;
import mockwebserver3.MockResponse;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.Test;
import org.scriptorium.core.writing.ai.StreamingBody.End;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

class OpenAiCompatibleProviderTest extends TextProviderContract {
    @Override
    TextProvider provider(CallPolicy policy) {
        return new OpenAiCompatibleProvider(new ProviderConfig("LM Studio", ProviderKind.OPENAI_COMPATIBLE,
                base("/v1"), "gpt-4o-mini", KEY), client, clock, policy);
    }

    @Override
    String contentType() {
        return "text/event-stream";
    }

    @Override
    String streamFixture() {
        return "openai-stream.sse";
    }

    @Override
    String errorMidStreamFixture() {
        return "openai-error-midstream.sse";
    }

    @Override
    String errorMidStreamDetail() {
        return "The server had an error while processing your request";
    }

    @Override
    int inputTokens() {
        return 31;
    }

    @Override
    String finishReason() {
        return "stop";
    }

    @Override
    MockResponse rejectedKey() {
        // The real service echoes part of the key back; none of it may reach the message.
        return new MockResponse.Builder().code(401).body("{\"error\":{\"message\":\"Incorrect API key provided: "
                + "sk-test-0123****cdef.\",\"type\":\"invalid_request_error\",\"code\":\"invalid_api_key\"}}").build();
    }

    @Override
    MockResponse unknownModel() {
        return new MockResponse.Builder().code(404).body("{\"error\":{\"message\":\"The model `no-such-model` does not "
                + "exist or you do not have access to it.\",\"type\":\"invalid_request_error\",\"code\":\"model_not_found\"}}").build();
    }

    @Test
    void sendsTheKeyAsBearerAndAsksForUsageInTheStream() throws Exception {
        serve(StreamingBody.lines(ModelFixtures.text(streamFixture())), End.FINISH);

        chat(quick());

        RecordedRequest request = server.takeRequest();
        JsonNode body = ProviderErrors.JSON.readTree(request.getBody().utf8());
        assertThat(request.getTarget()).isEqualTo("/v1/chat/completions");
        assertThat(request.getHeaders().get("Authorization")).isEqualTo("Bearer " + KEY);
        assertThat(body.path("stream").asBoolean()).isTrue();
        assertThat(body.path("stream_options").path("include_usage").asBoolean()).isTrue();
        assertThat(body.path("messages")).hasSize(2);
        assertThat(body.path("max_tokens").asInt()).isEqualTo(400);
    }

    @Test
    void localServerWithoutAKeyGetsNoAuthorizationHeader() throws Exception {
        serve(StreamingBody.lines(ModelFixtures.text(streamFixture())), End.FINISH);
        TextProvider keyless = new OpenAiCompatibleProvider(new ProviderConfig("LM Studio",
                ProviderKind.OPENAI_COMPATIBLE, base("/v1/"), "gpt-4o-mini", null), client, clock, quick());

        assertThat(chat(keyless).text()).isEqualTo(ModelFixtures.ANSWER);
        assertThat(server.takeRequest().getHeaders().get("Authorization")).isNull();
    }

    @Test
    void retryAfterGivenAsAnHttpDateIsHonoured() {
        server.enqueue(new MockResponse.Builder().code(503).setHeader("Retry-After", "Sun, 01 Mar 2026 10:00:12 GMT").build());
        serve(StreamingBody.lines(ModelFixtures.text(streamFixture())), End.FINISH);

        assertThat(chat(quick()).text()).isEqualTo(ModelFixtures.ANSWER);
        assertThat(sleeper.waits).containsExactly(Duration.ofSeconds(12));
    }
}
