package org.scriptorium.core.writing.ai;

import okhttp3.Call;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;
import org.scriptorium.core.Progress;
import org.scriptorium.core.http.HttpClients;
import org.scriptorium.core.writing.ai.ProviderException.Kind;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * One streamed model call with everything around it: the circuit breaker, bounded retries that honour
 * Retry-After, the first-byte and idle timeouts, and cancellation. A retry happens only while no text has
 * reached the sink, so the user never sees a sentence twice.
 */
final class ResilientCall {
    private static final Logger LOG = LoggerFactory.getLogger(ResilientCall.class);
    private static final long LONGEST_LINE = 4L * 1024 * 1024;
    private static final long LONGEST_ERROR_BODY = 16 * 1024;

    private final OkHttpClient client;
    private final CallPolicy policy;
    private final Clock clock;
    private final ProviderErrors errors;
    private final CircuitBreaker breaker;

    ResilientCall(OkHttpClient shared, CallPolicy policy, Clock clock, ProviderErrors errors) {
        this.policy = Objects.requireNonNull(policy, "policy");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.errors = Objects.requireNonNull(errors, "errors");
        Timeouts timeouts = policy.timeouts();
        // The watch enforces the real limits; the socket timeout is only a backstop should the watch not run.
        Duration backstop = max(timeouts.firstByte(), timeouts.idle()).plusSeconds(5);
        // A POST must not be sent twice behind our back: the policy decides every repeat.
        this.client = HttpClients.sendingOnce(shared.newBuilder()
                .connectTimeout(timeouts.connect())
                .readTimeout(backstop)
                .writeTimeout(backstop)
                .callTimeout(Duration.ZERO));
        this.breaker = new CircuitBreaker(errors.name(), policy.failuresToOpen(), policy.openFor(), clock);
    }

    OkHttpClient client() {
        return client;
    }

    CircuitBreaker breaker() {
        return breaker;
    }

    ChatResult stream(Supplier<Request> request, Supplier<StreamParser> parsers, String model, TokenSink sink,
                      Progress progress) {
        progress.checkCancelled();
        breaker.checkClosed();
        long started = System.nanoTime();
        for (int attempt = 1; ; attempt++) {
            Answer answer = new Answer(sink, model);
            try {
                attempt(request.get(), parsers.get(), answer, model, progress);
                breaker.recordSuccess();
                return answer.result(Duration.ofNanos(System.nanoTime() - started));
            } catch (AttemptFailed failed) {
                ProviderException error = failed.error();
                Duration wait = failed.retryable() && !answer.delivered()
                        ? policy.retry().waitBefore(attempt, error.retryAfter(), clock.instant()) : null;
                if (wait == null) {
                    record(error);
                    throw error;
                }
                LOG.info("{} failed ({}); trying again in {} ms, attempt {} of {}", errors.name(), error.kind(),
                        wait.toMillis(), attempt + 1, policy.retry().maxAttempts());
                policy.sleeper().sleep(wait, progress);
            }
        }
    }

    private void record(ProviderException error) {
        switch (error.kind()) {
            // The service answered, it just did not like the request: that is not an outage.
            case BAD_KEY, UNKNOWN_MODEL -> breaker.recordSuccess();
            default -> breaker.recordFailure();
        }
    }

    private void attempt(Request request, StreamParser parser, Answer answer, String model, Progress progress) {
        progress.checkCancelled();
        Call call = client.newCall(request);
        try (StreamWatch watch = StreamWatch.start(call, policy.timeouts(), progress)) {
            try (Response response = call.execute()) {
                if (!response.isSuccessful()) {
                    throw rejected(response, model);
                }
                read(new LineReader(response.body().source(), watch, LONGEST_LINE), parser, answer, progress);
            } catch (IOException e) {
                throw failure(e, watch);
            } catch (ProviderException e) {
                if (watch.stopped() == StreamWatch.Stop.CANCELLED) {
                    throw new Progress.Cancelled();
                }
                // An error event before any text (an overloaded service) is worth another try; after, never.
                throw new AttemptFailed(e, e.kind() == Kind.SERVER_ERROR);
            }
        }
    }

    private void read(LineReader lines, StreamParser parser, Answer answer, Progress progress) throws IOException {
        String line;
        while ((line = lines.next()) != null) {
            progress.checkCancelled();
            if (parser.accept(line, answer)) {
                return;
            }
        }
        progress.checkCancelled();
        if (!parser.completeAtEnd(answer)) {
            throw new AttemptFailed(errors.endedEarly(), true);
        }
    }

    private AttemptFailed rejected(Response response, String model) throws IOException {
        int code = response.code();
        String body = response.peekBody(LONGEST_ERROR_BODY).string();
        ProviderException error = errors.fromStatus(code, body,
                ProviderErrors.retryAfter(response.header("Retry-After"), clock.instant()), model);
        return new AttemptFailed(error, code == 429 || code >= 500);
    }

    private RuntimeException failure(IOException e, StreamWatch watch) {
        StreamWatch.Stop stop = watch.stopped();
        if (stop == null) {
            ProviderException error = errors.fromIo(e);
            return new AttemptFailed(error, error.kind() == Kind.NOT_RUNNING || error.kind() == Kind.SERVER_ERROR);
        }
        return switch (stop) {
            case CANCELLED -> new Progress.Cancelled();
            case NO_FIRST_BYTE -> new AttemptFailed(errors.noFirstByte(policy.timeouts().firstByte()), false);
            case IDLE -> new AttemptFailed(errors.idle(policy.timeouts().idle()), false);
        };
    }

    private static Duration max(Duration a, Duration b) {
        return a.compareTo(b) >= 0 ? a : b;
    }

    /** One attempt's failure and whether another attempt could help. */
    private static final class AttemptFailed extends RuntimeException {
        private final ProviderException error;
        private final boolean retryable;

        AttemptFailed(ProviderException error, boolean retryable) {
            super(error.getMessage(), error, false, false);
            this.error = error;
            this.retryable = retryable;
        }

        ProviderException error() {
            return error;
        }

        boolean retryable() {
            return retryable;
        }
    }
}
