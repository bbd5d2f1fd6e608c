package org.scriptorium.publishers.facebook;

import com.fasterxml.jackson.databind.JsonNode;
import org.scriptorium.core.InvalidInput;
import org.scriptorium.core.accounts.Account;
import org.scriptorium.core.accounts.AccountSecrets;
import org.scriptorium.core.accounts.Network;
import org.scriptorium.core.publishing.Capabilities;
import org.scriptorium.core.publishing.PlatformSchedule;
import org.scriptorium.core.publishing.OutgoingPost;
import org.scriptorium.core.publishing.PostImage;
import org.scriptorium.core.publishing.Problem;
import org.scriptorium.core.publishing.PublishException;
import org.scriptorium.core.publishing.PublishJob;
import org.scriptorium.core.publishing.Published;
import org.scriptorium.core.publishing.PublishingContext;
import org.scriptorium.publishers.common.Http;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.net.URI;
import java.text.Normalizer;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Publishes to one Facebook Page with its Page token: text to the Page feed, photos uploaded unpublished and then
 * attached to one feed post, scheduling left to Facebook when the post has a time, and the first comment added
 * afterwards. Graph has no idempotency keys, so a post whose outcome is unknown is found again by its text. A post
 * handed to Facebook ({@link PlatformSchedule}) is an unpublished post with a scheduled_publish_time, moved by
 * updating that time, cancelled by deleting it while unpublished, and looked at again by its id after its time.
 */
public final class FacebookPublisher implements PlatformSchedule {
    private static final Logger LOG = LoggerFactory.getLogger(FacebookPublisher.class);
    /** Clocks differ; a post created a little before the job's own time is still its post. */
    private static final Duration CLOCK_SLACK = Duration.ofMinutes(5);
    private static final DateTimeFormatter GRAPH_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ssZ");
    private static final String POST_FIELDS = "id,message,created_time";

    private final Account account;
    private final PublishingContext context;

    public FacebookPublisher(Account account, PublishingContext context) {
        this.account = account;
        this.context = context;
    }

    @Override
    public Network network() {
        return Network.FACEBOOK;
    }

    @Override
    public Capabilities capabilities() {
        return FacebookPostRules.CAPABILITIES;
    }

    @Override
    public List<Problem> validate(OutgoingPost post) {
        return FacebookPostRules.problems(post, context.clock().instant());
    }

    @Override
    public Published publish(PublishJob job) {
        OutgoingPost post = job.post();
        Graph graph = graph();
        boolean scheduled = post.publishAt() != null;
        Map<String, String> form = new LinkedHashMap<>();
        if (!post.text().isBlank()) {
            form.put("message", post.text());
        }
        List<PostImage> images = post.images();
        for (int i = 0; i < images.size(); i++) {
            form.put("attached_media[" + i + "]", Http.JSON.createObjectNode().put("media_fbid", uploadPhoto(graph, images.get(i), scheduled)).toString());
        }
        if (scheduled) {
            form.put("published", "false");
            form.put("scheduled_publish_time", Long.toString(post.publishAt().getEpochSecond()));
        }
        String postId = graph.post(page() + "/feed", form, true).path("id").asText("");
        if (postId.isEmpty()) {
            throw PublishException.outcomeUnknown("Facebook accepted the post without saying its id; it will be looked for before any retry.", null);
        }
        if (!scheduled && post.firstComment() != null && !post.firstComment().isBlank()) {
            addFirstComment(graph, postId, post.firstComment());
        }
        return published(postId);
    }

    /** Reactions, comments, shares and the views the Page's insights give, 50 posts a read. */
    @Override
    public Optional<org.scriptorium.core.publishing.MetricsReader> metrics() {
        return Optional.of(new FacebookMetrics(this::graph));
    }

    @Override
    public Optional<Published> reconcile(PublishJob job) {
        Graph graph = graph();
        List<JsonNode> candidates = new ArrayList<>();
        if (job.post().publishAt() != null) {
            graph.get(page() + "/scheduled_posts", Map.of("fields", POST_FIELDS, "limit", "25")).path("data").forEach(candidates::add);
        }
        // A scheduled post whose time has come has moved to the feed, so the feed is read for every job.
        graph.get(page() + "/feed", Map.of("fields", POST_FIELDS, "limit", "25")).path("data").forEach(candidates::add);
        String wanted = normalised(job.post().text());
        Instant since = job.createdAt().minus(CLOCK_SLACK);
        return candidates.stream()
                .filter(p -> wanted.equals(normalised(p.path("message").asText(""))))
                .filter(p -> createdSince(p, since))
                .map(p -> published(p.path("id").asText()))
                .findFirst();
    }

    @Override
    public Optional<String> findHandedOff(PublishJob job) {
        return reconcile(job).map(Published::postId);
    }

    /**
     * Updates the held post's scheduled_publish_time (the Page Post node takes it on update). Refused for a post that
     * has gone out: Facebook's time for it is history.
     */
    @Override
    public void move(String heldId, Instant at) {
        Graph graph = graph();
        JsonNode post = held(graph, heldId);
        if (post.path("is_published").asBoolean(true)) {
            throw new InvalidInput("That post has already gone out on Facebook, so it was left as it is.");
        }
        if (!graph.post(heldId, Map.of("scheduled_publish_time", Long.toString(at.getEpochSecond())), false).path("success").asBoolean(false)) {
            throw PublishException.rejected("Facebook did not move the scheduled post.", null);
        }
    }

