package org.scriptorium.core.drafts;

import java.util.List;

/** What the drafts map onto their tables; the studio hands it to the store, which knows no feature. */
public final class DraftEntities {
    public static final List<Class<?>> ALL = List.of(Draft.class, Tag.class, DraftRevision.class);

    private DraftEntities() {
    }
}
