package org.scriptorium.publishers.common;

import org.scriptorium.core.Studio;
import org.scriptorium.core.TestStudios.ManualClock;
import org.scriptorium.core.accounts.Account;
import org.scriptorium.core.scheduling.AttemptOutcome;
import org.scriptorium.core.scheduling.PlannedTime;
import org.scriptorium.core.scheduling.PublishAttempt;
import org.scriptorium.core.scheduling.ScheduledPost;
import org.scriptorium.core.scheduling.SocialPosts;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

/**
 * A studio's publishing as the app runs it, for tests of what a network sees: a post planned for an account, and
 * publishing rounds with the studio's clock moved to each next attempt, until the post has settled.
 */
public final class PublishingRounds {
    private static final int MOST_ROUNDS = 10;
    private final Studio studio;
    private final ManualClock clock;

    public PublishingRounds(Studio studio, ManualClock clock) {
        this.studio = studio;
        this.clock = clock;
    }

    /** Plans the text for the account, {@code ahead} of the studio's now. */
    public ScheduledPost plan(Account account, String text, Duration ahead) {
        return studio.scheduling().plan(account, null, text, List.of(), null, new PlannedTime(clock.instant().plus(ahead), ZoneOffset.UTC, null));
    }

    /** Runs rounds until the post has finished (at most ten); returns how each attempt on it ended, in order. */
    public List<AttemptOutcome> publish(UUID postId) {
        for (int round = 0; round < MOST_ROUNDS && !posts().get(postId).status().finished(); round++) {
            Instant next = posts().get(postId).nextAttemptAt();
            if (next != null && next.isAfter(clock.instant())) {
                clock.advance(Duration.between(clock.instant(), next));
            }
            studio.scheduling().engine().tick();
        }
        return posts().attempts(postId).stream().map(PublishAttempt::outcome).toList();
    }

    public ScheduledPost post(UUID postId) {
        return posts().get(postId);
    }

    private SocialPosts posts() {
        return studio.scheduling().posts();
    }
}
