package org.scriptorium.core.writing.social;

import java.util.function.ToIntFunction;

/**
 * How a platform measures and limits a post: its length as the platform counts it, the limit, whether long text can
 * go out as a thread, and how many hashtags suit it. Bluesky counts links as written (the post text carries the full
 * address), so a long link costs its full length there. Immutable.
 */
public final class PlatformRules {
    private final Platform platform;
    private final int limit;
    private final boolean threads;
    private final int minHashtags;
    private final int maxHashtags;
    private final ToIntFunction<String> counter;

    private PlatformRules(Platform platform, int limit, boolean threads, int minHashtags, int maxHashtags,
                          ToIntFunction<String> counter) {
        this.platform = platform;
        this.limit = limit;
        this.threads = threads;
        this.minHashtags = minHashtags;
        this.maxHashtags = maxHashtags;
        this.counter = counter;
    }

    public static PlatformRules of(Platform platform) {
        return switch (platform) {
            case LINKEDIN -> new PlatformRules(platform, 3_000, false, 3, 5, TextLength::codePoints);
            case FACEBOOK -> new PlatformRules(platform, 63_206, false, 0, 3, TextLength::codePoints);
            case X -> new PlatformRules(platform, 280, true, 1, 2, TextLength::xWeighted);
            case MASTODON -> new PlatformRules(platform, 500, true, 1, 5, TextLength::mastodon);
            case BLUESKY -> new PlatformRules(platform, 300, true, 0, 3, TextLength::graphemes);
        };
    }

    public Platform platform() {
        return platform;
    }

    /** The text's length as the platform counts it. */
    public int length(String text) {
        return counter.applyAsInt(text == null ? "" : text);
    }

    public int limit() {
        return limit;
    }

    public boolean fits(String text) {
        return length(text) <= limit;
    }

    /** Whether a text too long for one post can go out as a numbered thread of replies. */
    public boolean hasThreads() {
        return threads;
    }

    /** The fewest hashtags that help on this platform (0: none needed). */
    public int minHashtags() {
        return minHashtags;
    }

    /** The most hashtags before a post reads as spam on this platform. */
    public int maxHashtags() {
        return maxHashtags;
    }

    /** How many hashtags a composed post gets: the top of the range where few are enough, at least the minimum. */
    public int preferredHashtags() {
        return Math.max(minHashtags, Math.min(maxHashtags, 3));
    }
}
