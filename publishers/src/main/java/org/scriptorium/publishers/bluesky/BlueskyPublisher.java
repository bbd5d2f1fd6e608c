package org.scriptorium.publishers.bluesky;

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
import org.scriptorium.core.writing.social.Platform;
import org.scriptorium.core.writing.social.PlatformRules;
import org.scriptorium.publishers.common.Http;
import org.scriptorium.publishers.common.ImageChecks;
import org.scriptorium.publishers.common.ImageLimits;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Posts to Bluesky: an {@code app.bsky.feed.post} record with facets for links, mentions and hashtags, images as
 * uploaded blobs with their alt text, written under a record key derived from the job, so a repeat of the job cannot
 * make a second post and reconciliation is a lookup of that key. (Today's PDS answers a repeated key with a 500, which
 * is an unknown outcome like any 5xx to a create: the engine looks the key up before anything else.)
 */
final class BlueskyPublisher implements Publisher {
    /**
     * Up to 4 images, each blob at most 1,000,000 bytes, no pixel limit: the app.bsky.embed.images lexicon
     * (github.com/bluesky-social/atproto, lexicons/app/bsky/embed/images.json).
     */
    static final ImageLimits IMAGES = new ImageLimits(4, 1_000_000, 0);
    static final Capabilities CAPABILITIES = new Capabilities(PlatformRules.of(Platform.BLUESKY).limit(), IMAGES.perPost(), IMAGES.bytes(), false, false, true);
    private static final String COLLECTION = "app.bsky.feed.post";

    private final PublishingContext context;
    private final Account account;
    private final Xrpc xrpc;

    BlueskyPublisher(PublishingContext context, Account account) {
        this.context = context;
        this.account = account;
        this.xrpc = new Xrpc(context, account);
    }

    @Override
    public Network network() {
        return Network.BLUESKY;
    }

    @Override
    public Capabilities capabilities() {
        return CAPABILITIES;
    }

    @Override
    public Optional<org.scriptorium.core.publishing.MetricsReader> metrics() {
        return Optional.of(new BlueskyMetrics(xrpc));
    }

    @Override
    public List<Problem> validate(OutgoingPost post) {
        List<Problem> problems = new ArrayList<>();
        PlatformRules rules = PlatformRules.of(Network.BLUESKY.platform());
        if (post.text().isBlank() && post.images().isEmpty()) {
            problems.add(new Problem("The post is empty."));
        }
        rules.issues(post.text()).forEach(issue -> problems.add(new Problem(issue.message()))); // graphemes and bytes
        problems.addAll(ImageChecks.problems(post.images(), IMAGES, "Bluesky"));
        if (post.publishAt() != null) {
            problems.add(new Problem("Bluesky cannot hold a post until a set time; Scriptorium publishes it when it is due."));
        }
        return problems;
    }

    @Override
    public Published publish(PublishJob job) {
        String rkey = RecordKey.of(job.id(), job.createdAt());
        ObjectNode record = Http.JSON.createObjectNode();
        record.put("$type", COLLECTION);
        record.put("text", job.post().text());
        // The time of this attempt: the app shows a post by it, and marks one that claims to be a day old as archived.
        record.put("createdAt", context.clock().instant().toString());
        ArrayNode facets = Facets.of(job.post().text(), this::resolveHandle);
        if (!facets.isEmpty()) {
            record.set("facets", facets);
        }
        if (!job.post().images().isEmpty()) {
            ObjectNode embed = record.putObject("embed");
            embed.put("$type", "app.bsky.embed.images");
            ArrayNode images = embed.putArray("images");
            for (PostImage image : job.post().images()) {
                images.addObject().put("alt", image.altText() == null ? "" : image.altText()).set("image", upload(image));
            }
        }
        ObjectNode body = Http.JSON.createObjectNode().put("repo", account.externalId()).put("collection", COLLECTION).put("rkey", rkey);
        body.set("record", record);
        try {
            JsonNode created = xrpc.post("com.atproto.repo.createRecord", body, true);
            return published(created.path("uri").asText(), rkey);
        } catch (PublishException e) {
            // The key is the job's: "already exists" means an earlier attempt of this job made the post.
            if (e.kind() == PublishException.Kind.REJECTED && String.valueOf(e.platformMessage()).toLowerCase(java.util.Locale.ROOT).contains("already exists")) {
                return reconcile(job).orElseThrow(() -> e);
            }
            throw e;
        }
    }

    @Override
    public Optional<Published> reconcile(PublishJob job) {
        String rkey = RecordKey.of(job.id(), job.createdAt());
        Http.Answer answer = xrpc.getAnswer("com.atproto.repo.getRecord",
                Map.of("repo", account.externalId(), "collection", COLLECTION, "rkey", rkey));
        if (answer.status() == 400 && answer.json().path("error").asText().equals("RecordNotFound")) {
            return Optional.empty();
        }
        Xrpc.check(answer, context.clock().instant());
        return Optional.of(published(answer.json().path("uri").asText(), rkey));
    }

    private Published published(String uri, String rkey) {
        return new Published(uri, URI.create("https://bsky.app/profile/" + account.handle() + "/post/" + rkey));
    }

    private JsonNode upload(PostImage image) {
        try {
            return xrpc.upload(Files.readAllBytes(image.file()), image.mimeType()).path("blob");
        } catch (IOException e) {
            throw PublishException.rejected("The image " + image.file() + " cannot be read.", null);
        }
    }

    private String resolveHandle(String handle) {
        Http.Answer answer = xrpc.getAnswer("com.atproto.identity.resolveHandle", Map.of("handle", handle));
        return answer.ok() ? answer.json().path("did").asText(null) : null;
    }
}
