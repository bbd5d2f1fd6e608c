package org.scriptorium.core.drafts;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.Table;
import org.hibernate.annotations.OptimisticLock;
import org.scriptorium.core.store.SyncableEntity;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/** A piece of writing in Markdown: a blog post or anything longer than a social post. */
@Entity
@Table(name = "drafts")
public class Draft extends SyncableEntity {
    @Column(name = "title", nullable = false, length = 500)
    private String title;

    @Column(name = "body", nullable = false)
    private String body;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 20)
    private DraftStatus status;

    @Column(name = "word_count", nullable = false)
    private int wordCount;

    @Column(name = "trashed_at")
    private Instant trashedAt;

    @Column(name = "planned_on")
    private LocalDate plannedOn;

    // The tag set is versioned through touch(): a collection change alone must not bump the revision twice.
    @OptimisticLock(excluded = true)
    @ManyToMany
    @JoinTable(name = "draft_tags",
            joinColumns = @JoinColumn(name = "draft_id"),
            inverseJoinColumns = @JoinColumn(name = "tag_id"))
    private Set<Tag> tags = new HashSet<>();

    protected Draft() {
    }

    Draft(UUID id, String title, String body, DraftStatus status, Instant now, UUID deviceId) {
        super(id, now, deviceId);
        this.title = title;
        this.status = status;
        setBody(body);
    }

    public String getTitle() {
        return title;
    }

    public String getBody() {
        return body;
    }

    public DraftStatus getStatus() {
        return status;
    }

    public int getWordCount() {
        return wordCount;
    }

    public Instant getTrashedAt() {
        return trashedAt;
    }

    /** The day it is planned to be published, or null. */
    public LocalDate getPlannedOn() {
        return plannedOn;
    }

    public List<String> tagNames() {
        return tags.stream().map(Tag::getName).sorted(Comparator.naturalOrder()).toList();
    }

    void setTitle(String title) {
        this.title = title;
    }

    void setBody(String body) {
        this.body = body;
        this.wordCount = TextStatistics.wordCount(body);
    }

    void setStatus(DraftStatus status) {
        this.status = status;
    }

    void setPlannedOn(LocalDate plannedOn) {
        this.plannedOn = plannedOn;
    }

    void setTrashedAt(Instant trashedAt) {
        this.trashedAt = trashedAt;
    }

    Set<Tag> tags() {
        return tags;
    }

    /** Sync brings back a draft deleted here that another device kept editing (its text arrives with it). */
    void undelete() {
        clearDeleted();
    }

    /** Deleting for good keeps a tombstone so the deletion can reach other devices. */
    void bury(Instant now) {
        markDeleted(now);
        this.body = "";
        this.wordCount = 0;
        this.tags.clear();
    }
}
