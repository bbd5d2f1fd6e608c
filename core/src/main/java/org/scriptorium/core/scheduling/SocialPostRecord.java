package org.scriptorium.core.scheduling;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import org.scriptorium.core.store.SyncableEntity;

import java.time.Instant;
import java.time.ZoneId;
import java.util.UUID;

/** A social post's row. The idempotency key and job time stay the same for every attempt of one version of the text. */
@Entity
@Table(name = "social_posts")
public class SocialPostRecord extends SyncableEntity {
    @Column(name = "account_id", nullable = false)
    private UUID accountId;
    @Column(name = "draft_id")
    private UUID draftId;
    @Column(name = "body", nullable = false)
    private String body;
    @Column(name = "media", length = 8000)
    private String media;
    @Column(name = "first_comment", length = 8000)
    private String firstComment;
    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 20)
    private PostStatus status;
    @Column(name = "scheduled_at")
    private Instant scheduledAt;
    @Column(name = "planned_zone", nullable = false, length = 64)
    private String plannedZone;
    @Column(name = "next_attempt_at")
    private Instant nextAttemptAt;
    @Column(name = "idempotency_key", nullable = false, length = 64)
    private String idempotencyKey;
    @Column(name = "job_created_at", nullable = false)
    private Instant jobCreatedAt;
    @Column(name = "platform_post_id", length = 500)
    private String platformPostId;
    @Column(name = "url", length = 2048)
    private String url;
    @Column(name = "failure", length = 2000)
    private String failure;
    /** Held by its platform, or being handed to it: never published from here meanwhile. */
    @Column(name = "hand_off", nullable = false)
    private boolean handOff;

    protected SocialPostRecord() {
    }

    SocialPostRecord(UUID id, UUID accountId, UUID draftId, Instant now, UUID deviceId) {
        super(id, now, deviceId);
        this.accountId = accountId;
        this.draftId = draftId;
        this.status = PostStatus.DRAFT;
        this.plannedZone = "UTC";
        newJob(now);
    }

    /** A new text (or a first send): a new key, so no platform mistakes it for an earlier version. */
    void newJob(Instant now) {
        this.idempotencyKey = UUID.randomUUID().toString();
        this.jobCreatedAt = now;
    }

    ScheduledPost view() {
        return new ScheduledPost(getId(), accountId, draftId, body, PostMedia.read(media), firstComment, status, scheduledAt,
                ZoneId.of(plannedZone), nextAttemptAt, platformPostId, url, failure);
    }

    void content(String text, String mediaJson, String comment) {
        this.body = text;
        this.media = mediaJson;
        this.firstComment = comment;
    }

    void schedule(Instant at, ZoneId zone) {
        this.scheduledAt = at;
        this.plannedZone = zone.getId();
        this.nextAttemptAt = at;
    }

    void status(PostStatus status, Instant nextAttempt, String failure) {
        this.status = status;
        this.nextAttemptAt = nextAttempt;
        this.failure = failure;
    }

    void published(String postId, String address) {
        this.status = PostStatus.PUBLISHED;
        this.platformPostId = postId;
        this.url = address;
        this.nextAttemptAt = null;
        this.failure = null;
    }

    /** Handed to the platform, which holds it as {@code heldId} and publishes it itself; checked from its time on. */
    void held(String heldId) {
        this.status = PostStatus.ON_PLATFORM;
        this.handOff = true;
        this.platformPostId = heldId;
        this.nextAttemptAt = scheduledAt;
        this.failure = null;
    }

    /** Back in this app's hands (never handed off, cancelled there, or dropped): the platform holds nothing of it. */
    void notHeld() {
        this.handOff = false;
        this.platformPostId = null;
    }

    void handingOff() {
        this.handOff = true;
    }

    boolean handOff() {
        return handOff;
    }

    UUID accountId() {
        return accountId;
    }

    PostStatus status() {
        return status;
    }

    Instant scheduledAt() {
        return scheduledAt;
    }

    String idempotencyKey() {
        return idempotencyKey;
    }

    Instant jobCreatedAt() {
        return jobCreatedAt;
    }

    void remove(Instant now) {
        markDeleted(now);
    }
}
