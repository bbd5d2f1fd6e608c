package org.scriptorium.core.images;

import com.fasterxml.jackson.databind.JsonNode;
import okhttp3.MultipartBody;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import org.scriptorium.core.Progress;
import org.scriptorium.core.writing.ai.ProviderException;
import org.scriptorium.core.writing.ai.ProviderException.Kind;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * Stability AI's Stable Image Core ({@code POST /v2beta/stable-image/generate/core}): a multipart form in, the
 * image bytes out. The service takes an aspect ratio rather than a size, so the nearest ratio is asked for.
 */
public final class StabilityImages implements ImageProvider {
    public static final URI DEFAULT_BASE = URI.create("https://api.stability.ai");
    public static final String MODEL = "stable-image-core";

    private static final List<String> ASPECT_RATIOS = List.of("16:9", "1:1", "21:9", "2:3", "3:2", "4:5", "5:4", "9:16", "9:21");

    private final ImageServiceClient http;

    public StabilityImages(URI baseUrl, String apiKey) {
        this(new OkHttpClient(), baseUrl, apiKey, ImageTimeouts.DEFAULTS);
    }

    public StabilityImages(OkHttpClient client, URI baseUrl, String apiKey, ImageTimeouts timeouts) {
        this.http = new ImageServiceClient(client, "Stability AI", baseUrl == null ? DEFAULT_BASE : baseUrl, apiKey,
                timeouts, Clock.systemUTC(), null);
    }

    @Override
    public String name() {
        return "stability";
    }

    /** The ratio the service offers that is closest in shape to {@code size}, e.g. 1200x627 → 16:9. */
    public static String nearestAspectRatio(ImageSize size) {
        double wanted = Math.log((double) size.width() / size.height());
        String best = ASPECT_RATIOS.getFirst();
        double bestDistance = Double.MAX_VALUE;
        for (String ratio : ASPECT_RATIOS) {
            String[] parts = ratio.split(":");
            double distance = Math.abs(Math.log(Double.parseDouble(parts[0]) / Double.parseDouble(parts[1])) - wanted);
            if (distance < bestDistance) {
                best = ratio;
                bestDistance = distance;
            }
        }
        return best;
    }

    @Override
    public GeneratedImage generate(ImageRequest request, Progress progress) {
        String ratio = nearestAspectRatio(request.size());
        MultipartBody.Builder form = new MultipartBody.Builder().setType(MultipartBody.FORM)
                .addFormDataPart("prompt", request.prompt() == null ? "" : request.prompt().strip())
                .addFormDataPart("aspect_ratio", ratio)
                .addFormDataPart("output_format", "png");
        if (request.negativePrompt() != null && !request.negativePrompt().isBlank()) {
            form.addFormDataPart("negative_prompt", request.negativePrompt().strip());
        }
        Request post = http.authorized(new Request.Builder().url(http.url("/v2beta/stable-image/generate/core")))
                .header("Accept", "image/*")
                .post(form.build())
                .build();
        long start = System.nanoTime();
        progress.update(-1, "Asking Stability AI for a " + ratio + " image…");
        ImageServiceClient.Reply reply = http.send(post, progress);
        if (!reply.ok()) {
            throw failure(reply);
        }
        String mediaType = ImageBytes.mediaType(reply.body());
        if (mediaType == null) {
            throw new ProviderException(Kind.MALFORMED, "Stability AI answered without an image.");
        }
        progress.update(1, "Image received.");
        return new GeneratedImage(reply.body(), mediaType, name(), MODEL, request.prompt(),
                Duration.ofMillis(ImageServiceClient.elapsedSince(start)));
    }

    private ProviderException failure(ImageServiceClient.Reply reply) {
        String reason = reasons(ImageServiceClient.jsonOrNull(reply));
        if (reply.code() == 403 && reason != null) {
            // Stability answers 403 when its content filter flags the prompt, not only for a bad key.
            return new ProviderException(Kind.MALFORMED, "Stability AI refused the prompt (403): " + reason
                    + (reason.endsWith(".") ? "" : "."));
        }
        return http.failure(reply, reason);
    }

    /** The service's {"errors":[...]} joined into one line, or null. */
    private static String reasons(JsonNode body) {
        if (body == null || !body.path("errors").isArray()) {
            return null;
        }
        List<String> errors = new ArrayList<>();
        body.path("errors").forEach(error -> errors.add(error.asText()));
        return errors.isEmpty() ? null : String.join("; ", errors);
    }
}
