package org.scriptorium.core.scheduling;

/** Where a social post is on its way out. PUBLISHING means an attempt may have reached the platform. */
public enum PostStatus {
    DRAFT, SCHEDULED, PUBLISHING, PUBLISHED, FAILED, MISSED, CANCELLED;

    /** Nothing more happens to it without the user. */
    public boolean finished() {
        return this == PUBLISHED || this == FAILED || this == MISSED || this == CANCELLED;
    }
}
