package org.scriptorium.core.images;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import okhttp3.OkHttpClient;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.scriptorium.core.Progress;
import org.scriptorium.core.writing.ai.ProviderException;
import org.scriptorium.core.writing.ai.ProviderException.Kind;

import java.io.IOException;
import java.net.URI;
import java.time.Duration;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

class Automatic1111ImagesTest {
    private static final ImageTimeouts SHORT = new ImageTimeouts(Duration.ofSeconds(1), Duration.ofMillis(800));

    private final MockWebServer server = new MockWebServer();
    private Automatic1111Images a1111;

    @BeforeEach
    void start() throws IOException {
        server.start();
        a1111 = new Automatic1111Images(new OkHttpClient(), server.url("/").uri(), SHORT);
    }

    @AfterEach
    void stop() {
        server.close();
    }

    private static ImageRequest request(ImageSize size) {
        return new ImageRequest("a lighthouse on a cliff at dusk, oil painting", "text, frame", size, null);
    }

    private ProviderException failure(MockResponse response) {
        server.enqueue(response);
        return catchThrowableOfType(ProviderException.class, () -> a1111.generate(request(ImageSize.SQUARE), Progress.NONE));
    }

    @Test
    void postsTxt2imgWithSidesInMultiplesOfEightAndReturnsTheImage() throws Exception {
        server.enqueue(ImageFixtures.json(200, "a1111-image.json"));

        GeneratedImage image = a1111.generate(request(ImageSize.LINKEDIN), Progress.NONE);

        var sent = server.takeRequest();
        assertThat(sent.getTarget()).isEqualTo("/sdapi/v1/txt2img");
        JsonNode body = new ObjectMapper().readTree(sent.getBody().utf8());
        assertThat(body.path("prompt").asText()).isEqualTo("a lighthouse on a cliff at dusk, oil painting");
        assertThat(body.path("negative_prompt").asText()).isEqualTo("text, frame");
        assertThat(body.path("width").asInt()).isEqualTo(1200);
        assertThat(body.path("height").asInt()).isEqualTo(624);
        assertThat(body.path("steps").asInt()).isEqualTo(25);
        assertThat(image.bytes()).isEqualTo(ImageFixtures.bytes("tiny.png"));
        assertThat(image.provider()).isEqualTo("automatic1111");
    }

    @Test
    void largeSizesAreScaledDownInShape() {
        assertThat(Automatic1111Images.generationSize(ImageSize.BLOG_HERO)).isEqualTo(new ImageSize(1536, 864));
        assertThat(Automatic1111Images.generationSize(new ImageSize(4000, 4000))).isEqualTo(new ImageSize(1536, 1536));
    }

    @Test
    void nothingListeningIsNotRunningWithAHintHowToStartIt() {
        int port = server.getPort();
        server.close();
        Automatic1111Images offline = new Automatic1111Images(new OkHttpClient(), URI.create("http://127.0.0.1:" + port), SHORT);

        ProviderException failure = catchThrowableOfType(ProviderException.class,
                () -> offline.generate(request(ImageSize.SQUARE), Progress.NONE));

        assertThat(failure.kind()).isEqualTo(Kind.NOT_RUNNING);
        assertThat(failure.getMessage())
                .isEqualTo("Nothing answers at 127.0.0.1:" + port + ": is Automatic1111/Forge running with --api?");
    }

    @Test
    void webUiWithoutItsApiSaysToStartWithApi() {
        ProviderException failure = failure(ImageFixtures.json(404, "a1111-not-found.json"));

        assertThat(failure.kind()).isEqualTo(Kind.NOT_RUNNING);
        assertThat(failure.getMessage()).contains("--api");
    }

    @Test
    void emptyOrUnreadableAnswersAreMalformedAndAStuckServerTimesOut() {
        ProviderException empty = failure(ImageFixtures.json(200, "a1111-no-images.json"));
        ProviderException html = failure(new MockResponse.Builder().body(ImageFixtures.text("gateway-error.html")).build());
        ProviderException crashed = failure(new MockResponse.Builder().code(500)
                .body("{\"error\": \"OutOfMemoryError\", \"detail\": \"CUDA out of memory\"}").build());
        ProviderException stuck = failure(ImageFixtures.json(200, "a1111-image.json").newBuilder()
                .bodyDelay(10, TimeUnit.SECONDS).build());

        assertThat(empty.kind()).isEqualTo(Kind.MALFORMED);
        assertThat(html.kind()).isEqualTo(Kind.MALFORMED);
        assertThat(crashed.kind()).isEqualTo(Kind.SERVER_ERROR);
        assertThat(crashed.getMessage()).contains("OutOfMemoryError");
        assertThat(stuck.kind()).isEqualTo(Kind.TIMEOUT);
    }
}
