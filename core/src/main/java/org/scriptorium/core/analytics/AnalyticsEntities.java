package org.scriptorium.core.analytics;

import java.util.List;

/** The analytics tables, for the store's entity list. */
public final class AnalyticsEntities {
    public static final List<Class<?>> ALL = List.of(SnapshotRecord.class, LatestSnapshot.class);

    private AnalyticsEntities() {
    }
}
