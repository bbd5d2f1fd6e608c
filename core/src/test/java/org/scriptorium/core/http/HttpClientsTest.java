package org.scriptorium.core.http;

import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import mockwebserver3.SocketEffect;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.scriptorium.core.publishing.PublishingContext;

import java.io.IOException;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import static org.assertj.core.api.Assertions.assertThat;

/** The two ways OkHttp sends a POST again by itself, each shown with OkHttp's defaults and gone from a client built to send once. */
class HttpClientsTest {
    private final MockWebServer server = new MockWebServer();

    @BeforeEach
    void start() throws IOException {
        server.start();
    }

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void aPostOnAPooledConnectionThatDropsAfterTheServerReadItIsNotSentAgain() throws IOException {
        assertThat(postsReceived(new OkHttpClient(), dropped())).as("OkHttp's default repeats it").isGreaterThan(1);
        assertThat(postsReceived(HttpClients.sendingOnce(new OkHttpClient()), dropped())).isEqualTo(1);
    }

    @Test
    void a503SayingRetryAfterZeroIsHandedBackInsteadOfRepeated() throws IOException {
        MockResponse busy = new MockResponse.Builder().code(503).addHeader("Retry-After", "0").body("busy").build();
        assertThat(postsReceived(new OkHttpClient(), busy)).as("OkHttp's default repeats it").isEqualTo(2);
        assertThat(postsReceived(HttpClients.sendingOnce(new OkHttpClient.Builder()), busy)).isEqualTo(1);
    }

    @Test
    void publishingAlwaysGetsAClientThatSendsOnceWhicheverItIsGiven() {
        OkHttpClient repeating = new OkHttpClient();
        PublishingContext context = new PublishingContext(repeating, Clock.systemUTC(), null, null);

        assertThat(HttpClients.neverRepeats(repeating)).isFalse();
        assertThat(HttpClients.neverRepeats(context.http())).isTrue();
        assertThat(context.http().connectionPool()).as("the same pool").isSameAs(repeating.connectionPool());
        assertThat(HttpClients.sendingOnce(context.http())).isSameAs(context.http());
    }

    private static MockResponse dropped() {
        return new MockResponse.Builder().code(200).body("stored").onResponseStart(new SocketEffect.CloseSocket()).build();
    }

    /** Warms the pool with a GET, then POSTs once through {@code client} while the server answers every POST with {@code answer}. */
    private int postsReceived(OkHttpClient client, MockResponse answer) throws IOException {
        List<RecordedRequest> posts = new CopyOnWriteArrayList<>();
        server.setDispatcher(new Dispatcher() {
            @Override
            public MockResponse dispatch(RecordedRequest request) {
                if (request.getMethod().equals("GET")) {
                    return new MockResponse.Builder().code(200).body("warm").build();
                }
                posts.add(request);
                return answer;
            }
        });
        client.newCall(new Request.Builder().url(server.url("/warm")).build()).execute().close();
        Request post = new Request.Builder().url(server.url("/posts")).post(RequestBody.create("Hello", MediaType.get("text/plain"))).build();
        try (Response ignored = client.newCall(post).execute()) {
            // answered (503): counted below
        } catch (IOException dropped) {
            // the connection dropped: counted below
        }
        assertThat(posts.getFirst().getExchangeIndex()).as("sent on the pooled connection").isPositive();
        client.connectionPool().evictAll();
        return posts.size();
    }
}
