package org.scriptorium.core.writing;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import org.scriptorium.core.store.SyncableEntity;
import org.scriptorium.core.writing.assistant.SeoMetadata;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

/** A draft's search metadata as stored: lists are kept one item per line. */
@Entity
@Table(name = "draft_seo")
public class SeoRecord extends SyncableEntity {
    @Column(name = "draft_id", nullable = false)
    private UUID draftId;
    @Column(name = "title_ideas", nullable = false, length = 4000)
    private String titleIdeas;
    @Column(name = "meta_description", nullable = false, length = 400)
    private String metaDescription;
    @Column(name = "slug", nullable = false, length = 200)
    private String slug;
    @Column(name = "keywords", nullable = false, length = 2000)
    private String keywords;

    protected SeoRecord() {
    }

    SeoRecord(UUID id, UUID draftId, Instant now, UUID deviceId) {
        super(id, now, deviceId);
        this.draftId = draftId;
    }

    void set(SeoMetadata seo) {
        this.titleIdeas = clip(String.join("\n", seo.titleIdeas()), 4000);
        this.metaDescription = clip(seo.metaDescription(), 400);
        this.slug = clip(seo.slug(), 200);
        this.keywords = clip(String.join("\n", seo.keywords()), 2000);
    }

    SeoMetadata metadata() {
        return new SeoMetadata(lines(titleIdeas), metaDescription, slug, lines(keywords));
    }

    private static List<String> lines(String text) {
        return text.isBlank() ? List.of() : Arrays.asList(text.split("\n"));
    }

    private static String clip(String text, int max) {
        String t = text == null ? "" : text.replace("\r", "");
        return t.length() <= max ? t : t.substring(0, max);
    }
}
