package org.scriptorium.core.updates;

import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;

/**
 * The project's release feed on a local server, answering as GitHub does ({@code releases.atom}: v1.4.0-rc.1, v1.3.0
 * named "Scriptorium 1.3.0", v1.2.0 and a "nightly" tag) until told to answer otherwise. Counts what it was asked.
 */
public final class FakeReleaseFeed implements AutoCloseable {
    public static final String PATH = "/scriptorium-studio/scriptorium/releases.atom";
    /** What the fixture's v1.3.0 links to. */
    public static final String V130_PAGE = "https://github.com/scriptorium-studio/scriptorium/releases/tag/v1.3.0";

    private final MockWebServer server = new MockWebServer();
    private volatile MockResponse answer = releases();

    public FakeReleaseFeed() {
        server.setDispatcher(new Dispatcher() {
            @Override
            public MockResponse dispatch(RecordedRequest request) {
                return PATH.equals(request.getUrl().encodedPath()) ? answer : new MockResponse.Builder().code(404).body("Not Found").build();
            }
        });
        try {
            server.start();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The feed's address, as the update-feed setting takes it. */
    public String url() {
        return server.url(PATH).toString();
    }

    /** How many requests reached the server. */
    public int requests() {
        return server.getRequestCount();
    }

    /** The next request the server got (waits a little for it). */
    public RecordedRequest takeRequest() throws InterruptedException {
        return server.takeRequest(5, TimeUnit.SECONDS);
    }

    /** From now on every request gets this. */
    public void answer(MockResponse response) {
        this.answer = response;
    }

    /** The fixture, as GitHub serves it. */
    public static MockResponse releases() {
        return atom(fixture());
    }

    /** A feed of one release, shaped as the fixture's entries are. */
    public static MockResponse only(String tag) {
        String feed = fixture();
        String entry = feed.substring(feed.lastIndexOf("  <entry>", feed.indexOf("Repository/903114422/v1.2.0")), feed.indexOf("</feed>"));
        return atom(feed.substring(0, feed.indexOf("  <entry>")) + entry.replace("v1.2.0", tag) + "</feed>\n");
    }

    public static String page(String tag) {
        return "https://github.com/scriptorium-studio/scriptorium/releases/tag/" + tag;
    }

    public static MockResponse atom(String body) {
        return new MockResponse.Builder().setHeader("Content-Type", "application/atom+xml; charset=utf-8").body(body).build();
    }

    public static String fixture() {
        try (InputStream in = FakeReleaseFeed.class.getResourceAsStream("releases.atom")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        server.close();
    }
}
