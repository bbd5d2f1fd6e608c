package org.scriptorium.publishers.mastodon;

import com.fasterxml.jackson.databind.JsonNode;
import okhttp3.FormBody;
import okhttp3.MediaType;
import okhttp3.MultipartBody;
import okhttp3.Request;
import okhttp3.RequestBody;
import org.jsoup.Jsoup;
import org.scriptorium.core.InvalidInput;
import org.scriptorium.core.accounts.Account;
import org.scriptorium.core.accounts.AccountSecrets.Kind;
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
import org.scriptorium.core.writing.social.Platform;
import org.scriptorium.core.writing.social.PlatformRules;
import org.scriptorium.publishers.common.Http;
import org.scriptorium.publishers.common.ImageChecks;
import org.scriptorium.publishers.common.ImageLimits;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Posts to a Mastodon server: images uploaded with their descriptions, then the status with an Idempotency-Key (the
 * same for every attempt of a job, so the server answers a repeat with the first status), or a scheduled status where
 * a publish time is set. Reconciliation looks for the text among the account's latest statuses. A post handed to the
 * server ({@link PlatformSchedule}) is a ScheduledStatus: moved and cancelled through /api/v1/scheduled_statuses, and
 * once the server no longer lists it, found among the account's statuses by its text.
 */
final class MastodonPublisher implements PlatformSchedule {
    /**
     * A Mastodon server's defaults, which its admin may change (the server names its own under configuration in
     * GET /api/v2/instance, docs.joinmastodon.org/entities/Instance): 4 attachments; images under 16 MiB
     * (MediaAttachment::IMAGE_LIMIT, checked "less than"; mastodon.social reports image_size_limit 16777216) and of at
     * most 33,177,600 pixels, 7680 × 4320 (Attachmentable::MAX_MATRIX_LIMIT, reported as image_matrix_limit).
     */
    static final ImageLimits IMAGES = new ImageLimits(4, 16L * 1024 * 1024 - 1, 33_177_600);
    static final Capabilities CAPABILITIES = new Capabilities(PlatformRules.of(Platform.MASTODON).limit(), IMAGES.perPost(), IMAGES.bytes(), false, true, true);
    private static final Duration LEAST_SCHEDULING_LEAD = Duration.ofMinutes(5);
    /**
     * The server publishes scheduled statuses in a job that runs every few minutes, and removes the scheduled status
     * just before it creates the status: a post not yet found this soon after its time is not yet taken for lost.
     */
    private static final Duration PUBLISHING_GRACE = Duration.ofMinutes(10);
    private static final String SCHEDULED = "/api/v1/scheduled_statuses";

    private final PublishingContext context;
    private final Account account;

    MastodonPublisher(PublishingContext context, Account account) {
        this.context = context;
        this.account = account;
    }

    @Override
    public Network network() {
        return Network.MASTODON;
    }

    @Override
    public Capabilities capabilities() {
        return CAPABILITIES;
    }

    @Override
    public List<Problem> validate(OutgoingPost post) {
        List<Problem> problems = new ArrayList<>();
        if (post.text().isBlank() && post.images().isEmpty()) {
            problems.add(new Problem("The post is empty."));
        }
        PlatformRules.of(Network.MASTODON.platform()).issues(post.text()).forEach(issue -> problems.add(new Problem(issue.message())));
        problems.addAll(ImageChecks.problems(post.images(), IMAGES, "Mastodon"));
        if (post.publishAt() != null && post.publishAt().isBefore(context.clock().instant().plus(LEAST_SCHEDULING_LEAD))) {
            problems.add(new Problem("Mastodon schedules posts at least 5 minutes ahead."));
        }
        return problems;
    }

    @Override
    public Published publish(PublishJob job) {
        FormBody.Builder form = new FormBody.Builder().add("status", job.post().text()).add("visibility", "public");
        for (PostImage image : job.post().images()) {
            form.add("media_ids[]", upload(image));
        }
        if (job.post().publishAt() != null) {
            form.add("scheduled_at", job.post().publishAt().toString());
        }
        Http.Answer answer = Http.send(context, authorized("/api/v1/statuses").header("Idempotency-Key", job.idempotencyKey())
                .post(form.build()).build(), true, "Mastodon");
        check(answer);
        JsonNode status = answer.json();
        if (job.post().publishAt() != null) { // a ScheduledStatus: it has no public address until it goes out
            return new Published(status.path("id").asText(), account.apiBase().resolve("/scheduled_statuses"));
        }
        return new Published(status.path("id").asText(), URI.create(status.path("url").asText()));
    }

    @Override
    public Optional<Published> reconcile(PublishJob job) {
        Http.Answer answer = Http.send(context, authorized("/api/v1/accounts/" + account.externalId() + "/statuses?limit=40&exclude_reblogs=true")
                .get().build(), false, "Mastodon");
        check(answer);
        String wanted = normalized(job.post().text());
        for (JsonNode status : answer.json()) {
            // The server keeps the text as HTML; compare what a reader sees.
            String text = normalized(Jsoup.parse(status.path("content").asText()).wholeText());
            Instant created = Instant.parse(status.path("created_at").asText(job.createdAt().toString()));
            if (text.equals(wanted) && !created.isBefore(job.createdAt().minusSeconds(60))) {
                return Optional.of(new Published(status.path("id").asText(), URI.create(status.path("url").asText())));
            }
        }
        return Optional.empty();
    }

    @Override
    public Optional<String> findHandedOff(PublishJob job) {
        Http.Answer answer = Http.send(context, authorized(SCHEDULED + "?limit=40").get().build(), false, "Mastodon");
        check(answer);
        String wanted = normalized(job.post().text());
        for (JsonNode scheduled : answer.json()) {
            if (normalized(scheduled.path("params").path("text").asText("")).equals(wanted)) {
                return Optional.of(scheduled.path("id").asText());
            }
        }
        // Its time may have come meanwhile: then it is one of the account's statuses.
        return reconcile(job).map(Published::postId);
    }

