package org.scriptorium.core.research.sources;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import org.scriptorium.core.research.feeds.SourceKind;
import org.scriptorium.core.store.SyncableEntity;

import java.time.Instant;
import java.util.UUID;

/** Somewhere documents come from: a feed, a web page's feed, Hacker News or a subreddit, with its health. */
@Entity
@Table(name = "research_sources")
public class Source extends SyncableEntity {
    @Enumerated(EnumType.STRING)
    @Column(name = "kind", nullable = false, length = 20)
    private SourceKind kind;

    @Column(name = "url", nullable = false, length = 2048)
    private String url;

    // The feed a page advertises, found at the first poll and used from then on.
    @Column(name = "feed_url", length = 2048)
    private String feedUrl;

    @Column(name = "title", nullable = false, length = 500)
    private String title;

    @Column(name = "label_domain", length = 80)
    private String labelDomain;

    @Column(name = "label_market", length = 80)
    private String labelMarket;

    @Column(name = "label_language", length = 20)
    private String labelLanguage;

    @Column(name = "poll_interval_minutes", nullable = false)
    private int pollIntervalMinutes;

    @Column(name = "enabled", nullable = false)
    private boolean enabled;

    @Column(name = "disabled_reason", length = 1000)
    private String disabledReason;

    @Column(name = "etag", length = 500)
    private String etag;

    @Column(name = "last_modified", length = 200)
    private String lastModified;

    @Column(name = "last_polled_at")
    private Instant lastPolledAt;

    @Column(name = "last_success_at")
    private Instant lastSuccessAt;

    @Column(name = "success_count", nullable = false)
    private int successCount;

    @Column(name = "failure_count", nullable = false)
    private int failureCount;

    @Column(name = "last_error", length = 1000)
    private String lastError;

    @Column(name = "retry_after")
    private Instant retryAfter;

    protected Source() {
    }

    Source(UUID id, SourceKind kind, String url, String title, SourceLabel label, int pollIntervalMinutes, Instant now, UUID deviceId) {
        super(id, now, deviceId);
        this.kind = kind;
        this.url = url;
        this.title = title;
        this.pollIntervalMinutes = pollIntervalMinutes;
        this.enabled = true;
        setLabel(label);
    }

    public SourceKind getKind() {
        return kind;
    }

    public String getUrl() {
        return url;
    }

    public String getFeedUrl() {
        return feedUrl;
    }

    public String getTitle() {
        return title;
    }

    public SourceLabel label() {
        return new SourceLabel(labelDomain, labelMarket, labelLanguage);
    }

    public int getPollIntervalMinutes() {
        return pollIntervalMinutes;
    }

    public boolean isEnabled() {
        return enabled;
    }

    public String getDisabledReason() {
        return disabledReason;
    }

    public String getEtag() {
        return etag;
    }

    public String getLastModified() {
        return lastModified;
    }

    public Instant getRetryAfter() {
        return retryAfter;
    }

    public SourceHealth health() {
        return new SourceHealth(lastPolledAt, lastSuccessAt, successCount, failureCount, lastError, retryAfter);
    }

    void setUrl(String url) {
        this.url = url;
        this.feedUrl = null;
        this.etag = null;
        this.lastModified = null;
    }

    void setKind(SourceKind kind) {
        this.kind = kind;
    }

    void setTitle(String title) {
        this.title = title;
    }

    void setLabel(SourceLabel label) {
        this.labelDomain = label.domain();
        this.labelMarket = label.market();
        this.labelLanguage = label.language();
    }

    void setPollIntervalMinutes(int minutes) {
        this.pollIntervalMinutes = minutes;
    }

    void enable() {
        this.enabled = true;
        this.disabledReason = null;
        this.retryAfter = null;
    }

    void disable(String reason) {
        this.enabled = false;
        this.disabledReason = reason;
    }

    void recordSuccess(Instant now, String feedUrl, String etag, String lastModified) {
        this.lastPolledAt = now;
        this.lastSuccessAt = now;
        this.successCount++;
        this.lastError = null;
        this.retryAfter = null;
        if (feedUrl != null && !feedUrl.equals(url)) {
            this.feedUrl = feedUrl;
        }
        this.etag = etag;
        this.lastModified = lastModified;
    }

    void recordNotModified(Instant now) {
        this.lastPolledAt = now;
        this.lastSuccessAt = now;
        this.successCount++;
        this.lastError = null;
        this.retryAfter = null;
    }

    void recordFailure(Instant now, String error, Instant retryAfter) {
        this.lastPolledAt = now;
        this.failureCount++;
        this.lastError = error;
        this.retryAfter = retryAfter;
    }

    void remove(Instant now) {
        markDeleted(now);
    }
}
