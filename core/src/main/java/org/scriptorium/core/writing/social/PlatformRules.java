package org.scriptorium.core.writing.social;

import org.scriptorium.core.writing.social.counting.BlueskyText;
import org.scriptorium.core.writing.social.counting.CodePointText;
import org.scriptorium.core.writing.social.counting.Entity;
import org.scriptorium.core.writing.social.counting.MastodonText;
import org.scriptorium.core.writing.social.counting.NetworkText;
import org.scriptorium.core.writing.social.counting.XText;

import java.util.ArrayList;
import java.util.List;

/**
 * How a platform measures and limits a post: its length as the platform counts it (see {@link NetworkText}: one
 * reading per network, for validation, preview, thread splitting and publishing alike), the limit, whether long text
 * can go out as a thread, and how many hashtags suit it. Bluesky counts links as written (the post text carries the
 * full address), so a long link costs its full length there, and it also caps a post's UTF-8 bytes. Immutable.
 */
public final class PlatformRules {
    private static final XText X_TEXT = new XText();
    private static final NetworkText CODE_POINTS = new CodePointText();
    private static final NetworkText MASTODON_TEXT = new MastodonText();
    private static final BlueskyText BLUESKY_TEXT = new BlueskyText();

    private final Platform platform;
    private final int limit;
    private final boolean threads;
    private final int minHashtags;
    private final int maxHashtags;
    private final NetworkText text;

    private PlatformRules(Platform platform, int limit, boolean threads, int minHashtags, int maxHashtags, NetworkText text) {
        this.platform = platform;
        this.limit = limit;
        this.threads = threads;
        this.minHashtags = minHashtags;
        this.maxHashtags = maxHashtags;
        this.text = text;
    }

    public static PlatformRules of(Platform platform) {
        return switch (platform) {
            case LINKEDIN -> new PlatformRules(platform, 3_000, false, 3, 5, CODE_POINTS);
            case FACEBOOK -> new PlatformRules(platform, 63_206, false, 0, 3, CODE_POINTS);
            case X -> new PlatformRules(platform, XText.LIMIT, true, 1, 2, X_TEXT);
            case MASTODON -> new PlatformRules(platform, MastodonText.LIMIT, true, 1, 5, MASTODON_TEXT);
            case BLUESKY -> new PlatformRules(platform, BlueskyText.MAX_GRAPHEMES, true, 0, 3, BLUESKY_TEXT);
        };
    }

    /** Bluesky's reading of a post, for the facets its records declare. */
    public static BlueskyText bluesky() {
        return BLUESKY_TEXT;
    }

    public Platform platform() {
        return platform;
    }

    /** The text's length as the platform counts it. */
    public int length(String text) {
        return this.text.length(text == null ? "" : text);
    }

    public int limit() {
        return limit;
    }

    /** Whether the text is within every limit the platform counts (on Bluesky its bytes too). */
    public boolean fits(String text) {
        String post = text == null ? "" : text;
        return length(post) <= limit && (platform != Platform.BLUESKY || BlueskyText.bytes(post) <= BlueskyText.MAX_BYTES);
    }

    /** What the platform would refuse in the text as it is: too long by its count or its bytes, a character it refuses. */
    public List<Issue> issues(String text) {
        String post = text == null ? "" : text;
        String name = platform.label();
        List<Issue> issues = new ArrayList<>();
        int length = length(post);
        if (length > limit) {
            issues.add(new Issue(Issue.Kind.TOO_LONG, "The post is " + length + " characters long as " + name + " counts them; "
                    + name + " allows " + limit + "."));
        }
        if (platform == Platform.BLUESKY && BlueskyText.bytes(post) > BlueskyText.MAX_BYTES) {
            issues.add(new Issue(Issue.Kind.TOO_LONG, "The post is " + BlueskyText.bytes(post) + " bytes long; Bluesky allows "
                    + BlueskyText.MAX_BYTES + " (an emoji or a letter of most non-Latin scripts takes 2 to 4 bytes, a family emoji up to 25)."));
        }
        int refused = platform == Platform.X ? X_TEXT.refused(post) : -1;
        if (refused >= 0) {
            issues.add(new Issue(Issue.Kind.REFUSED_CHARACTER, String.format("The post contains the invisible character U+%04X "
                    + "(at character %d), which X refuses.", (int) post.charAt(refused), refused + 1)));
        }
        return issues;
    }

    /** The links, hashtags, mentions and cashtags the platform makes of the text, in order. */
    public List<Entity> entities(String text) {
        return this.text.entities(text == null ? "" : text);
    }

    /** The hashtags the platform makes of the text, as written ("#Grid"). */
    public List<String> hashtags(String text) {
        String post = text == null ? "" : text;
        return entities(post).stream().filter(e -> e.kind() == Entity.Kind.HASHTAG).map(e -> post.substring(e.start(), e.end())).toList();
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
