package org.scriptorium.core.research.competitors;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.scriptorium.core.research.text.JoinedLines;
import org.scriptorium.core.store.Ids;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** One competitor article as read: its outline (headings, questions, names) and its text. Local to the device. */
@Entity
@Table(name = "competitor_articles")
public class CompetitorArticle {
    @Id
    @Column(name = "id", nullable = false)
    private UUID id;
    @Column(name = "competitor_id", nullable = false)
    private UUID competitorId;
    @Column(name = "url", nullable = false, length = 2000)
    private String url;
    @Column(name = "title", nullable = false, length = 1000)
    private String title;
    @Column(name = "published_at")
    private Instant publishedAt;
    @Column(name = "fetched_at", nullable = false)
    private Instant fetchedAt;
    @Column(name = "word_count", nullable = false)
    private int wordCount;
    @Column(name = "headings", nullable = false, length = 20000)
    private String headings;
    @Column(name = "questions", nullable = false, length = 20000)
    private String questions;
    @Column(name = "entities", nullable = false, length = 4000)
    private String entities;
    @Column(name = "body", nullable = false)
    private String body;

    protected CompetitorArticle() {
    }

    CompetitorArticle(UUID competitorId, ArticleOutline outline, Instant fetchedAt) {
        this.id = Ids.newId();
        this.competitorId = competitorId;
        this.fetchedAt = fetchedAt;
        replace(outline, fetchedAt);
    }

    void replace(ArticleOutline outline, Instant at) {
        this.url = cut(outline.url(), 2000);
        this.title = cut(outline.title(), 1000);
        this.publishedAt = outline.publishedAt();
        this.fetchedAt = at;
        this.wordCount = outline.wordCount();
        this.headings = JoinedLines.join(outline.headings(), 20000);
        this.questions = JoinedLines.join(outline.questions(), 20000);
        this.entities = JoinedLines.join(outline.entities(), 4000);
        this.body = outline.text();
    }

    ArticleOutline outline() {
        return new ArticleOutline(url, title, publishedAt, wordCount, JoinedLines.split(headings), JoinedLines.split(questions),
                JoinedLines.split(entities), body);
    }

    UUID competitorId() {
        return competitorId;
    }

    String url() {
        return url;
    }

    private static String cut(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max - 1) + "…";
    }
}
