package org.scriptorium.publishers.linkedin;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.scriptorium.core.accounts.Account;
import org.scriptorium.core.accounts.Network;
import org.scriptorium.core.publishing.Capabilities;
import org.scriptorium.core.publishing.OutgoingPost;
import org.scriptorium.core.publishing.PostImage;
import org.scriptorium.core.publishing.Problem;
import org.scriptorium.core.publishing.PublishException;
import org.scriptorium.core.publishing.PublishJob;
import org.scriptorium.core.publishing.Published;
import org.scriptorium.core.publishing.Publisher;
import org.scriptorium.core.publishing.PublishingContext;
import org.scriptorium.publishers.common.Http;

import java.io.IOException;
import java.nio.file.Files;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Publishes to one LinkedIn member or organization page through the Posts API: images are uploaded first (Images
 * API), then one POST creates the post, which is never repeated here. LinkedIn has no idempotency keys, so a post
 * whose creation timed out is looked for among the author's latest posts by its text.
 */
public final class LinkedInPublisher implements Publisher {
    /** How far LinkedIn's clock may be behind ours when telling a post of this job from an older one with the same text. */
    private static final Duration CLOCK_SLACK = Duration.ofMinutes(10);
    private static final int RECENT_POSTS = 20;

    private final PublishingContext context;
    private final LinkedInTokens tokens;

    public LinkedInPublisher(Account account, PublishingContext context) {
        if (account.network() != Network.LINKEDIN) {
            throw new IllegalArgumentException("Not a LinkedIn account: " + account.network());
        }
        this.context = context;
        this.tokens = new LinkedInTokens(account, context);
    }

    @Override
    public Network network() {
        return Network.LINKEDIN;
    }

    @Override
    public Capabilities capabilities() {
        return LinkedInRules.CAPABILITIES;
    }

    @Override
    public List<Problem> validate(OutgoingPost post) {
        return LinkedInRules.validate(post);
    }

    /** Member post analytics or a page's share statistics, as the account's permissions allow. */
    @Override
    public Optional<org.scriptorium.core.publishing.MetricsReader> metrics() {
        return Optional.of(new LinkedInMetrics(tokens.account(), () -> new LinkedInRest(context, tokens.accessToken())));
    }

    @Override
    public Published publish(PublishJob job) {
        LinkedInRest rest = new LinkedInRest(context, tokens.accessToken());
        String author = tokens.account().externalId();
        List<String> images = new ArrayList<>();
        for (PostImage image : job.post().images()) {
            images.add(upload(rest, author, image));
        }
        Http.Answer answer = rest.post(rest.rest("posts").build(), body(author, job.post(), images), true);
        String urn = answer.header("x-restli-id");
        if (urn == null || urn.isBlank()) {
            // Created (2xx) but unnamed: the post exists, and reconciling finds it by its text.
            throw PublishException.outcomeUnknown("LinkedIn accepted the post without saying its id; it will be looked for before any retry.", null);
        }
        return new Published(urn, LinkedInRest.postAddress(urn));
    }

    /**
     * Finds the post among the author's latest ones by its text, created no earlier than the job. Empty only when
     * the listing answered and the post is not in it; a listing that fails throws, since then nothing is certain.
     */
    @Override
    public Optional<Published> reconcile(PublishJob job) {
        LinkedInRest rest = new LinkedInRest(context, tokens.accessToken());
        String author = tokens.account().externalId();
        JsonNode posts = rest.get(rest.rest("posts").addQueryParameter("author", author).addQueryParameter("q", "author")
                .addQueryParameter("count", String.valueOf(RECENT_POSTS)), true);
        String wanted = LittleText.plain(LittleText.commentary(job.post().text())).strip();
        Instant notBefore = job.createdAt() == null ? Instant.EPOCH : job.createdAt().minus(CLOCK_SLACK);
        for (JsonNode post : posts.path("elements")) {
            String id = post.path("id").asText("");
            boolean sameText = LittleText.plain(post.path("commentary").asText("")).strip().equals(wanted);
            boolean recent = !post.has("createdAt") || !Instant.ofEpochMilli(post.path("createdAt").asLong()).isBefore(notBefore);
            if (!id.isBlank() && sameText && recent) {
                return Optional.of(new Published(id, LinkedInRest.postAddress(id)));
            }
        }
        return Optional.empty();
    }

    /** The Posts API body: the author, the escaped commentary, public on the main feed, and its image or images. */
    static ObjectNode body(String author, OutgoingPost post, List<String> imageUrns) {
        ObjectNode body = Http.JSON.createObjectNode();
        body.put("author", author);
        body.put("commentary", LittleText.commentary(post.text()));
        body.put("visibility", "PUBLIC");
        ObjectNode distribution = body.putObject("distribution");
        distribution.put("feedDistribution", "MAIN_FEED");
        distribution.putArray("targetEntities");
        distribution.putArray("thirdPartyDistributionChannels");
        if (imageUrns.size() == 1) {
            media(body.putObject("content").putObject("media"), imageUrns.getFirst(), post.images().getFirst());
        } else if (imageUrns.size() > 1) {
            ArrayNode list = body.putObject("content").putObject("multiImage").putArray("images");
            for (int i = 0; i < imageUrns.size(); i++) {
                media(list.addObject(), imageUrns.get(i), post.images().get(i));
            }
        }
        body.put("lifecycleState", "PUBLISHED");
        body.put("isReshareDisabledByAuthor", false);
        return body;
    }

    private static void media(ObjectNode node, String urn, PostImage image) {
        node.put("id", urn);
        if (image.altText() != null && !image.altText().isBlank()) {
            node.put("altText", image.altText());
        }
    }

    /** Registers the image with LinkedIn (owned by the author, as LinkedIn requires), then sends its bytes; returns its URN. */
    private String upload(LinkedInRest rest, String author, PostImage image) {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(image.file());
        } catch (IOException e) {
            throw PublishException.rejected("The image " + image.file().getFileName() + " cannot be read.", null);
        }
        ObjectNode request = Http.JSON.createObjectNode();
        request.putObject("initializeUploadRequest").put("owner", author);
        JsonNode value = rest.post(rest.rest("images").addQueryParameter("action", "initializeUpload").build(), request, false).json().path("value");
        String uploadUrl = value.path("uploadUrl").asText("");
        String urn = value.path("image").asText("");
        if (uploadUrl.isBlank() || urn.isBlank()) {
            throw PublishException.retryable("LinkedIn did not give an address to upload " + image.file().getFileName()
                    + " to; it will be tried again.", null, null);
        }
        rest.upload(uploadUrl, bytes, image.mimeType());
        return urn;
    }
}
