package org.scriptorium.publishers.facebook;

import org.scriptorium.core.publishing.Capabilities;
import org.scriptorium.core.publishing.OutgoingPost;
import org.scriptorium.core.publishing.Problem;
import org.scriptorium.core.writing.social.PlatformRules;
import org.scriptorium.core.writing.social.Platform;
import org.scriptorium.publishers.common.ImageChecks;
import org.scriptorium.publishers.common.ImageLimits;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** What Facebook refuses in a Page post, checked before anything is sent. */
final class FacebookPostRules {
    /**
     * Photos under 4 MB, as Meta's photo upload guide asks (developers.facebook.com/docs/graph-api/photo-uploads; some
     * publishing services quote 10 MB, but a photo refused at its time is worse than one refused here), counted in
     * decimal megabytes so a file near the line is refused here, not there. Meta names no pixel limit and no count for a
     * post's attached_media; 10 is the count publishing services document for a Page post
     * (docs.getlate.dev/resources/media-guidelines/facebook).
     */
    static final ImageLimits IMAGES = new ImageLimits(10, 4_000_000L, 0);
    static final Capabilities CAPABILITIES = new Capabilities(PlatformRules.of(Platform.FACEBOOK).limit(), IMAGES.perPost(), IMAGES.bytes(),
            true, true, false);
    /**
     * The Pages API takes a scheduled_publish_time from 10 minutes to 30 days after the request. (Meta Business Suite
     * lets people schedule 75 days ahead, but the API documents 30, and a post refused at its time is worse than here.)
     */
    static final Duration EARLIEST = Duration.ofMinutes(10);
    static final Duration LATEST = Duration.ofDays(30);

    private FacebookPostRules() {
    }

    static List<Problem> problems(OutgoingPost post, Instant now) {
        List<Problem> problems = new ArrayList<>();
        PlatformRules rules = PlatformRules.of(Platform.FACEBOOK);
        if (post.text().isBlank() && post.images().isEmpty()) {
            problems.add(new Problem("The post is empty; write something or add a photo."));
        }
        int length = rules.length(post.text());
        if (length > rules.limit()) {
            problems.add(new Problem(String.format(Locale.ROOT, "The post is %,d characters; Facebook allows %,d.", length, rules.limit())));
        }
        problems.addAll(ImageChecks.problems(post.images(), IMAGES, "Facebook"));
        if (post.publishAt() != null) {
            long ahead = Duration.between(now, post.publishAt()).toSeconds();
            if (ahead <= 0) {
                problems.add(new Problem("The post's time has already passed; Facebook schedules a post at least 10 minutes ahead."));
            } else if (post.publishAt().isBefore(now.plus(EARLIEST))) {
                problems.add(new Problem("Facebook schedules a post at least 10 minutes ahead; this one is due in " + roundedUp(ahead, 60, "minute") + "."));
            } else if (post.publishAt().isAfter(now.plus(LATEST))) {
                problems.add(new Problem("Facebook schedules a post at most 30 days ahead; this one is " + roundedUp(ahead, 86_400, "day") + " ahead."));
            }
            if (post.firstComment() != null && !post.firstComment().isBlank()) {
                problems.add(new Problem("Facebook cannot hold a first comment for a scheduled post; publish it at its time instead, or drop the comment."));
            }
        }
        return problems;
    }

    /** "5 minutes", "1 day": the seconds in whole units, rounded up so "under 10 minutes" never reads as 10. */
    private static String roundedUp(long seconds, long unitSeconds, String unit) {
        long count = (seconds + unitSeconds - 1) / unitSeconds;
        return count + " " + unit + (count == 1 ? "" : "s");
    }
}
