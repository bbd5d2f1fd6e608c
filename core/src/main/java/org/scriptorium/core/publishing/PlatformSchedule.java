package org.scriptorium.core.publishing;

import java.time.Instant;
import java.util.Optional;

/**
 * What a {@link Publisher} also does when its network holds posts until their time (Facebook Pages, Mastodon), so a
 * post handed to the network goes out with this computer closed. Discovered with {@code instanceof}: a network
 * without it is published from here at the post's time. Every call may throw {@link PublishException}; a refusal a
 * user can act on (the post has already gone out, the network no longer holds it) is an
 * {@link org.scriptorium.core.InvalidInput} with the reason.
 */
public interface PlatformSchedule extends Publisher {
    /**
     * Gives the post to the network to publish at {@code job.post().publishAt()}; returns the id the network holds it
     * under. Like {@link Publisher#publish}, never repeats a request that may have reached the network: a timeout after
     * sending is {@link PublishException.Kind#OUTCOME_UNKNOWN}, and {@link #findHandedOff} says what became of it.
     */
    default String handOff(PublishJob job) {
        if (job.post().publishAt() == null) {
            throw new IllegalArgumentException("A hand-off needs the time the post is to go out.");
        }
        return publish(job).postId(); // a network that holds posts takes a publish time on its usual call
    }

    /**
     * Looks on the network for the post an earlier hand-off of this job created (held, or already gone out); empty
     * only when it is certainly not there. Only reads.
     */
    Optional<String> findHandedOff(PublishJob job);

    /** Moves a held post to another time. Refused when the network no longer holds it. */
    void move(String heldId, Instant at);

    /** Deletes a held post before its time. Refused when it has already gone out, which deleting would undo. */
    void cancel(String heldId);

    /** What became of a held post: still waiting, gone out (with its address), or dropped by the network. */
    HeldPost check(String heldId, PublishJob job);

    /** The state of a post a network holds. */
    sealed interface HeldPost {
        /** Still held; {@code at} is when the network will publish it (null when it did not say). */
        record Waiting(Instant at) implements HeldPost {
        }

        /** Published by the network at its time. */
        record WentOut(Published published) implements HeldPost {
        }

        /** The network no longer holds it and did not publish it (deleted there, or refused at its time). */
        record Dropped(String reason) implements HeldPost {
        }
    }
}
