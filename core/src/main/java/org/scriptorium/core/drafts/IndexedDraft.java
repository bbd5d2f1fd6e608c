package org.scriptorium.core.drafts;

import java.util.List;
import java.util.UUID;

/** What the search index knows of a draft. */
record IndexedDraft(UUID id, long revision, String title, String body, List<String> tags) {
    static IndexedDraft of(DraftDocument draft) {
        return new IndexedDraft(draft.id(), draft.revision(), draft.title(), draft.body(), draft.tags());
    }
}
