package org.scriptorium.core.images;

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
import static org.assertj.core.api.Assertions.catchThrowableOfType;

class StabilityImagesTest {
    private static final String KEY = "sk-stab-0011223344";

    private final MockWebServer server = new MockWebServer();
    private StabilityImages stability;

    @BeforeEach
    void start() throws IOException {
        server.start();
        stability = new StabilityImages(new OkHttpClient(), server.url("/").uri(), KEY,
                new ImageTimeouts(Duration.ofSeconds(1), Duration.ofMillis(800)));
    }

    @AfterEach
    void stop() {
        server.close();
    }

    private static ImageRequest request(ImageSize size) {
        return new ImageRequest("Paper boats on a rainy street, watercolour", "blurry, watermark", size, null);
    }

    private ProviderException failure(MockResponse response) {
        server.enqueue(response);
        return catchThrowableOfType(ProviderException.class, () -> stability.generate(request(ImageSize.SQUARE), Progress.NONE));
    }

    @Test
    void sendsAMultipartFormWithTheNearestAspectRatioAndReturnsTheImageBytes() throws Exception {
        byte[] png = ImageFixtures.bytes("tiny.png");
        server.enqueue(ImageFixtures.png(png));

        GeneratedImage image = stability.generate(request(ImageSize.LINKEDIN), Progress.NONE);

        RecordedRequest sent = server.takeRequest();
        assertThat(sent.getTarget()).isEqualTo("/v2beta/stable-image/generate/core");
        assertThat(sent.getHeaders().get("Authorization")).isEqualTo("Bearer " + KEY);
        assertThat(sent.getHeaders().get("Accept")).isEqualTo("image/*");
        assertThat(sent.getHeaders().get("Content-Type")).startsWith("multipart/form-data; boundary=");
        String form = sent.getBody().utf8();
        assertThat(form).contains("name=\"prompt\"\r\n\r\nPaper boats on a rainy street, watercolour\r\n")
                .contains("name=\"negative_prompt\"").contains("blurry, watermark")
                .contains("name=\"aspect_ratio\"").contains("\r\n16:9\r\n")
                .contains("name=\"output_format\"").contains("\r\npng\r\n");
        assertThat(image.bytes()).isEqualTo(png);
        assertThat(image.mediaType()).isEqualTo("image/png");
        assertThat(image.provider()).isEqualTo("stability");
    }

    @Test
    void platformSizesMapToTheClosestRatioTheServiceOffers() {
        assertThat(StabilityImages.nearestAspectRatio(ImageSize.OPEN_GRAPH)).isEqualTo("16:9");
        assertThat(StabilityImages.nearestAspectRatio(ImageSize.SQUARE)).isEqualTo("1:1");
        assertThat(StabilityImages.nearestAspectRatio(new ImageSize(1080, 1350))).isEqualTo("4:5");
        assertThat(StabilityImages.nearestAspectRatio(new ImageSize(1080, 1920))).isEqualTo("9:16");
        assertThat(StabilityImages.nearestAspectRatio(new ImageSize(2520, 1080))).isEqualTo("21:9");
    }

    @Test
    void serviceErrorsBecomeKindsWithItsReasons() {
        ProviderException badRequest = failure(ImageFixtures.json(400, "stability-bad-request.json"));
        ProviderException badKey = failure(ImageFixtures.json(401, "stability-unauthorized.json"));
        ProviderException flagged = failure(ImageFixtures.json(403, "stability-moderation.json"));
        ProviderException serverError = failure(ImageFixtures.json(500, "stability-server-error.json"));

        assertThat(badRequest.kind()).isEqualTo(Kind.MALFORMED);
        assertThat(badRequest.getMessage()).contains("prompt: cannot be empty; aspect_ratio: must be one of");
        assertThat(badKey.kind()).isEqualTo(Kind.BAD_KEY);
        assertThat(badKey.getMessage()).contains("Stability AI").doesNotContain(KEY);
        assertThat(flagged.kind()).isEqualTo(Kind.MALFORMED);
        assertThat(flagged.getMessage()).contains("refused the prompt").contains("content moderation");
        assertThat(serverError.kind()).isEqualTo(Kind.SERVER_ERROR);
        assertThat(serverError.getMessage()).contains("500").contains("unexpected server error");
    }

    @Test
    void rateLimitReadsAnHttpDateRetryAfter() {
        ProviderException limited = failure(new MockResponse.Builder().code(429)
                .setHeader("Retry-After", "Sun, 01 Mar 2026 13:30:00 GMT").setHeader("Content-Type", "application/json")
                .body(ImageFixtures.text("stability-rate-limited.json")).build());

        assertThat(limited.kind()).isEqualTo(Kind.RATE_LIMITED);
        assertThat(limited.retryAfter()).isEqualTo(Instant.parse("2026-03-01T13:30:00Z"));
    }

    @Test
    void jsonWhereAnImageShouldBeIsMalformedAndSilenceTimesOut() {
        ProviderException notImage = failure(ImageFixtures.json(200, "stability-bad-request.json"));
        ProviderException silent = failure(ImageFixtures.png(ImageFixtures.bytes("tiny.png")).newBuilder()
                .headersDelay(10, TimeUnit.SECONDS).build());

        assertThat(notImage.kind()).isEqualTo(Kind.MALFORMED);
        assertThat(silent.kind()).isEqualTo(Kind.TIMEOUT);
    }
}
