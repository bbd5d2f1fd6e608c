package org.scriptorium.core.updates;

import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;
import okio.Buffer;
import okio.BufferedSource;
import org.scriptorium.core.http.HttpClients;
import org.scriptorium.core.research.feeds.FeedEntry;
import org.scriptorium.core.research.feeds.FeedFormatException;
import org.scriptorium.core.research.feeds.FeedParser;
import org.scriptorium.core.research.feeds.ParsedFeed;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Reads a project's release feed (GitHub's {@code releases.atom}: one entry per release, its link ending in
 * {@code /releases/tag/v1.3.0}) into the releases whose tags are versions; other entries are left out. One GET, with
 * a User-Agent naming the app and its version and nothing about the user; the answer is read up to a cap.
 */
final class ReleaseFeed {
    /** GitHub's feed of ten releases with long notes is a few hundred KB; more than this is not a release feed. */
    static final int MOST_BYTES = 2 * 1024 * 1024;
    private static final String TAG_PATH = "/releases/tag/";

    private final String userAgent;
    private final Duration timeout;
    private final FeedParser parser = new FeedParser();
    private OkHttpClient client; // made on the first check: most runs never check

    ReleaseFeed(String userAgent, Duration timeout) {
        this.userAgent = userAgent;
        this.timeout = timeout;
    }

    /** The releases the feed lists, in its order; throws with one sentence when it cannot be asked or read. */
    List<Release> read(URI feed) {
        String host = Objects.requireNonNullElse(feed.getHost(), feed.toString());
        Request request;
        try {
            request = new Request.Builder().url(feed.toString()).get()
                    .header("User-Agent", userAgent)
                    .header("Accept", "application/atom+xml, application/xml;q=0.9, */*;q=0.1")
                    .build();
        } catch (IllegalArgumentException e) {
            throw failed("the address " + feed + " cannot be asked (" + e.getMessage() + ").", e);
        }
        try (Response response = client().newCall(request).execute()) {
            if (!response.isSuccessful()) {
                throw failed(host + " answered " + response.code() + (response.code() == 404 ? " (no such feed)" : "") + ".");
            }
            byte[] body = capped(response.body().source(), host);
            return releases(parser.parse(body, response.header("Content-Type"), feed));
        } catch (InterruptedIOException e) {
            throw failed(host + " did not answer within " + (timeout.toMillis() % 1000 == 0 ? timeout.toSeconds() + " seconds"
                    : timeout.toMillis() + " ms") + ".", e);
        } catch (UnknownHostException e) {
            throw failed(host + " could not be found; is this computer offline?", e);
        } catch (ConnectException e) {
            throw failed("could not connect to " + host + ".", e);
        } catch (IOException e) {
            throw failed("the connection to " + host + " failed (" + Objects.requireNonNullElse(e.getMessage(), e.getClass().getSimpleName()) + ").", e);
        } catch (FeedFormatException e) {
            throw failed(e.getMessage(), e);
        }
    }

    private synchronized OkHttpClient client() {
        if (client == null) {
            // Redirects are followed (a renamed repository), but never from https down to http.
            client = HttpClients.sendingOnce(new OkHttpClient.Builder()
                    .connectTimeout(timeout)
                    .readTimeout(timeout)
                    .callTimeout(timeout)
                    .followSslRedirects(false));
        }
        return client;
    }

    /** Reads one byte past the cap at most: enough to know the answer is too large, nothing more is held. */
    private static byte[] capped(BufferedSource source, String host) throws IOException {
        Buffer buffer = new Buffer();
        while (buffer.size() <= MOST_BYTES) {
            if (source.read(buffer, Math.min(8192, MOST_BYTES + 1 - buffer.size())) == -1) {
                return buffer.readByteArray();
            }
        }
        throw failed(host + " sent more than " + MOST_BYTES / (1024 * 1024) + " MB, which is not a release feed.");
    }

    private static List<Release> releases(ParsedFeed feed) {
        List<Release> releases = new ArrayList<>();
        for (FeedEntry entry : feed.entries()) {
            String tag = tagOf(entry);
            URI page = isWeb(entry.link()) ? entry.link() : isWeb(feed.siteUrl()) ? feed.siteUrl() : null;
            Optional<ReleaseVersion> version = ReleaseVersion.parse(tag);
            if (version.isPresent() && page != null) {
                releases.add(new Release(version.get(), tag.strip(), page));
            }
        }
        return releases;
    }

    /** GitHub's link ends in /releases/tag/TAG and its id in /TAG; a title is a release's name, tried last. */
    static String tagOf(FeedEntry entry) {
        String path = entry.link() == null ? null : entry.link().getPath();
        if (path != null && path.contains(TAG_PATH)) {
            return path.substring(path.lastIndexOf(TAG_PATH) + TAG_PATH.length());
        }
        String id = entry.guid();
        if (id != null && id.startsWith("tag:github.com,") && id.contains("/")) {
            return id.substring(id.lastIndexOf('/') + 1);
        }
        return entry.title();
    }

    private static boolean isWeb(URI uri) {
        return uri != null && uri.getHost() != null && ("https".equalsIgnoreCase(uri.getScheme()) || "http".equalsIgnoreCase(uri.getScheme()));
    }

    private static UpdateCheckFailed failed(String reason) {
        return new UpdateCheckFailed("Could not check for updates: " + reason);
    }

    private static UpdateCheckFailed failed(String reason, Throwable cause) {
        return new UpdateCheckFailed("Could not check for updates: " + reason, cause);
    }
}
