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
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.scriptorium.core.writing.ai.ModelFixtures.ANSWER;
import static org.scriptorium.core.writing.ai.ModelFixtures.CONVERSATION;

/** Retries, the circuit breaker and cancellation, seen through one provider (they are shared by all three). */
class ResilientCallTest {
    private static final String FIRST_EVENT = """
            data: {"model":"gpt-4o-mini","choices":[{"index":0,"delta":{"content":"Slow mornings"},"finish_reason":null}]}

            """;

    private final MockWebServer server = new MockWebServer();
    private final RecordingSleeper sleeper = new RecordingSleeper();
    private final ManualClock clock = new ManualClock(Instant.parse("2026-03-01T10:00:00Z"));
    private final List<String> received = new CopyOnWriteArrayList<>();
    private final List<StreamingBody> bodies = new ArrayList<>();
    private final ScheduledExecutorService scheduler = Executors.newSingleThreadScheduledExecutor();

    @BeforeEach
    void start() throws IOException {
        server.start();
    }

    @AfterEach
    void stop() {
        scheduler.shutdownNow();
        bodies.forEach(StreamingBody::release);
        server.close();
    }

    private TextProvider provider(CallPolicy policy) {
        return new OpenAiCompatibleProvider(new ProviderConfig("LM Studio", ProviderKind.OPENAI_COMPATIBLE,
                server.url("/v1").uri(), "gpt-4o-mini", null), new OkHttpClient(), clock, policy);
    }

    private ChatResult chat(TextProvider provider, Progress progress) {
        return provider.chat(new ChatRequest(null, CONVERSATION, 0.7, 0), received::add, progress);
    }

    private StreamingBody serve(String text, End end) {
        StreamingBody body = new StreamingBody(StreamingBody.lines(text), end);
        bodies.add(body);
        server.enqueue(body.response("text/event-stream"));
        return body;
    }

    private void serveAnswer() {
        serve(ModelFixtures.text("openai-stream.sse"), End.FINISH);
    }

    private void serveStatus(int code, int times) {
        for (int i = 0; i < times; i++) {
            server.enqueue(new MockResponse.Builder().code(code).body("{\"error\":{\"message\":\"busy\"}}").build());
        }
    }

    @Test
    void cancellingAfterTheFirstWordsClosesTheConnection() throws Exception {
        StreamingBody body = serve(FIRST_EVENT, End.HEARTBEAT_UNTIL_CLOSED);
        CancelFlag cancel = new CancelFlag();
        TextProvider provider = provider(ModelFixtures.quickPolicy(sleeper));

        assertThatThrownBy(() -> provider.chat(new ChatRequest(null, CONVERSATION, 0.7, 0), text -> {
            received.add(text);
            cancel.cancel();
        }, cancel)).isInstanceOf(Progress.Cancelled.class);

        assertThat(received).containsExactly("Slow mornings");
        assertThat(body.awaitClientClosed(2_000)).as("the server saw the connection closed").isTrue();
        assertThat(server.getRequestCount()).isEqualTo(1);
    }

