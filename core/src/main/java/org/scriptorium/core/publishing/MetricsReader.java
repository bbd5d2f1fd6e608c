package org.scriptorium.core.publishing;

import java.util.List;
import java.util.Map;

/**
 * Reads what published posts did on one account's network, as many posts a call as the network allows. Reading
 * sends nothing: a read may be retried, but a 429 is honoured ({@link PublishException#retryAfter()}), not hammered.
 */
public interface MetricsReader {
    /** How many posts one call reads (Bluesky's getPosts takes 25). */
    int batchSize();

    /**
     * The numbers of these posts, by their ids on the network. A post the network no longer has comes back
     * {@link State#GONE}; numbers the account's permissions do not reach, {@link State#UNAVAILABLE} with how to get them.
     *
     * @throws PublishException RETRYABLE when the network asks to slow down, AUTH_EXPIRED when the account must connect again
     */
    Map<String, Reading> read(List<String> platformPostIds);

    /** What the network said of a post. */
    enum State {
        /** It answered with the post's numbers. */
        MEASURED,
        /** It no longer has the post (deleted there): no more snapshots are taken. */
        GONE,
        /** It gives no numbers for it with the account's permissions; the detail says how to get them. */
        UNAVAILABLE
    }

    /** One post's answer. */
    record Reading(State state, PostCounts counts, String detail) {
        public static Reading measured(PostCounts counts) {
            return new Reading(State.MEASURED, counts, null);
        }

        public static Reading gone() {
            return new Reading(State.GONE, PostCounts.NONE, "The network no longer has this post.");
        }
    }
}
