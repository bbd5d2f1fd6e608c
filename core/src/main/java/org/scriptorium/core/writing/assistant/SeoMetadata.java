package org.scriptorium.core.writing.assistant;

import java.util.List;

/** Search metadata kept with a draft: title ideas, a meta description (at most 160 characters), a slug, keywords. */
public record SeoMetadata(List<String> titleIdeas, String metaDescription, String slug, List<String> keywords) {
    public SeoMetadata {
        titleIdeas = List.copyOf(titleIdeas);
        keywords = List.copyOf(keywords);
    }
}