    @Test
    void cancellingWhileTheServerIsSilentStopsTheCallAtOnce() {
        serve("", End.HANG);
        CancelFlag cancel = new CancelFlag();
        scheduler.schedule(cancel::cancel, 200, TimeUnit.MILLISECONDS);
        TextProvider provider = provider(CallPolicy.DEFAULT.withSleeper(sleeper)); // 60 s timeouts: only cancel can end it
        long started = System.nanoTime();

        assertThatThrownBy(() -> chat(provider, cancel)).isInstanceOf(Progress.Cancelled.class);

        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(2));
        assertThat(sleeper.waits).isEmpty();
    }

    @Test
    void cancellingDuringALongRetryAfterWaitEndsTheWait() {
        server.enqueue(new MockResponse.Builder().code(429).setHeader("Retry-After", "40").build());
        CancelFlag cancel = new CancelFlag();
        scheduler.schedule(cancel::cancel, 300, TimeUnit.MILLISECONDS);
        TextProvider provider = provider(ModelFixtures.quickPolicy(Sleeper.REAL));
        long started = System.nanoTime();

        assertThatThrownBy(() -> chat(provider, cancel)).isInstanceOf(Progress.Cancelled.class);

        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(2));
        assertThat(server.getRequestCount()).isEqualTo(1);
    }

    @Test
    void textAlreadyShownIsNeverStreamedTwice() {
        serve(FIRST_EVENT, End.CUT);
        serveAnswer();

        assertThatThrownBy(() -> chat(provider(ModelFixtures.quickPolicy(sleeper)), Progress.NONE))
                .isInstanceOfSatisfying(ProviderException.class, e -> {
                    assertThat(e.kind()).isEqualTo(Kind.SERVER_ERROR);
                    assertThat(e.getMessage()).isEqualTo("The connection to LM Studio broke before the answer was complete.");
                });

        assertThat(received).containsExactly("Slow mornings");
        assertThat(server.getRequestCount()).isEqualTo(1);
        assertThat(sleeper.waits).isEmpty();
    }

    @Test
    void connectionCutBeforeAnyTextIsTriedAgain() {
        serve("", End.CUT);
        serveAnswer();

        ChatResult result = chat(provider(ModelFixtures.quickPolicy(sleeper)), Progress.NONE);

        assertThat(result.text()).isEqualTo(ANSWER);
        assertThat(String.join("", received)).isEqualTo(ANSWER);
        assertThat(sleeper.waits).containsExactly(Duration.ofMillis(75));
    }

    @Test
    void serverErrorsAreTriedThreeTimesWithGrowingPausesThenReported() {
        serveStatus(502, 3);

        assertThatThrownBy(() -> chat(provider(ModelFixtures.quickPolicy(sleeper)), Progress.NONE))
                .isInstanceOfSatisfying(ProviderException.class, e -> {
                    assertThat(e.kind()).isEqualTo(Kind.SERVER_ERROR);
                    assertThat(e.getMessage()).isEqualTo("LM Studio had a server error (502): busy.");
                });
        assertThat(server.getRequestCount()).isEqualTo(3);
        assertThat(sleeper.waits).containsExactly(Duration.ofMillis(75), Duration.ofMillis(150));
    }

    @Test
    void rateLimitFurtherAwayThanAMinuteIsReportedWithItsTimeInsteadOfWaited() {
        server.enqueue(new MockResponse.Builder().code(429).setHeader("Retry-After", "3600").build());

        assertThatThrownBy(() -> chat(provider(ModelFixtures.quickPolicy(sleeper)), Progress.NONE))
                .isInstanceOfSatisfying(ProviderException.class, e -> {
                    assertThat(e.kind()).isEqualTo(Kind.RATE_LIMITED);
                    assertThat(e.retryAfter()).isEqualTo(Instant.parse("2026-03-01T11:00:00Z"));
                    assertThat(e.getMessage()).isEqualTo("LM Studio asked Scriptorium to slow down; try again after 11:00.");
                });
        assertThat(sleeper.waits).isEmpty();
        assertThat(server.getRequestCount()).isEqualTo(1);
    }

    @Test
    void circuitOpensAfterFiveFailedCallsAndClosesAfterTheCoolDown() {
        TextProvider provider = provider(ModelFixtures.quickPolicy(sleeper));
        serveStatus(500, 15);
        for (int call = 0; call < 5; call++) {
            assertThatThrownBy(() -> chat(provider, Progress.NONE)).isInstanceOf(ProviderException.class);
        }

        assertThatThrownBy(() -> chat(provider, Progress.NONE))
                .isInstanceOfSatisfying(ProviderException.class, e -> {
                    assertThat(e.kind()).isEqualTo(Kind.CIRCUIT_OPEN);
                    assertThat(e.getMessage()).isEqualTo(
                            "LM Studio failed 5 times in a row, so Scriptorium will not try it again before 10:00:30.");
                });
        assertThat(server.getRequestCount()).isEqualTo(15);

        clock.advance(Duration.ofSeconds(30));
        serveAnswer();
        assertThat(chat(provider, Progress.NONE).text()).isEqualTo(ANSWER);
        serveStatus(500, 3);
        assertThatThrownBy(() -> chat(provider, Progress.NONE))
                .isInstanceOfSatisfying(ProviderException.class, e -> assertThat(e.kind()).isEqualTo(Kind.SERVER_ERROR));
    }

    @Test
    void aRejectedKeyDoesNotCountAsTheServiceBeingDown() {
        TextProvider provider = provider(ModelFixtures.quickPolicy(sleeper));
        serveStatus(500, 12);
        for (int call = 0; call < 4; call++) {
            assertThatThrownBy(() -> chat(provider, Progress.NONE)).isInstanceOf(ProviderException.class);
        }
        serveStatus(401, 1);
        assertThatThrownBy(() -> chat(provider, Progress.NONE))
                .isInstanceOfSatisfying(ProviderException.class, e -> assertThat(e.kind()).isEqualTo(Kind.BAD_KEY));
        serveStatus(500, 3);

        assertThatThrownBy(() -> chat(provider, Progress.NONE))
                .isInstanceOfSatisfying(ProviderException.class, e -> assertThat(e.kind()).isEqualTo(Kind.SERVER_ERROR));
    }
}
