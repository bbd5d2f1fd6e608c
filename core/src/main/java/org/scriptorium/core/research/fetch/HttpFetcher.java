package org.scriptorium.core.research.fetch;

import okhttp3.Call;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;
import okhttp3.ResponseBody;
import okio.Buffer;
import okio.BufferedSource;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.UnknownHostException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.HashSet;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Supplier;
import java.util.Set;
import java.util.concurrent.TimeUnit;

/**
 * Blocking, thread-safe HTTP GET with hard limits, for feeds, APIs and article pages.
 * Redirects are followed here rather than by OkHttp so each hop is checked (scheme, loops, count) and the
 * whole chain shares one deadline. Every problem becomes a {@link FetchResult.Failed}; nothing is thrown.
 */
public final class HttpFetcher {
    public static final String USER_AGENT = "Scriptorium/0.1 (+feed reader)";

    private static final int CHUNK = 8192;

    private final Supplier<OkHttpClient> client;
    private final Clock clock;

    public HttpFetcher(OkHttpClient client, Clock clock) {
        Objects.requireNonNull(client, "client");
        this(() -> client, clock);
    }

    /** A fetcher on a client made when the first request goes out (see {@link org.scriptorium.core.http.LazyHttpClient}). */
    public HttpFetcher(Supplier<OkHttpClient> client, Clock clock) {
        this.client = Objects.requireNonNull(client, "client");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** A fetcher with its own connection pool, for callers that have no client to share. */
    public static HttpFetcher withDefaults() {
        return new HttpFetcher(new OkHttpClient.Builder().followRedirects(false).followSslRedirects(false).build(),
                Clock.systemUTC());
    }

    public FetchResult fetch(FetchRequest request, FetchLimits limits) {
        OkHttpClient limited = client.get().newBuilder()
                .followRedirects(false)
                .followSslRedirects(false)
                .retryOnConnectionFailure(false)
                .connectTimeout(limits.connectTimeout())
                .readTimeout(limits.readTimeout())
                .callTimeout(Duration.ZERO) // replaced per hop by what is left of the overall deadline
                .build();
        long deadline = System.nanoTime() + limits.callDeadline().toNanos();
        Set<URI> visited = new HashSet<>();
        URI url = request.url();
        int redirects = 0;
        while (true) {
            if (!isWebUrl(url)) {
                return failed(FailureKind.UNSAFE, "Scriptorium only reads http and https addresses, not " + describe(url) + ".");
            }
            visited.add(UrlCanonicalizer.canonical(url));
            Hop hop = get(limited, request, url, limits, deadline);
            if (hop.result() instanceof FetchResult.Failed failed && failed.kind() == FailureKind.NETWORK && hop.retryable()) {
                // A connection the server closed before answering (a stale keep-alive, a busy server) is tried once
                // more, on a new connection: idle pooled ones may have been closed the same way.
                limited.connectionPool().evictAll();
                hop = get(limited, request, url, limits, deadline);
            }
            if (hop.result() != null) {
                return hop.result();
            }
            URI next = hop.redirectTo();
            if (visited.contains(UrlCanonicalizer.canonical(next))) {
                return failed(FailureKind.REDIRECT_LOOP, host(request.url()) + " redirects in a loop and never reaches a page.");
            }
            if (++redirects > limits.maxRedirects()) {
                return failed(FailureKind.TOO_MANY_REDIRECTS, host(request.url()) + " redirected more than "
                        + limits.maxRedirects() + " times, so Scriptorium stopped following.");
            }
            url = next;
        }
    }

    /** Either a final result or where the server redirected to. */
    private record Hop(FetchResult result, URI redirectTo, boolean retryable) {
        Hop(FetchResult result, URI redirectTo) {
            this(result, redirectTo, false);
        }
    }

    private Hop get(OkHttpClient limited, FetchRequest request, URI url, FetchLimits limits, long deadline) {
        long remaining = deadline - System.nanoTime();
        if (remaining <= 0) {
            return new Hop(timedOut(url, limits), null);
        }
        Request.Builder http = new Request.Builder().url(url.toString()).get().header("User-Agent", USER_AGENT);
        if (request.accept() != null) {
            http.header("Accept", request.accept());
        }
        if (request.etag() != null) {
            http.header("If-None-Match", request.etag());
        }
        if (request.lastModified() != null) {
            http.header("If-Modified-Since", request.lastModified());
        }
        Call call = limited.newCall(http.build());
        call.timeout().timeout(remaining, TimeUnit.NANOSECONDS);
        try (Response response = call.execute()) {
            return answer(response, url, limits);
        } catch (InterruptedIOException e) {
            return new Hop(timedOut(url, limits), null);
        } catch (UnknownHostException e) {
            return new Hop(failed(FailureKind.NETWORK, "The host " + host(url) + " could not be found."), null);
        } catch (ConnectException e) {
            return new Hop(failed(FailureKind.NETWORK, "Could not connect to " + host(url) + "."), null);
        } catch (IOException e) {
            if (System.nanoTime() >= deadline) {
                return new Hop(timedOut(url, limits), null); // the deadline cancelled the call mid-read
            }
            return new Hop(failed(FailureKind.NETWORK, "The connection to " + host(url) + " failed ("
                    + Objects.requireNonNullElse(e.getMessage(), e.getClass().getSimpleName()) + ")."), null, true);
        } catch (RuntimeException e) {
            // OkHttp rejects some malformed URLs and headers with IllegalArgumentException.
            return new Hop(failed(FailureKind.MALFORMED, "The address " + describe(url) + " cannot be requested ("
                    + e.getMessage() + ")."), null);
        }
    }

    private Hop answer(Response response, URI url, FetchLimits limits) throws IOException {
        int code = response.code();
        String host = host(url);
        if (code == 304) {
            return new Hop(new FetchResult.NotModified(url), null);
        }
        if (code >= 300 && code < 400 && code != 300) {
            String location = response.header("Location");
            if (location == null || location.isBlank()) {
                return new Hop(new FetchResult.Failed(FailureKind.MALFORMED,
                        host + " answered with a redirect but did not say where to.", code, null), null);
            }
            try {
                return new Hop(null, url.resolve(location.trim()));
            } catch (IllegalArgumentException e) {
                return new Hop(new FetchResult.Failed(FailureKind.MALFORMED,
                        host + " redirected to an address that is not valid.", code, null), null);
            }
        }
        if (code >= 200 && code < 300) {
            return new Hop(readBody(response, url, limits), null);
        }
        return new Hop(error(response, host), null);
    }

    private FetchResult error(Response response, String host) {
        int code = response.code();
        Instant retryAfter = retryAfter(response.header("Retry-After"));
        return switch (code) {
            case 404 -> new FetchResult.Failed(FailureKind.NOT_FOUND,
                    host + " says the address does not exist (404).", code, null);
            case 410 -> new FetchResult.Failed(FailureKind.GONE,
                    host + " says this source is gone for good (410), so it will be disabled.", code, null);
            case 429 -> new FetchResult.Failed(FailureKind.RATE_LIMITED,
                    host + " asked Scriptorium to slow down (429)" + until(retryAfter) + ".", code, retryAfter);
            default -> {
                if (code == 503 && retryAfter != null) {
                    yield new FetchResult.Failed(FailureKind.RATE_LIMITED,
                            host + " is temporarily unavailable (503)" + until(retryAfter) + ".", code, retryAfter);
                }
                if (code >= 500) {
                    yield new FetchResult.Failed(FailureKind.SERVER_ERROR,
                            host + " had a server error (" + code + "); Scriptorium will try again later.", code, retryAfter);
                }
                yield new FetchResult.Failed(FailureKind.CLIENT_ERROR,
                        host + " refused the request (" + code + ").", code, null);
            }
        };
    }

    /** Reads at most maxBytes + 1 bytes: one byte past the limit is proof enough, and nothing more is held. */
    private FetchResult readBody(Response response, URI url, FetchLimits limits) throws IOException {
        ResponseBody body = response.body();
        long declared = body.contentLength();
        if (declared > limits.maxBytes()) {
            return tooLarge(url, limits, response.code());
        }
        Buffer buffer = new Buffer();
        BufferedSource source = body.source();
        while (buffer.size() <= limits.maxBytes()) {
            long want = Math.min(CHUNK, limits.maxBytes() + 1 - buffer.size());
            if (source.read(buffer, want) == -1) {
                break;
            }
        }
        if (buffer.size() > limits.maxBytes()) {
            return tooLarge(url, limits, response.code());
        }
        String contentType = response.header("Content-Type");
        return new FetchResult.Fetched(url, response.code(), contentType, buffer.readByteArray(),
                response.header("ETag"), response.header("Last-Modified"), response.header("Content-Location"));
    }

    private Instant retryAfter(String header) {
        if (header == null || header.isBlank()) {
            return null;
        }
        String value = header.trim();
        if (value.chars().allMatch(Character::isDigit)) {
            try {
                return clock.instant().plusSeconds(Long.parseLong(value));
            } catch (NumberFormatException e) {
                return null;
            }
        }
        try {
            return ZonedDateTime.parse(value, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
        } catch (DateTimeParseException e) {
            return null; // an unreadable hint is treated as no hint
        }
    }

    private static String until(Instant retryAfter) {
        return retryAfter == null ? "" : " until " + retryAfter;
    }

    private static FetchResult timedOut(URI url, FetchLimits limits) {
        return failed(FailureKind.TIMEOUT, host(url) + " did not finish answering within "
                + limits.callDeadline().toSeconds() + " seconds.");
    }

    private static FetchResult tooLarge(URI url, FetchLimits limits, int status) {
        return new FetchResult.Failed(FailureKind.TOO_LARGE, host(url) + " sent more than "
                + readableSize(limits.maxBytes()) + ", more than Scriptorium reads from one address.", status, null);
    }

    private static String readableSize(long bytes) {
        if (bytes >= 1024 * 1024) {
            return (bytes / (1024 * 1024)) + " MB";
        }
        if (bytes >= 1024) {
            return (bytes / 1024) + " KB";
        }
        return bytes + " bytes";
    }

    private static FetchResult failed(FailureKind kind, String message) {
        return new FetchResult.Failed(kind, message, null, null);
    }

    private static boolean isWebUrl(URI url) {
        String scheme = url.getScheme() == null ? "" : url.getScheme().toLowerCase(Locale.ROOT);
        return (scheme.equals("http") || scheme.equals("https")) && url.getHost() != null;
    }

    private static String describe(URI url) {
        String text = url.toString();
        return text.length() > 80 ? text.substring(0, 80) + "…" : text;
    }

    /** The host as a user recognises it, for messages. */
    public static String host(URI url) {
        if (url.getHost() != null) {
            return url.getPort() == -1 ? url.getHost() : url.getHost() + ":" + url.getPort();
        }
        return describe(url);
    }
}
