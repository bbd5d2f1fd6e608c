package org.scriptorium.core.research.competitors;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.UUID;

/**
 * What this device found out following one competitor: the feed or sitemap it reads, the validators of that
 * address's last answer (so the next check is a conditional GET), and the last problem. Local to the device.
 */
@Entity
@Table(name = "competitor_checks")
public class CompetitorCheck {
    @Id
    @Column(name = "competitor_id", nullable = false)
    private UUID competitorId;
    @Column(name = "follow_url", length = 2000)
    private String followUrl;
    @Column(name = "follow_kind", length = 20)
    private String followKind;
    @Column(name = "etag", length = 500)
    private String etag;
    @Column(name = "last_modified", length = 100)
    private String lastModified;
    @Column(name = "checked_at")
    private Instant checkedAt;
    @Column(name = "problem", length = 1000)
    private String problem;

    protected CompetitorCheck() {
    }

    CompetitorCheck(UUID competitorId) {
        this.competitorId = competitorId;
    }

    Follow follow() {
        return followUrl == null ? null : new Follow(java.net.URI.create(followUrl), Follow.Kind.valueOf(followKind));
    }

    void follow(Follow follow) {
        this.followUrl = follow.url().toString();
        this.followKind = follow.kind().name();
        this.etag = null;
        this.lastModified = null;
    }

    String etag() {
        return etag;
    }

    String lastModified() {
        return lastModified;
    }

    Instant checkedAt() {
        return checkedAt;
    }

    String problem() {
        return problem;
    }

    void checked(Instant at, String etag, String lastModified, String problem) {
        this.checkedAt = at;
        if (etag != null || lastModified != null) {
            this.etag = etag;
            this.lastModified = lastModified;
        }
        this.problem = problem == null ? null : problem.length() > 1000 ? problem.substring(0, 999) + "…" : problem;
    }
}
