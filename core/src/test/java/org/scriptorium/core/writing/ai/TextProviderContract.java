package org.scriptorium.core.writing.ai;

import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import okhttp3.OkHttpClient;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.scriptorium.core.Progress;
import org.scriptorium.core.TestStudios.ManualClock;
import org.scriptorium.core.writing.ai.ProviderException.Kind;
import org.scriptorium.core.writing.ai.StreamingBody.End;

import java.io.IOException;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.scriptorium.core.writing.ai.ModelFixtures.ANSWER;
import static org.scriptorium.core.writing.ai.ModelFixtures.CONVERSATION;

/** What every remote provider must do the same way, each speaking its own wire format. */
abstract class TextProviderContract {
    static final String KEY = "sk-test-0123456789abcdef";

    protected final MockWebServer server = new MockWebServer();
    protected final RecordingSleeper sleeper = new RecordingSleeper();
    protected final ManualClock clock = new ManualClock(Instant.parse("2026-03-01T10:00:00Z"));
    protected final OkHttpClient client = new OkHttpClient();
    protected final List<String> received = new CopyOnWriteArrayList<>();
    private final List<StreamingBody> bodies = new ArrayList<>();

    /** A provider of this kind reaching the test server, with the key set. */
    abstract TextProvider provider(CallPolicy policy);

    abstract String contentType();

    abstract String streamFixture();

    abstract String errorMidStreamFixture();

    /** The provider's own words in the error event of {@link #errorMidStreamFixture()}. */
    abstract String errorMidStreamDetail();

    abstract int inputTokens();

    abstract String finishReason();

    abstract MockResponse rejectedKey();

    /** How this service says it has no model "no-such-model". */
    abstract MockResponse unknownModel();

    @BeforeEach
    void start() throws IOException {
        server.start();
    }

    @AfterEach
    void stop() {
        bodies.forEach(StreamingBody::release);
        server.close();
    }

    protected URI base(String path) {
        return server.url(path).uri();
    }

    protected void serve(List<byte[]> pieces, End end) {
        server.enqueue(body(pieces, end).response(contentType()));
    }

    protected StreamingBody body(List<byte[]> pieces, End end) {
        StreamingBody body = new StreamingBody(pieces, end);
        bodies.add(body);
        return body;
    }

    protected ChatResult chat(TextProvider provider) {
        return provider.chat(new ChatRequest(null, CONVERSATION, 0.7, 400), received::add, Progress.NONE);
    }

    protected ChatResult chat(CallPolicy policy) {
        return chat(provider(policy));
    }

    protected CallPolicy quick() {
        return ModelFixtures.quickPolicy(sleeper);
    }

    @Test
    void streamsTheAnswerToTheSinkInOrderAndCountsTheTokens() {
        serve(StreamingBody.lines(ModelFixtures.text(streamFixture())), End.FINISH);
        TimedSink timed = new TimedSink(received::add);

        ChatResult result = provider(quick()).chat(new ChatRequest(null, CONVERSATION, 0.7, 400), timed, Progress.NONE);

        assertThat(timed.timeToFirstToken()).hasValueSatisfying(first -> assertThat(first).isPositive());
        assertThat(received).hasSizeGreaterThan(2);
        assertThat(String.join("", received)).isEqualTo(ANSWER);
        assertThat(result.text()).isEqualTo(ANSWER);
        assertThat(result.inputTokens()).isEqualTo(inputTokens());
        assertThat(result.outputTokens()).isEqualTo(17);
        assertThat(result.finishReason()).isEqualTo(finishReason());
        assertThat(result.latency()).isPositive();
    }

    @Test
    void piecesCutInsideCharactersAndLinesAreJoinedBeforeReading() {
        List<byte[]> pieces = StreamingBody.everyBytes(ModelFixtures.text(streamFixture()), 5);
        assertThat(StreamingBody.splitsACharacter(pieces)).isTrue();
        serve(pieces, End.FINISH);

        ChatResult result = chat(quick());

        assertThat(result.text()).isEqualTo(ANSWER);
        assertThat(received).noneMatch(piece -> piece.contains("\uFFFD"));
        assertThat(result.outputTokens()).isEqualTo(17);
    }

    @Test
    void errorInTheMiddleOfTheAnswerStopsWithTheProvidersMessageAndIsNotRetried() {
        serve(StreamingBody.lines(ModelFixtures.text(errorMidStreamFixture())), End.FINISH);

        assertThatThrownBy(() -> chat(quick()))
                .isInstanceOfSatisfying(ProviderException.class, e -> {
                    assertThat(e.kind()).isEqualTo(Kind.SERVER_ERROR);
                    assertThat(e.getMessage()).contains(errorMidStreamDetail());
                });
        assertThat(received).containsExactly("Slow mornings");
        assertThat(server.getRequestCount()).isEqualTo(1);
    }

    @Test
    void rateLimitIsWaitedOutAsTheServerSaysThenTheAnswerArrives() {
        server.enqueue(new MockResponse.Builder().code(429).setHeader("Retry-After", "7").build());
        serve(StreamingBody.lines(ModelFixtures.text(streamFixture())), End.FINISH);

        ChatResult result = chat(quick());

        assertThat(sleeper.waits).containsExactly(Duration.ofSeconds(7));
        assertThat(result.text()).isEqualTo(ANSWER);
        assertThat(String.join("", received)).isEqualTo(ANSWER);
        assertThat(server.getRequestCount()).isEqualTo(2);
    }

    @Test
    void serverThatSendsNothingAfterTheHeadersTimesOutQuickly() {
        serve(List.of(), End.HANG);
        long started = System.nanoTime();

        assertThatThrownBy(() -> chat(ModelFixtures.silentAfter(quick(), Duration.ofMillis(300))))
                .isInstanceOfSatisfying(ProviderException.class, e -> {
                    assertThat(e.kind()).isEqualTo(Kind.TIMEOUT);
                    assertThat(e.getMessage()).contains("did not start answering within 0.3 seconds");
                });
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(3));
        assertThat(server.getRequestCount()).isEqualTo(1);
    }

    @Test
    void rejectedKeyIsReportedWithoutShowingTheKey() {
        server.enqueue(rejectedKey());
        TextProvider provider = provider(quick());

        assertThatThrownBy(() -> chat(provider))
                .isInstanceOfSatisfying(ProviderException.class, e -> {
                    assertThat(e.kind()).isEqualTo(Kind.BAD_KEY);
                    assertThat(e.getMessage()).isEqualTo("The key for " + provider.config().name() + " was rejected.");
                    assertThat(e.getMessage()).doesNotContain(KEY).doesNotContain("0123");
                });
        assertThat(server.getRequestCount()).isEqualTo(1);
    }

    @Test
    void unknownModelIsNamedInTheMessage() {
        server.enqueue(unknownModel());
        TextProvider provider = provider(quick());

        assertThatThrownBy(() -> provider.chat(new ChatRequest("no-such-model", CONVERSATION, 0.7, 400),
                received::add, Progress.NONE))
                .isInstanceOfSatisfying(ProviderException.class, e -> {
                    assertThat(e.kind()).isEqualTo(Kind.UNKNOWN_MODEL);
                    assertThat(e.getMessage()).isEqualTo("The model no-such-model is unknown to "
                            + provider.config().name() + ".");
                });
    }
}
