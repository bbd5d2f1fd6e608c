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
import java.util.List;
import java.util.Locale;

/**
 * OpenAI's image generation ({@code POST /images/generations}), or any service that copies it. The models only
 * make a few sizes, so the nearest one is asked for and the caller resizes to the platform size.
 */
public final class OpenAiImages implements ImageProvider {
    public static final URI DEFAULT_BASE = URI.create("https://api.openai.com/v1");
    public static final String DEFAULT_MODEL = "gpt-image-1";

    private static final MediaType JSON_TYPE = MediaType.get("application/json; charset=utf-8");
    private static final List<ImageSize> GPT_IMAGE_SIZES = List.of(
            new ImageSize(1024, 1024), new ImageSize(1536, 1024), new ImageSize(1024, 1536));
    private static final List<ImageSize> DALL_E_3_SIZES = List.of(
            new ImageSize(1024, 1024), new ImageSize(1792, 1024), new ImageSize(1024, 1792));
    private static final List<ImageSize> DALL_E_2_SIZES = List.of(
            new ImageSize(256, 256), new ImageSize(512, 512), new ImageSize(1024, 1024));

    private final ImageServiceClient http;
    private final String defaultModel;

    public OpenAiImages(URI baseUrl, String apiKey, String defaultModel) {
        this(new OkHttpClient(), baseUrl, apiKey, defaultModel, ImageTimeouts.DEFAULTS);
    }

    public OpenAiImages(OkHttpClient client, URI baseUrl, String apiKey, String defaultModel, ImageTimeouts timeouts) {
        this.http = new ImageServiceClient(client, "OpenAI", baseUrl == null ? DEFAULT_BASE : baseUrl, apiKey, timeouts,
                Clock.systemUTC(), null);
        this.defaultModel = defaultModel == null || defaultModel.isBlank() ? DEFAULT_MODEL : defaultModel.strip();
    }

    @Override
    public String name() {
        return "openai";
    }

    /** The sizes a model makes; unknown models are assumed to follow gpt-image-1. */
    public static List<ImageSize> supportedSizes(String model) {
        String name = model == null ? "" : model.toLowerCase(Locale.ROOT);
        if (name.startsWith("dall-e-3")) {
            return DALL_E_3_SIZES;
        }
        if (name.startsWith("dall-e-2")) {
            return DALL_E_2_SIZES;
        }
        return GPT_IMAGE_SIZES;
    }

    /** The supported size closest in shape to {@code wanted}; among equal shapes, the one closest in area. */
    public static ImageSize nearestSize(String model, ImageSize wanted) {
        ImageSize best = null;
        double bestScore = Double.MAX_VALUE;
        for (ImageSize size : supportedSizes(model)) {
            double shape = Math.abs(Math.log((double) size.width() / size.height() / ((double) wanted.width() / wanted.height())));
            double area = Math.abs(Math.log((double) size.width() * size.height() / ((double) wanted.width() * wanted.height())));
            double score = shape * 10 + area; // shape matters far more: the caller crops, and a wrong shape loses content
            if (score < bestScore) {
                best = size;
                bestScore = score;
            }
        }
        return best;
    }

    @Override
    public GeneratedImage generate(ImageRequest request, Progress progress) {
        String model = request.model() == null || request.model().isBlank() ? defaultModel : request.model().strip();
        ImageSize size = nearestSize(model, request.size());
        ObjectNode body = ImageServiceClient.JSON.createObjectNode()
                .put("model", model)
                .put("prompt", promptWithAvoidances(request))
                .put("n", 1)
                .put("size", size.toString());
        if (model.toLowerCase(Locale.ROOT).startsWith("dall-e")) {
            body.put("response_format", "b64_json"); // the gpt-image models always answer in base64 and reject this field
        }
        Request http = this.http.authorized(new Request.Builder().url(this.http.url("/images/generations")))
                .post(RequestBody.create(body.toString(), JSON_TYPE))
                .build();
        long start = System.nanoTime();
        progress.update(-1, "Asking OpenAI for a " + size + " image…");
        ImageServiceClient.Reply reply = this.http.send(http, progress);
        if (!reply.ok()) {
            throw failure(reply, model);
        }
        byte[] image = decode(this.http.json(reply));
        progress.update(1, "Image received.");
        return new GeneratedImage(image, ImageBytes.mediaType(image), name(), model, request.prompt(),
                Duration.ofMillis(ImageServiceClient.elapsedSince(start)));
    }

    /** OpenAI has no negative prompt, so what to avoid is said in words. */
    private static String promptWithAvoidances(ImageRequest request) {
        String prompt = request.prompt() == null ? "" : request.prompt().strip();
        if (request.negativePrompt() == null || request.negativePrompt().isBlank()) {
            return prompt;
        }
        return prompt + "\n\nAvoid: " + request.negativePrompt().strip();
    }

    private byte[] decode(JsonNode answer) {
        JsonNode first = answer.path("data").path(0);
        String b64 = first.path("b64_json").asText(null);
        if (b64 == null || b64.isBlank()) {
            String detail = first.has("url") ? " (it sent a link instead of the image)" : "";
            throw new ProviderException(Kind.MALFORMED, "OpenAI answered without an image" + detail + ".");
        }
        byte[] image;
        try {
            image = Base64.getMimeDecoder().decode(b64);
        } catch (IllegalArgumentException e) {
            throw new ProviderException(Kind.MALFORMED, "OpenAI sent an image Scriptorium cannot decode.", null, e);
        }
        if (ImageBytes.mediaType(image) == null) {
            throw new ProviderException(Kind.MALFORMED, "OpenAI sent something that is not an image.");
        }
        return image;
    }

    private ProviderException failure(ImageServiceClient.Reply reply, String model) {
        JsonNode error = ImageServiceClient.jsonOrNull(reply);
        JsonNode detail = error == null ? null : error.path("error");
        String message = detail == null ? null : detail.path("message").asText(null);
        String code = detail == null ? "" : detail.path("code").asText("");
        if (reply.code() == 404 || "model_not_found".equals(code)) {
            return new ProviderException(Kind.UNKNOWN_MODEL, "OpenAI does not offer the image model " + model
                    + " at this address; check the model name and the base URL.");
        }
        return http.failure(reply, message);
    }
}