    @Override
    public void move(String heldId, Instant at) {
        Http.Answer answer = Http.send(context, authorized(SCHEDULED + "/" + heldId)
                .put(new FormBody.Builder().add("scheduled_at", at.toString()).build()).build(), false, "Mastodon");
        if (answer.status() == 404) {
            throw noLongerHeld();
        }
        if (answer.status() == 422) {
            String said = answer.json().path("error").asText("");
            throw PublishException.rejected("Mastodon refused the new time: " + said, said);
        }
        check(answer);
    }

    @Override
    public void cancel(String heldId) {
        Http.Answer answer = Http.send(context, authorized(SCHEDULED + "/" + heldId).delete().build(), false, "Mastodon");
        if (answer.status() == 404) {
            throw noLongerHeld();
        }
        check(answer);
    }

    @Override
    public HeldPost check(String heldId, PublishJob job) {
        Http.Answer answer = Http.send(context, authorized(SCHEDULED + "/" + heldId).get().build(), false, "Mastodon");
        if (answer.ok()) {
            return new HeldPost.Waiting(Instant.parse(answer.json().path("scheduled_at").asText()));
        }
        if (answer.status() != 404) {
            check(answer);
        }
        Optional<Published> out = reconcile(job);
        if (out.isPresent()) {
            return new HeldPost.WentOut(out.get());
        }
        Instant due = job.post().publishAt();
        if (due != null && context.clock().instant().isBefore(due.plus(PUBLISHING_GRACE))) {
            return new HeldPost.Waiting(null);
        }
        return new HeldPost.Dropped("Mastodon no longer holds the post and it is not among the account's posts: it was deleted there, "
                + "or the server did not publish it.");
    }

    private static InvalidInput noLongerHeld() {
        return new InvalidInput("Mastodon no longer holds that post: it has gone out or was deleted there. Scriptorium marks which at its next check.");
    }

    private String upload(PostImage image) {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(image.file());
        } catch (IOException e) {
            throw PublishException.rejected("The image " + image.file() + " cannot be read.", null);
        }
        MultipartBody body = new MultipartBody.Builder().setType(MultipartBody.FORM)
                .addFormDataPart("file", image.file().getFileName().toString(), RequestBody.create(bytes, MediaType.get(image.mimeType())))
                .addFormDataPart("description", image.altText() == null ? "" : image.altText()).build();
        Http.Answer answer = Http.send(context, authorized("/api/v2/media").post(body).build(), false, "Mastodon");
        check(answer);
        return answer.json().path("id").asText();
    }

    /**
     * What statuses did: {@code GET /api/v1/statuses/:id}, one status a call (every Mastodon version has it), with its
     * favourites, replies and boosts; a status the server no longer has (404) is gone.
     */
    @Override
    public Optional<org.scriptorium.core.publishing.MetricsReader> metrics() {
        return Optional.of(new org.scriptorium.core.publishing.MetricsReader() {
            @Override
            public int batchSize() {
                return 1;
            }

            @Override
            public java.util.Map<String, Reading> read(List<String> ids) {
                java.util.Map<String, Reading> read = new java.util.LinkedHashMap<>();
                for (String id : ids) {
                    Http.Answer answer = Http.send(context, authorized("/api/v1/statuses/" + id).get().build(), false, "Mastodon");
                    if (answer.status() == 404) {
                        read.put(id, Reading.gone());
                        continue;
                    }
                    check(answer);
                    JsonNode status = answer.json();
                    read.put(id, Reading.measured(new org.scriptorium.core.publishing.PostCounts(count(status, "favourites_count"),
                            count(status, "replies_count"), count(status, "reblogs_count"), null, null, null)));
                }
                return read;
            }
        });
    }

    /** A count the status has, or null when the server does not say. */
    private static Long count(JsonNode status, String field) {
        return status.hasNonNull(field) ? status.path(field).asLong() : null;
    }

    private Request.Builder authorized(String path) {
        String token = context.accounts().secrets().get(account.id(), Kind.ACCESS_TOKEN)
                .orElseThrow(() -> PublishException.authExpired("The Mastodon account " + account.handle() + " has no token here; connect it again."));
        return new Request.Builder().url(account.apiBase().resolve(path).toString()).header("Authorization", "Bearer " + token);
    }

    private void check(Http.Answer answer) {
        if (answer.ok()) {
            return;
        }
        String message = answer.json().path("error").asText("HTTP " + answer.status());
        Instant now = context.clock().instant();
        if (answer.status() == 401) {
            throw PublishException.authExpired("Mastodon no longer accepts the token of " + account.handle() + "; connect the account again.");
        }
        if (answer.status() == 429) {
            Duration wait = answer.retryAfter(now);
            String reset = answer.header("X-RateLimit-Reset");
            if (wait == null && reset != null) {
                try {
                    wait = Duration.between(now, Instant.parse(reset));
                } catch (RuntimeException notATime) {
                    wait = null;
                }
            }
            throw PublishException.retryable("Mastodon is limiting how fast this account can post; trying again later.",
                    wait == null || wait.isNegative() ? Duration.ofMinutes(5) : wait, null);
        }
        if (answer.status() >= 500) {
            throw PublishException.retryable("The Mastodon server had an error (" + answer.status() + "); trying again later.", answer.retryAfter(now), null);
        }
        throw PublishException.rejected("Mastodon refused the post: " + message, message);
    }

    private static String normalized(String text) {
        return text.replaceAll("\\s+", " ").strip();
    }
}
