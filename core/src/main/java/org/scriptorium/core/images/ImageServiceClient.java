package org.scriptorium.core.images;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import okhttp3.Call;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;
import okhttp3.ResponseBody;
import okio.Buffer;
import okio.BufferedSource;
import org.scriptorium.core.Progress;
import org.scriptorium.core.http.HttpClients;
import org.scriptorium.core.writing.ai.ProviderException;
import org.scriptorium.core.writing.ai.ProviderException.Kind;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.UnknownHostException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Objects;
import java.util.concurrent.TimeUnit;

/**
 * The HTTP side of one image service: sends a request with the service's timeouts, cancels it when the user
 * gives up, and turns network failures and error statuses into {@link ProviderException}s that never carry
 * the API key.
 */
final class ImageServiceClient {
    static final ObjectMapper JSON = new ObjectMapper();

    /** Larger than any generated image we ask for; a body past this is not an image answer. */
    private static final long MAX_BODY = 64L * 1024 * 1024;
    private static final long CANCEL_POLL_MILLIS = 50;

    /** What the service answered, read in full. */
    record Reply(int code, byte[] body, String contentType, String retryAfterHeader) {
        boolean ok() {
            return code >= 200 && code < 300;
        }
    }

    private final OkHttpClient client;
    private final String service;
    private final URI base;
    private final String apiKey;
    private final ImageTimeouts timeouts;
    private final Clock clock;
    private final String notRunningHint;

    /** @param notRunningHint said after "Nothing answers at host:port" for local services, or null */
    ImageServiceClient(OkHttpClient client, String service, URI base, String apiKey, ImageTimeouts timeouts, Clock clock,
                       String notRunningHint) {
        this.notRunningHint = notRunningHint;
        this.service = Objects.requireNonNull(service, "service");
        this.base = Objects.requireNonNull(base, "base");
        this.apiKey = apiKey == null || apiKey.isBlank() ? null : apiKey.strip();
        this.timeouts = Objects.requireNonNull(timeouts, "timeouts");
        this.clock = Objects.requireNonNull(clock, "clock");
        // A generation costs money: never sent twice behind our back.
        this.client = HttpClients.sendingOnce(Objects.requireNonNull(client, "client").newBuilder()
                .connectTimeout(timeouts.connect())
                .readTimeout(timeouts.total())
                .writeTimeout(timeouts.total())
                .callTimeout(timeouts.total()));
    }

    /** The base address with {@code path} appended, keeping any path the base already has (a proxy prefix). */
    String url(String path) {
        String root = base.toString();
        return (root.endsWith("/") ? root.substring(0, root.length() - 1) : root) + path;
    }

    /** host:port, as a user would type it. */
    String address() {
        int port = base.getPort() != -1 ? base.getPort() : "https".equalsIgnoreCase(base.getScheme()) ? 443 : 80;
        return base.getHost() + ":" + port;
    }

    Request.Builder authorized(Request.Builder request) {
        return apiKey == null ? request : request.header("Authorization", "Bearer " + apiKey);
    }

    /** Sends the request and reads the whole answer; a watcher cancels the call as soon as the user cancels. */
    Reply send(Request request, Progress progress) {
        progress.checkCancelled();
        Call call = client.newCall(request);
        Thread watcher = Thread.ofVirtual().name("cancel-watch " + service).start(() -> watch(call, progress));
        try (Response response = call.execute()) {
            return new Reply(response.code(), read(response.body()), response.header("Content-Type"),
                    response.header("Retry-After"));
        } catch (IOException e) {
            if (progress.isCancelled()) {
                throw new Progress.Cancelled();
            }
            throw networkFailure(e, call);
        } finally {
            watcher.interrupt();
        }
    }

    private static void watch(Call call, Progress progress) {
        try {
            while (!call.isCanceled()) {
                if (progress.isCancelled()) {
                    call.cancel();
                    return;
                }
                Thread.sleep(CANCEL_POLL_MILLIS);
            }
        } catch (InterruptedException e) {
            // the call finished; nothing left to watch
        }
    }

    private byte[] read(ResponseBody body) throws IOException {
        if (body.contentLength() > MAX_BODY) {
            throw new ProviderException(Kind.MALFORMED, service + " sent an answer too large to be an image ("
                    + body.contentLength() / (1024 * 1024) + " MB).");
        }
        Buffer buffer = new Buffer();
        BufferedSource source = body.source();
        while (source.read(buffer, 8192) != -1) {
            if (buffer.size() > MAX_BODY) {
                throw new ProviderException(Kind.MALFORMED, service + " sent an answer too large to be an image.");
            }
        }
        return buffer.readByteArray();
    }

