package org.scriptorium.core.writing.social;

import java.util.List;

/**
 * A post for one platform: its text as one part, or as a numbered thread of parts, the hashtags it carries, the link
 * it points to (may be null), and what a preview should warn about.
 */
public record SocialPost(Platform platform, List<String> parts, List<String> hashtags, String link, List<Issue> issues) {
    public SocialPost {
        parts = List.copyOf(parts);
        hashtags = List.copyOf(hashtags);
        issues = List.copyOf(issues);
    }

    public boolean isThread() {
        return parts.size() > 1;
    }
}
