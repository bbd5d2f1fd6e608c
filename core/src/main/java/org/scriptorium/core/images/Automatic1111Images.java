package org.scriptorium.core.images;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import org.scriptorium.core.Progress;
import org.scriptorium.core.writing.ai.ProviderException;
import org.scriptorium.core.writing.ai.ProviderException.Kind;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.Base64;

/**
 * A Stable Diffusion web UI on this machine or the network (Automatic1111 or Forge, started with {@code --api}):
 * {@code POST /sdapi/v1/txt2img}. Sizes are kept in the shape asked for, within what the models handle.
 */
public final class Automatic1111Images implements ImageProvider {
    public static final URI DEFAULT_BASE = URI.create("http://127.0.0.1:7860");
    public static final int MAX_SIDE = 1536;
    public static final int STEPS = 25;

    private static final MediaType JSON_TYPE = MediaType.get("application/json; charset=utf-8");

    private final ImageServiceClient http;

    public Automatic1111Images(URI baseUrl) {
        this(new OkHttpClient(), baseUrl, ImageTimeouts.DEFAULTS);
    }

    public Automatic1111Images(OkHttpClient client, URI baseUrl, ImageTimeouts timeouts) {
        this.http = new ImageServiceClient(client, "Automatic1111", baseUrl == null ? DEFAULT_BASE : baseUrl, null,
                timeouts, Clock.systemUTC(), "is Automatic1111/Forge running with --api?");
    }

    @Override
    public String name() {
        return "automatic1111";
    }

    /** The size sent: scaled down to at most {@link #MAX_SIDE} a side, each side a multiple of 8 as the models need. */
    public static ImageSize generationSize(ImageSize wanted) {
        double scale = Math.min(1.0, (double) MAX_SIDE / Math.max(wanted.width(), wanted.height()));
        return new ImageSize(multipleOf8(wanted.width() * scale), multipleOf8(wanted.height() * scale));
    }

    private static int multipleOf8(double side) {
        return Math.max(64, Math.min(MAX_SIDE, (int) Math.round(side / 8.0) * 8));
    }

    @Override
    public GeneratedImage generate(ImageRequest request, Progress progress) {
        ImageSize size = generationSize(request.size());
        ObjectNode body = ImageServiceClient.JSON.createObjectNode()
                .put("prompt", request.prompt() == null ? "" : request.prompt().strip())
                .put("negative_prompt", request.negativePrompt() == null ? "" : request.negativePrompt().strip())
                .put("width", size.width())
                .put("height", size.height())
                .put("steps", STEPS);
        Request post = new Request.Builder().url(http.url("/sdapi/v1/txt2img"))
                .post(RequestBody.create(body.toString(), JSON_TYPE))
                .build();
        long start = System.nanoTime();
        progress.update(-1, "Generating a " + size + " image at " + http.address() + "…");
        ImageServiceClient.Reply reply = http.send(post, progress);
        if (reply.code() == 404) {
            throw new ProviderException(Kind.NOT_RUNNING, "Something answers at " + http.address()
                    + " but not the image API: start Automatic1111/Forge with --api.");
        }
        if (!reply.ok()) {
            JsonNode error = ImageServiceClient.jsonOrNull(reply);
            throw http.failure(reply, error == null ? null : firstText(error, "error", "detail", "errors"));
        }
        byte[] image = decode(http.json(reply));
        progress.update(1, "Image received.");
        String model = request.model() == null || request.model().isBlank() ? "loaded checkpoint" : request.model();
        return new GeneratedImage(image, ImageBytes.mediaType(image), name(), model, request.prompt(),
                Duration.ofMillis(ImageServiceClient.elapsedSince(start)));
    }

    private static byte[] decode(JsonNode answer) {
        String b64 = answer.path("images").path(0).asText(null);
        if (b64 == null || b64.isBlank()) {
            throw new ProviderException(Kind.MALFORMED, "Automatic1111 answered without an image.");
        }
        // Some versions prefix a data URL header.
        int comma = b64.startsWith("data:") ? b64.indexOf(',') : -1;
        byte[] image;
        try {
            image = Base64.getMimeDecoder().decode(b64.substring(comma + 1));
        } catch (IllegalArgumentException e) {
            throw new ProviderException(Kind.MALFORMED, "Automatic1111 sent an image Scriptorium cannot decode.", null, e);
        }
        if (ImageBytes.mediaType(image) == null) {
            throw new ProviderException(Kind.MALFORMED, "Automatic1111 sent something that is not an image.");
        }
        return image;
    }

    private static String firstText(JsonNode error, String... fields) {
        for (String field : fields) {
            JsonNode value = error.path(field);
            if (value.isTextual() && !value.asText().isBlank()) {
                return value.asText();
            }
        }
        return null;
    }
}
