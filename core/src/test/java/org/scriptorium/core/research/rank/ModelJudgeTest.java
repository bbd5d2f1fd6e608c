package org.scriptorium.core.research.rank;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import okhttp3.OkHttpClient;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.scriptorium.core.Progress;
import org.scriptorium.core.writing.ai.OpenAiCompatibleProvider;
import org.scriptorium.core.writing.ai.ProviderConfig;
import org.scriptorium.core.writing.ai.ProviderException;
import org.scriptorium.core.writing.ai.ProviderKind;

import java.io.IOException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The judge through the app's own OpenAI-compatible client, against a local server answering in that wire format. */
class ModelJudgeTest {
    private final MockWebServer server = new MockWebServer();
    private final Clock clock = Clock.fixed(Instant.parse("2026-12-01T10:00:00Z"), ZoneOffset.UTC);
    private ModelJudge judge;

    private static final List<Candidate> CANDIDATES = List.of(
            new Candidate("a", "Folding tables", "Tables that will not tip over."),
            new Candidate("b", "Feline habits", "Why a cat paws a mug off the edge."),
            new Candidate("c", "Kitten play", "What young cats learn from toys."));

    @BeforeEach
    void start() throws IOException {
        server.start();
        judge = new ModelJudge(new OpenAiCompatibleProvider(new ProviderConfig("Local model", ProviderKind.OPENAI_COMPATIBLE,
                server.url("/v1").uri(), "judge-model", "sk-test"), new OkHttpClient(), clock));
    }

    @AfterEach
    void stop() {
        server.close();
    }

    /** A streamed chat completion whose text arrives in the given pieces. */
    private static MockResponse streamed(String... pieces) {
        StringBuilder body = new StringBuilder();
        for (String piece : pieces) {
            body.append("data: {\"id\":\"c1\",\"object\":\"chat.completion.chunk\",\"model\":\"judge-model\",\"choices\":[{\"index\":0,\"delta\":{\"content\":")
                    .append(quoted(piece)).append("},\"finish_reason\":null}]}\n\n");
        }
        body.append("data: {\"id\":\"c1\",\"object\":\"chat.completion.chunk\",\"model\":\"judge-model\",\"choices\":[{\"index\":0,\"delta\":{},\"finish_reason\":\"stop\"}]}\n\n");
        body.append("data: [DONE]\n\n");
        return new MockResponse.Builder().code(200).addHeader("Content-Type", "text/event-stream").body(body.toString()).build();
    }

    private static String quoted(String text) {
        try {
            return new ObjectMapper().writeValueAsString(text);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void gradesComeFromTheModelsNumberedLinesInTheCandidatesOrder() throws Exception {
        server.enqueue(streamed("1: 0\n2", ": 2\n", "3: 1\n"));

        List<Integer> grades = judge.grade("why do cats knock things off tables", CANDIDATES, Progress.NONE);

        assertThat(grades).containsExactly(0, 2, 1);
        RecordedRequest request = server.takeRequest();
        JsonNode sent = new ObjectMapper().readTree(request.getBody().utf8());
        String prompt = sent.path("messages").get(1).path("content").asText();
        assertThat(prompt).contains("Query: why do cats knock things off tables", "[2] Feline habits. Why a cat paws a mug");
        assertThat(sent.path("messages").get(0).path("content").asText()).isEqualTo(ModelJudge.INSTRUCTIONS);
    }

    @Test
    void aCandidateTheModelLeavesOutOrGarblesStaysUngraded() {
        server.enqueue(streamed("Here are the grades:\n[1] - 2\n3: maybe\n"));

        assertThat(judge.grade("cats", CANDIDATES, Progress.NONE)).containsExactly(2, null, null);
    }

    @Test
    void aRejectedKeyIsTheProvidersOneSentenceError() {
        server.enqueue(new MockResponse.Builder().code(401).body("{\"error\":{\"message\":\"Incorrect API key\",\"code\":\"invalid_api_key\"}}").build());

        assertThatThrownBy(() -> judge.grade("cats", CANDIDATES, Progress.NONE)).isInstanceOf(ProviderException.class)
                .satisfies(e -> assertThat(((ProviderException) e).kind()).isEqualTo(ProviderException.Kind.BAD_KEY));
    }

    @Test
    void inThePipelineTheModelsGradesReorderTheTop() {
        server.enqueue(streamed("1: 0\n2: 1\n3: 2\n"));
        Reranker reranker = new Reranker(Optional::empty, () -> Optional.of(judge), RerankOptions.only(Stage.JUDGE));

        Ranking ranking = reranker.rank("tables", CANDIDATES, Progress.NONE);

        assertThat(ranking.stages()).containsExactlyInAnyOrder(Stage.BM25, Stage.JUDGE);
        assertThat(ranking.ids().getFirst()).isEqualTo("c");
    }
}
