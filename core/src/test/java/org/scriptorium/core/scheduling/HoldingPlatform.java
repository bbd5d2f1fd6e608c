package org.scriptorium.core.scheduling;

import org.scriptorium.core.InvalidInput;
import org.scriptorium.core.accounts.Network;
import org.scriptorium.core.publishing.Capabilities;
import org.scriptorium.core.publishing.OutgoingPost;
import org.scriptorium.core.publishing.PlatformSchedule;
import org.scriptorium.core.publishing.Problem;
import org.scriptorium.core.publishing.PublishException;
import org.scriptorium.core.publishing.PublishJob;
import org.scriptorium.core.publishing.Published;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A platform that holds posts until their time, as Facebook Pages do: posts handed to it wait in its schedule, go out
 * when the test moves its clock past their time, and can be moved or deleted before. It can be told to take a hand-off
 * and then time out, to lose the request, to refuse, or to refuse the next move or cancel.
 */
final class HoldingPlatform implements PlatformSchedule {
    enum Fault { NONE, TIMEOUT_AFTER_TAKING, CRASH_AFTER_TAKING, LOST_ON_THE_WAY, REFUSE, UNREACHABLE }

    /** A post on the platform: held until {@code at}, or out. */
    static final class Post {
        final String id;
        final String text;
        Instant at;
        boolean out;

        Post(String id, String text, Instant at) {
            this.id = id;
            this.text = text;
            this.at = at;
        }
    }

    final Map<String, Post> posts = new LinkedHashMap<>();
    /** Posts the app published itself (not handed off). */
    final List<String> publishedByApp = new ArrayList<>();
    final List<String> calls = new ArrayList<>();
    Fault nextHandOff = Fault.NONE;
    Fault nextLookup = Fault.NONE;
    String refuseNextChange;
    private final Clock clock;
    private int ids = 100;

    HoldingPlatform(Clock clock) {
        this.clock = clock;
    }

    /** The platform's clock reaches {@code now}: every held post due by then goes out. */
    void reach(Instant now) {
        posts.values().stream().filter(p -> !p.out && !p.at.isAfter(now)).forEach(p -> p.out = true);
    }

    long copiesOf(String text) {
        return posts.values().stream().filter(p -> p.text.equals(text)).count() + publishedByApp.stream().filter(text::equals).count();
    }

    @Override
    public Network network() {
        return Network.FACEBOOK;
    }

    @Override
    public Capabilities capabilities() {
        return new Capabilities(1000, 4, 1_000_000, false, true, false);
    }

    @Override
    public List<Problem> validate(OutgoingPost post) {
        if (post.publishAt() != null && post.publishAt().isBefore(clock.instant().plus(Duration.ofMinutes(10)))) {
            return List.of(new Problem("It holds posts at least 10 minutes ahead."));
        }
        return List.of();
    }

    @Override
    public Published publish(PublishJob job) {
        calls.add("publish");
        publishedByApp.add(job.post().text());
        return new Published("app-" + publishedByApp.size(), URI.create("https://social.example/app/" + publishedByApp.size()));
    }

    @Override
    public Optional<Published> reconcile(PublishJob job) {
        return Optional.empty();
    }

    @Override
    public String handOff(PublishJob job) {
        calls.add("handOff");
        Fault fault = nextHandOff;
        nextHandOff = Fault.NONE;
        switch (fault) {
            case LOST_ON_THE_WAY -> throw PublishException.outcomeUnknown("read timed out, request lost on the way", null);
            case REFUSE -> throw PublishException.rejected("It refused the post: the Page is unpublished.", "Page unpublished");
            case UNREACHABLE -> throw PublishException.retryable("It could not be reached.", null, null);
            default -> {
            }
        }
        Post post = new Post("held-" + (ids++), job.post().text(), job.post().publishAt());
        posts.put(post.id, post);
        if (fault == Fault.TIMEOUT_AFTER_TAKING) {
            throw PublishException.outcomeUnknown("read timed out after sending", null);
        }
        if (fault == Fault.CRASH_AFTER_TAKING) {
            throw new FaultyPlatform.Crash("after the platform took the hand-off, before the app heard");
        }
        return post.id;
    }

    @Override
    public Optional<String> findHandedOff(PublishJob job) {
        calls.add("find");
        if (nextLookup == Fault.UNREACHABLE) {
            nextLookup = Fault.NONE;
            throw PublishException.retryable("503 while listing scheduled posts", null, null);
        }
        return posts.values().stream().filter(p -> p.text.equals(job.post().text())).map(p -> p.id).findFirst();
    }

    @Override
    public void move(String heldId, Instant at) {
        calls.add("move");
        refuseIfTold();
        held(heldId).at = at;
    }

    @Override
    public void cancel(String heldId) {
        calls.add("cancel");
        refuseIfTold();
        posts.remove(held(heldId).id);
    }

    @Override
    public HeldPost check(String heldId, PublishJob job) {
        calls.add("check");
        Post post = posts.get(heldId);
        if (post == null) {
            return new HeldPost.Dropped("It no longer has the post: it was deleted there.");
        }
        return post.out ? new HeldPost.WentOut(new Published(post.id, URI.create("https://social.example/posts/" + post.id)))
                : new HeldPost.Waiting(post.at);
    }

    private Post held(String id) {
        Post post = posts.get(id);
        if (post == null || post.out) {
            throw new InvalidInput(post == null ? "It no longer holds that post." : "That post has already gone out.");
        }
        return post;
    }

    private void refuseIfTold() {
        if (refuseNextChange != null) {
            String why = refuseNextChange;
            refuseNextChange = null;
            throw PublishException.rejected(why, why);
        }
    }
}
