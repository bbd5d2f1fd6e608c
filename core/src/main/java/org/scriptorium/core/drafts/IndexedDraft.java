package org.scriptorium.core.drafts;

import org.scriptorium.core.store.TextIndex;

import java.util.Map;

/** What the search index knows of a draft, and how much a match in each part counts. */
final class IndexedDraft {
    static final Map<String, Float> FIELD_BOOSTS = Map.of("title", 3f, "body", 1f, "tags", 3f);

    private IndexedDraft() {
    }

    static TextIndex.Entry of(DraftDocument draft) {
        return new TextIndex.Entry(draft.id(), draft.revision(),
                Map.of("title", draft.title(), "body", draft.body(), "tags", String.join(" ", draft.tags())));
    }
}