    @Override
    public void cancel(String heldId) {
        cancelScheduled(heldId);
    }

    @Override
    public HeldPost check(String heldId, PublishJob job) {
        Optional<JsonNode> post = graph().find(heldId, Map.of("fields", "id,is_published,permalink_url,scheduled_publish_time"));
        if (post.isEmpty()) {
            return new HeldPost.Dropped("Facebook no longer has the post: it was deleted or cancelled on Facebook before it went out.");
        }
        if (post.get().path("is_published").asBoolean(false)) {
            String permalink = post.get().path("permalink_url").asText("");
            return new HeldPost.WentOut(permalink.isEmpty() ? published(heldId) : new Published(heldId, URI.create(permalink)));
        }
        return new HeldPost.Waiting(time(post.get().path("scheduled_publish_time")));
    }

    /** The held post as Facebook has it now; a post it no longer has is a refusal with that reason. */
    private static JsonNode held(Graph graph, String heldId) {
        return graph.find(heldId, Map.of("fields", "id,is_published")).orElseThrow(() -> new InvalidInput(
                "Facebook no longer has that post (it was deleted there); Scriptorium marks it at its next check."));
    }

    /** The posts Facebook is holding for this Page until their time, soonest first as Facebook lists them. */
    public List<ScheduledOnPlatform> scheduledPosts() {
        return graph().list(page() + "/scheduled_posts", Map.of("fields", "id,message,scheduled_publish_time", "limit", "100")).stream()
                .map(p -> new ScheduledOnPlatform(p.path("id").asText(), p.path("message").asText(""), time(p.path("scheduled_publish_time"))))
                .toList();
    }

    /** Cancels a post Facebook is holding; refuses one that has already gone out, which deleting would remove from the Page. */
    public void cancelScheduled(String postId) {
        Graph graph = graph();
        JsonNode post = held(graph, postId);
        if (post.path("is_published").asBoolean(true)) {
            throw new InvalidInput("That post has already gone out on Facebook, so it was left as it is.");
        }
        if (!graph.delete(postId).path("success").asBoolean(false)) {
            throw PublishException.rejected("Facebook did not cancel the scheduled post.", null);
        }
    }

    /**
     * Uploads a photo without publishing it, for one post to carry. Graph has no alt text for Page photos (it writes
     * its own), so the image's alt text is not sent. A scheduled post needs its photos kept until its time: temporary.
     */
    private String uploadPhoto(Graph graph, PostImage image, boolean forScheduledPost) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("published", "false");
        if (forScheduledPost) {
            fields.put("temporary", "true");
        }
        String id = graph.upload(page() + "/photos", fields, image).path("id").asText("");
        if (id.isEmpty()) {
            throw PublishException.retryable("Facebook took the photo " + image.file().getFileName() + " without saying its id; it will be tried again.",
                    null, null);
        }
        return id;
    }

    /** The post is out whatever happens here: a comment that fails is reported, never a reason to publish again. */
    private void addFirstComment(Graph graph, String postId, String comment) {
        try {
            graph.post(postId + "/comments", Map.of("message", comment), true);
        } catch (RuntimeException e) {
            LOG.warn("Facebook post {} is published, but its first comment was not added: {}", postId, e.getMessage());
        }
    }

    private Graph graph() {
        AccountSecrets secrets = context.accounts().secrets();
        String token = secrets.get(account.id(), AccountSecrets.Kind.ACCESS_TOKEN).orElseThrow(() -> PublishException.authExpired(
                "The Facebook Page " + account.name() + " has no stored sign-in; connect it again."));
        return new Graph(context, token, secrets.clientSecret(Network.FACEBOOK).orElse(null));
    }

    private String page() {
        return account.externalId();
    }

    private static Published published(String postId) {
        return new Published(postId, URI.create("https://www.facebook.com/" + postId));
    }

    /** The text as Facebook gives it back: line ends unified, trailing spaces dropped, composed characters. */
    static String normalised(String text) {
        String unified = Normalizer.normalize(text == null ? "" : text, Normalizer.Form.NFC).replace("\r\n", "\n").replace('\r', '\n');
        return unified.lines().map(String::stripTrailing).reduce((a, b) -> a + "\n" + b).orElse("").strip();
    }

    private static boolean createdSince(JsonNode post, Instant since) {
        Instant created = time(post.path("created_time"));
        return created == null || !created.isBefore(since);
    }

    /** A Graph time: Unix seconds, or "2026-11-23T14:00:00+0000". Null when absent or unreadable. */
    private static Instant time(JsonNode value) {
        if (value.isNumber()) {
            return Instant.ofEpochSecond(value.asLong());
        }
        String text = value.asText("");
        if (text.isEmpty()) {
            return null;
        }
        try {
            return OffsetDateTime.parse(text, GRAPH_TIME).toInstant();
        } catch (DateTimeParseException notGraphFormat) {
            try {
                return OffsetDateTime.parse(text).toInstant();
            } catch (DateTimeParseException unreadable) {
                return null;
            }
        }
    }
}
