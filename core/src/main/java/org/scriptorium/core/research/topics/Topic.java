package org.scriptorium.core.research.topics;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import org.hibernate.annotations.OptimisticLock;
import org.scriptorium.core.research.sources.SourceLabel;
import org.scriptorium.core.research.text.JoinedLines;
import org.scriptorium.core.store.SyncableEntity;

import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/** Something worth writing about: a name, what it is about, how promising it looks, and its documents. */
@Entity
@Table(name = "research_topics")
public class Topic extends SyncableEntity {
    @Column(name = "title", nullable = false, length = 500)
    private String title;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 20)
    private TopicStatus status;

    @Enumerated(EnumType.STRING)
    @Column(name = "origin", nullable = false, length = 20)
    private TopicOrigin origin;

    @Column(name = "keywords", nullable = false, length = 2000)
    private String keywords = "";

    @Column(name = "entities", nullable = false, length = 2000)
    private String entities = "";

    // The stemmed terms that identify the story, so a later discovery can recognise it.
    @Column(name = "fingerprint", nullable = false, length = 2000)
    private String fingerprint = "";

    @Column(name = "label_domain", length = 80)
    private String labelDomain;

    @Column(name = "label_market", length = 80)
    private String labelMarket;

    @Column(name = "label_language", length = 20)
    private String labelLanguage;

    @Column(name = "score", nullable = false)
    private double score;

    @Column(name = "freshness", nullable = false)
    private double freshness;

    @Column(name = "source_count", nullable = false)
    private int sourceCount;

    @Column(name = "engagement", nullable = false)
    private int engagement;

    @Column(name = "growth", nullable = false)
    private double growth;

    @Column(name = "document_count", nullable = false)
    private int documentCount;

    @Column(name = "latest_document_at")
    private Instant latestDocumentAt;

    @Column(name = "discovered_at")
    private Instant discoveredAt;

    // The plan's topic fields: intent and priority the user may set (intent is suggested by keyword research when
    // unset); trending and demand come from keyword research.
    @Enumerated(EnumType.STRING)
    @Column(name = "intent", length = 20)
    private SearchIntent intent;

    @Column(name = "priority")
    private Integer priority;

    @Column(name = "trending")
    private Double trending;

    @Column(name = "demand")
    private Integer demand;

    @OptimisticLock(excluded = true)
    @ElementCollection
    @CollectionTable(name = "research_topic_documents", joinColumns = @JoinColumn(name = "topic_id"))
    @Column(name = "document_id")
    private Set<UUID> documentIds = new HashSet<>();

    protected Topic() {
    }

    Topic(UUID id, String title, TopicOrigin origin, Instant now, UUID deviceId) {
        super(id, now, deviceId);
        this.title = title;
        this.origin = origin;
        this.status = origin == TopicOrigin.MANUAL ? TopicStatus.VALIDATED : TopicStatus.DISCOVERED;
    }

    public String getTitle() {
        return title;
    }

    public TopicStatus getStatus() {
        return status;
    }

    public TopicOrigin getOrigin() {
        return origin;
    }

    public List<String> keywords() {
        return JoinedLines.split(keywords);
    }

    public List<String> entities() {
        return JoinedLines.split(entities);
    }

    public Set<String> fingerprint() {
        return new HashSet<>(JoinedLines.split(fingerprint));
    }

    public SourceLabel label() {
        return new SourceLabel(labelDomain, labelMarket, labelLanguage);
    }

    public TopicMeasures measures() {
        return new TopicMeasures(score, freshness, sourceCount, engagement, growth, documentCount, latestDocumentAt, discoveredAt);
    }

    public TopicFields fields() {
        return new TopicFields(intent, priority, trending, demand);
    }

    void plan(SearchIntent intent, Integer priority) {
        this.intent = intent;
        this.priority = priority;
    }

    void searched(SearchIntent suggestedIntent, Double trending, Integer demand) {
        if (this.intent == null) {
            this.intent = suggestedIntent;
        }
        this.trending = trending;
        this.demand = demand;
    }

    public Set<UUID> documentIds() {
        return Set.copyOf(documentIds);
    }

    void setTitle(String title) {
        this.title = title;
    }

    void setStatus(TopicStatus status) {
        this.status = status;
    }

    void relabel(SourceLabel label) {
        this.labelDomain = label.domain();
        this.labelMarket = label.market();
        this.labelLanguage = label.language();
    }

    void describe(List<String> keywords, List<String> entities, Set<String> fingerprint, SourceLabel label) {
        this.keywords = JoinedLines.join(keywords, 2000);
        this.entities = JoinedLines.join(entities, 2000);
        this.fingerprint = JoinedLines.join(fingerprint.stream().sorted().toList(), 2000);
        this.labelDomain = label.domain();
        this.labelMarket = label.market();
        this.labelLanguage = label.language();
    }

    void measure(TopicMeasures m) {
        this.score = m.score();
        this.freshness = m.freshness();
        this.sourceCount = m.sourceCount();
        this.engagement = m.engagement();
        this.growth = m.growth();
        this.documentCount = m.documentCount();
        this.latestDocumentAt = m.latestDocumentAt();
        this.discoveredAt = m.discoveredAt();
    }

    void replaceDocuments(Set<UUID> ids) {
        documentIds.retainAll(ids);
        documentIds.addAll(ids);
    }

    void remove(Instant now) {
        markDeleted(now);
    }
}
