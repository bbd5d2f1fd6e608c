package org.scriptorium.core.images;

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
import org.scriptorium.core.writing.ai.ProviderException;
import org.scriptorium.core.writing.ai.ProviderException.Kind;

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

class OpenAiImagesTest {
    private static final String KEY = "sk-test-ab12cd34ef56";
    private static final ImageTimeouts SHORT = new ImageTimeouts(Duration.ofSeconds(1), Duration.ofMillis(800));

    private final MockWebServer server = new MockWebServer();
    private OpenAiImages openAi;

    @BeforeEach
    void start() throws IOException {
        server.start();
        openAi = new OpenAiImages(new OkHttpClient(), server.url("/v1").uri(), KEY, "gpt-image-1", SHORT);
    }

    @AfterEach
    void stop() {
        server.close();
    }

    private static ImageRequest request(ImageSize size, String model) {
        return new ImageRequest("A calm desk by a window at sunrise", "people, text", size, model);
    }

    private ProviderException failure(MockResponse response) {
        server.enqueue(response);
        return catchThrowableOfType(ProviderException.class, () -> openAi.generate(request(ImageSize.SQUARE, null), Progress.NONE));
    }

    @Test
    void asksForTheNearestSupportedSizeWithTheKeyAndReturnsTheDecodedImage() throws Exception {
        server.enqueue(ImageFixtures.json(200, "openai-image.json"));

        GeneratedImage image = openAi.generate(request(ImageSize.LINKEDIN, null), Progress.NONE);

        RecordedRequest sent = server.takeRequest();
        assertThat(sent.getTarget()).isEqualTo("/v1/images/generations");
        assertThat(sent.getHeaders().get("Authorization")).isEqualTo("Bearer " + KEY);
        JsonNode body = new ObjectMapper().readTree(sent.getBody().utf8());
        assertThat(body.path("model").asText()).isEqualTo("gpt-image-1");
        assertThat(body.path("size").asText()).isEqualTo("1536x1024"); // the widest it makes; the caller crops to 1200x627
        assertThat(body.path("prompt").asText()).startsWith("A calm desk by a window at sunrise").contains("Avoid: people, text");
        assertThat(body.has("response_format")).isFalse();
        assertThat(image.bytes()).isEqualTo(ImageFixtures.bytes("tiny.png"));
        assertThat(image.mediaType()).isEqualTo("image/png");
        assertThat(image.provider()).isEqualTo("openai");
        assertThat(image.model()).isEqualTo("gpt-image-1");
    }

    @Test
    void dallE3IsAskedForBase64InOneOfItsOwnSizes() throws Exception {
        server.enqueue(ImageFixtures.json(200, "openai-image.json"));

        openAi.generate(request(ImageSize.BLOG_HERO, "dall-e-3"), Progress.NONE);

        JsonNode body = new ObjectMapper().readTree(server.takeRequest().getBody().utf8());
        assertThat(body.path("size").asText()).isEqualTo("1792x1024");
        assertThat(body.path("response_format").asText()).isEqualTo("b64_json");
        assertThat(OpenAiImages.nearestSize("dall-e-3", ImageSize.SQUARE)).isEqualTo(new ImageSize(1024, 1024));
    }

    @Test
    void rejectedKeyIsABadKeyAndTheMessageNeverShowsIt() {
        ProviderException failure = failure(ImageFixtures.json(401, "openai-bad-key.json"));

        assertThat(failure.kind()).isEqualTo(Kind.BAD_KEY);
        assertThat(failure.getMessage()).contains("OpenAI").contains("Settings").doesNotContain(KEY).doesNotContain("sk-");
    }

    @Test
    void rateLimitSaysWhenToTryAgain() {
        Instant before = Instant.now();
        ProviderException failure = failure(new MockResponse.Builder().code(429).setHeader("Retry-After", "30")
                .setHeader("Content-Type", "application/json").body(ImageFixtures.text("openai-rate-limited.json")).build());

        assertThat(failure.kind()).isEqualTo(Kind.RATE_LIMITED);
        assertThat(failure.retryAfter()).isBetween(before.plusSeconds(29), Instant.now().plusSeconds(31));
    }

    @Test
    void serverErrorRefusalAndUnknownModelAreToldApart() {
        ProviderException server500 = failure(ImageFixtures.json(500, "openai-server-error.json"));
        ProviderException refused = failure(ImageFixtures.json(400, "openai-policy.json"));
        ProviderException unknown = failure(ImageFixtures.json(404, "openai-unknown-model.json"));

        assertThat(server500.kind()).isEqualTo(Kind.SERVER_ERROR);
        assertThat(server500.getMessage()).contains("500");
        assertThat(refused.kind()).isEqualTo(Kind.MALFORMED);
        assertThat(refused.getMessage()).contains("rejected as a result of our safety system");
        assertThat(unknown.kind()).isEqualTo(Kind.UNKNOWN_MODEL);
        assertThat(unknown.getMessage()).contains("gpt-image-1");
    }

    @Test
    void answersWithoutAnImageAreMalformed() {
        ProviderException html = failure(new MockResponse.Builder().setHeader("Content-Type", "text/html")
                .body(ImageFixtures.text("gateway-error.html")).build());
        ProviderException linkOnly = failure(ImageFixtures.json(200, "openai-link-only.json"));

        assertThat(html.kind()).isEqualTo(Kind.MALFORMED);
        assertThat(linkOnly.kind()).isEqualTo(Kind.MALFORMED);
        assertThat(linkOnly.getMessage()).contains("link instead of the image");
    }

    @Test
    void serviceThatNeverAnswersTimesOut() {
        long start = System.nanoTime();
        ProviderException failure = failure(ImageFixtures.json(200, "openai-image.json").newBuilder()
                .headersDelay(10, TimeUnit.SECONDS).build());

        assertThat(failure.kind()).isEqualTo(Kind.TIMEOUT);
        assertThat(failure.getMessage()).contains("800 ms");
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(5));
    }

    @Test
    void cancellingStopsTheRequestAtOnce() {
        OpenAiImages patient = new OpenAiImages(new OkHttpClient(), server.url("/v1").uri(), KEY, null,
                new ImageTimeouts(Duration.ofSeconds(1), Duration.ofSeconds(30)));
        server.enqueue(ImageFixtures.json(200, "openai-image.json").newBuilder().headersDelay(20, TimeUnit.SECONDS).build());
        ImageFixtures.CancelButton cancel = new ImageFixtures.CancelButton();
        Thread.ofVirtual().start(() -> {
            sleep(300);
            cancel.press();
        });

        long start = System.nanoTime();
        assertThatThrownBy(() -> patient.generate(request(ImageSize.SQUARE, null), cancel)).isInstanceOf(Progress.Cancelled.class);
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(3));
    }

    static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