    private ProviderException networkFailure(IOException e, Call call) {
        if (e instanceof ConnectException) {
            return notRunning(e);
        }
        if (e instanceof UnknownHostException) {
            return new ProviderException(Kind.NOT_RUNNING, "The host " + base.getHost() + " for " + service
                    + " could not be found; check the address and the network.", null, e);
        }
        if (e instanceof InterruptedIOException || call.isCanceled()) {
            return new ProviderException(Kind.TIMEOUT, service + " did not finish the image within "
                    + seconds() + "; try again or raise the timeout.", null, e);
        }
        return new ProviderException(Kind.SERVER_ERROR, "The connection to " + service + " failed ("
                + redact(Objects.requireNonNullElse(e.getMessage(), e.getClass().getSimpleName())) + ").", null, e);
    }

    private ProviderException notRunning(IOException cause) {
        return new ProviderException(Kind.NOT_RUNNING, "Nothing answers at " + address()
                + (notRunningHint == null ? " for " + service + "; check the address and the network." : ": " + notRunningHint),
                null, cause);
    }

    private String seconds() {
        long s = timeouts.total().toSeconds();
        return s >= 1 ? s + (s == 1 ? " second" : " seconds") : timeouts.total().toMillis() + " ms";
    }

    /**
     * The usual meaning of an error status. {@code reason} is the service's own explanation (may be null);
     * it is shown for refusals but never for a bad key, whose explanation can echo part of the key.
     */
    ProviderException failure(Reply reply, String reason) {
        int code = reply.code();
        String why = reason == null || reason.isBlank() ? "" : ": " + sentence(redact(reason));
        if (code == 401 || code == 403) {
            return new ProviderException(Kind.BAD_KEY, service + (apiKey == null
                    ? " needs an API key (" + code + "); add one in Settings."
                    : " did not accept the API key (" + code + "); check it in Settings."));
        }
        if (code == 429 || code == 503 && reply.retryAfterHeader() != null) {
            Instant retryAfter = retryAfter(reply.retryAfterHeader());
            return new ProviderException(Kind.RATE_LIMITED, service + " asked to slow down (" + code + ")"
                    + (retryAfter == null ? "; try again in a minute." : "; try again after " + retryAfter + "."),
                    retryAfter, null);
        }
        if (code >= 500) {
            return new ProviderException(Kind.SERVER_ERROR, service + " had a server error (" + code + ")"
                    + (why.isEmpty() ? "; try again later." : why));
        }
        return new ProviderException(Kind.MALFORMED, service + " refused the request (" + code + ")"
                + (why.isEmpty() ? "." : why));
    }

    /** A JSON body, or a MALFORMED failure naming the service. */
    JsonNode json(Reply reply) {
        try {
            JsonNode node = JSON.readTree(reply.body());
            if (node == null || node.isMissingNode()) {
                throw new IOException("empty body");
            }
            return node;
        } catch (IOException e) {
            throw new ProviderException(Kind.MALFORMED, service + " sent an answer Scriptorium cannot read (not JSON).", null, e);
        }
    }

    /** Parses the body as JSON for an error explanation; null when it is not JSON. */
    static JsonNode jsonOrNull(Reply reply) {
        try {
            return reply.body().length == 0 ? null : JSON.readTree(reply.body());
        } catch (IOException e) {
            return null;
        }
    }

    private String redact(String text) {
        return apiKey == null ? text : text.replace(apiKey, "[key]");
    }

    /** One line, not too long, ending with a full stop. */
    private static String sentence(String text) {
        String line = text.strip().replaceAll("\\s+", " ");
        line = line.length() <= 240 ? line : line.substring(0, 239) + "…";
        return line.endsWith(".") || line.endsWith("…") ? line : line + ".";
    }

    private Instant retryAfter(String header) {
        if (header == null || header.isBlank()) {
            return null;
        }
        String value = header.strip();
        try {
            if (value.chars().allMatch(Character::isDigit)) {
                return clock.instant().plusSeconds(Long.parseLong(value));
            }
            return ZonedDateTime.parse(value, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
        } catch (NumberFormatException | DateTimeParseException e) {
            return null; // an unreadable hint is treated as no hint
        }
    }

    /** Milliseconds since {@code start}, for GeneratedImage latency. */
    static long elapsedSince(long startNanos) {
        return TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - startNanos);
    }
}
