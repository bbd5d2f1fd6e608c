package org.scriptorium.core.notion;

import java.util.List;

/** What the Notion sync maps onto its tables; the studio hands it to the store. */
public final class NotionEntities {
    public static final List<Class<?>> ALL = List.of(NotionTopicPage.class, NotionDraftPage.class, NotionOverwrite.class);

    private NotionEntities() {
    }
}
