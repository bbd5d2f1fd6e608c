package org.scriptorium.core.drafts;

import java.util.List;

/** What an edit changes; null means "leave as it is". */
public record DraftChanges(String title, String body, DraftStatus status, List<String> tags) {
    public static DraftChanges title(String title) {
        return new DraftChanges(title, null, null, null);
    }

    public static DraftChanges body(String body) {
        return new DraftChanges(null, body, null, null);
    }

    public static DraftChanges status(DraftStatus status) {
        return new DraftChanges(null, null, status, null);
    }

    public static DraftChanges tags(List<String> tags) {
        return new DraftChanges(null, null, null, tags);
    }

    public boolean isEmpty() {
        return title == null && body == null && status == null && tags == null;
    }
}
