package org.scriptorium.core.scheduling;

import org.scriptorium.core.InvalidInput;

import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * An account's queue: its posts waiting to go out, soonest first. Reordering keeps the queue's times and changes
 * which post takes which, so a queue filled from posting slots stays on those slots.
 */
public final class PostQueue {
    private final SocialPosts posts;
    private final Clock clock;

    public PostQueue(SocialPosts posts, Clock clock) {
        this.posts = posts;
        this.clock = clock;
    }

    /** The account's scheduled posts still ahead, soonest first. */
    public List<ScheduledPost> of(UUID accountId) {
        return posts.list(clock.instant(), null, PostStatus.SCHEDULED).stream().filter(p -> p.accountId().equals(accountId)).toList();
    }

    /**
     * Moves a post to a place in its account's queue (1 is next), the others closing up behind it; each post then takes
     * the time (and the zone it was planned in) of its new place. Returns the queue as it now is.
     */
    public List<ScheduledPost> move(UUID postId, int position) {
        ScheduledPost moved = posts.get(postId);
        List<ScheduledPost> queue = of(moved.accountId());
        int from = indexOf(queue, postId);
        if (from < 0) {
            throw new InvalidInput("Only a post waiting to go out is in the queue; this one is " + moved.status().name().toLowerCase(java.util.Locale.ROOT) + ".");
        }
        if (position < 1 || position > queue.size()) {
            throw new InvalidInput("The queue has " + queue.size() + (queue.size() == 1 ? " place" : " places") + "; got " + position + ".");
        }
        List<ScheduledPost> order = new ArrayList<>(queue);
        order.add(position - 1, order.remove(from));
        Map<UUID, PlannedTime> times = new LinkedHashMap<>();
        for (int i = 0; i < order.size(); i++) {
            ScheduledPost post = order.get(i);
            ScheduledPost place = queue.get(i);
            if (!post.id().equals(place.id())) {
                times.put(post.id(), new PlannedTime(place.scheduledAt(), place.zone(), null));
            }
        }
        posts.retime(times);
        return of(moved.accountId());
    }

    private static int indexOf(List<ScheduledPost> queue, UUID id) {
        for (int i = 0; i < queue.size(); i++) {
            if (queue.get(i).id().equals(id)) {
                return i;
            }
        }
        return -1;
    }
}
