package org.scriptorium.core.research.documents;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import org.scriptorium.core.store.SyncableEntity;

import java.time.Instant;
import java.util.UUID;

/** One item a source brought (or a page research fetched): its text, where it came from, and its fingerprints. */
@Entity
@Table(name = "research_documents")
public class ResearchDocument extends SyncableEntity {
    @Column(name = "source_id")
    private UUID sourceId;

    @Column(name = "guid", length = 2048)
    private String guid;

    @Column(name = "url", nullable = false, length = 2048)
    private String url;

    @Column(name = "canonical_url", nullable = false, length = 2048)
    private String canonicalUrl;

    @Column(name = "title", nullable = false, length = 1000)
    private String title;

    @Column(name = "author", length = 500)
    private String author;

    @Column(name = "published_at")
    private Instant publishedAt;

    @Column(name = "fetched_at", nullable = false)
    private Instant fetchedAt;

    @Column(name = "summary")
    private String summary;

    @Column(name = "article_text")
    private String articleText;

    @Column(name = "language", length = 20)
    private String language;

    @Column(name = "points")
    private Integer points;

    @Column(name = "comments")
    private Integer comments;

    @Column(name = "content_hash", nullable = false, length = 64)
    private String contentHash;

    @Column(name = "minhash", nullable = false, length = 2000)
    private String minhash;

    @Column(name = "near_duplicate_of")
    private UUID nearDuplicateOf;

    protected ResearchDocument() {
    }

    ResearchDocument(UUID id, UUID sourceId, IncomingDocument in, String canonicalUrl, String contentHash, String minhash,
                     Instant now, UUID deviceId) {
        super(id, now, deviceId);
        this.sourceId = sourceId;
        this.guid = in.guid();
        this.url = in.url();
        this.canonicalUrl = canonicalUrl;
        this.title = in.title();
        this.author = in.author();
        this.publishedAt = in.publishedAt();
        this.fetchedAt = now;
        this.summary = in.summary();
        this.articleText = in.articleText();
        this.language = in.language();
        this.points = in.points();
        this.comments = in.comments();
        this.contentHash = contentHash;
        this.minhash = minhash;
    }

    public UUID getSourceId() {
        return sourceId;
    }

    public String getUrl() {
        return url;
    }

    public String getCanonicalUrl() {
        return canonicalUrl;
    }

    public String getTitle() {
        return title;
    }

    public String getAuthor() {
        return author;
    }

    public Instant getPublishedAt() {
        return publishedAt;
    }

    public Instant getFetchedAt() {
        return fetchedAt;
    }

    public String getSummary() {
        return summary;
    }

    public String getArticleText() {
        return articleText;
    }

    public String getLanguage() {
        return language;
    }

    public Integer getPoints() {
        return points;
    }

    public Integer getComments() {
        return comments;
    }

    public String getContentHash() {
        return contentHash;
    }

    public String getMinhash() {
        return minhash;
    }

    public UUID getNearDuplicateOf() {
        return nearDuplicateOf;
    }

    void setNearDuplicateOf(UUID leader) {
        this.nearDuplicateOf = leader;
    }

    void setArticle(String text, String language) {
        this.articleText = text;
        if (this.language == null) {
            this.language = language;
        }
    }

    void updateEngagement(Integer points, Integer comments) {
        this.points = points;
        this.comments = comments;
    }
}
