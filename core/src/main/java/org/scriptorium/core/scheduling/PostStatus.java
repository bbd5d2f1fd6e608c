package org.scriptorium.core.scheduling;

/**
 * Where a social post is on its way out. PUBLISHING means an attempt may have reached the platform; ON_PLATFORM means
 * the platform holds the post and publishes it at its time itself (see {@link org.scriptorium.core.publishing.PlatformSchedule}).
 */
public enum PostStatus {
    DRAFT, SCHEDULED, PUBLISHING, PUBLISHED, FAILED, MISSED, CANCELLED, ON_PLATFORM;

    /** Nothing more happens to it without the user. */
    public boolean finished() {
        return this == PUBLISHED || this == FAILED || this == MISSED || this == CANCELLED;
    }
}
