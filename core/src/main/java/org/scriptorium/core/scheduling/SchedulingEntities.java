package org.scriptorium.core.scheduling;

import java.util.List;

/** What the calendar maps onto its tables (social posts and their publish attempts); the studio hands it to the store. */
public final class SchedulingEntities {
    public static final List<Class<?>> ALL = List.of(SocialPostRecord.class, AttemptRecord.class);

    private SchedulingEntities() {
    }
}
