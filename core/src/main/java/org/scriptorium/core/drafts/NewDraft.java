package org.scriptorium.core.drafts;

import java.util.List;

/** What a new draft starts with. */
public record NewDraft(String title, String body, DraftStatus status, List<String> tags) {
    public NewDraft {
        body = body == null ? "" : body;
        status = status == null ? DraftStatus.DRAFT : status;
        tags = tags == null ? List.of() : List.copyOf(tags);
    }

    public static NewDraft titled(String title) {
        return new NewDraft(title, "", DraftStatus.DRAFT, List.of());
    }
}
