package org.scriptorium.core.writing.social;

import org.scriptorium.core.writing.social.counting.Entity;
import org.scriptorium.core.writing.social.counting.Graphemes;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A post as a platform would show it: the text cut into plain runs, links (shortened the way the platform shortens
 * them), hashtags, mentions and cashtags exactly where the platform makes them (see {@link PlatformRules#entities}),
 * with every character past the platform's limit marked, and where the feed folds the post behind "see more". Pure and
 * thread-safe: the window draws it, tests read it.
 *
 * @param segments the text in order; joined, their {@code shown} texts are what a reader sees
 * @param foldAt   the index into the original text where the feed cuts to "…see more", or -1 when it shows it whole
 */
public record PostPreview(Platform platform, List<Segment> segments, int foldAt) {
    /** LinkedIn's feed shows about three lines (~210 characters) before "…see more"; Facebook's about 480. */
    private static final int LINKEDIN_FOLD = 210;
    private static final int FACEBOOK_FOLD = 480;
    /** X and Mastodon show a link without its scheme and cut it after this many characters. */
    private static final int SHOWN_LINK = 23;

    public enum Kind { TEXT, LINK, HASHTAG, MENTION, CASHTAG }

    /**
     * @param written   the characters of the post this segment covers
     * @param shown     what the reader sees for them (a link may be shortened)
     * @param overLimit whether they lie past what the platform accepts
     */
    public record Segment(String written, String shown, Kind kind, boolean overLimit) {
    }

    public static PostPreview of(Platform platform, String text) {
        String post = text == null ? "" : text;
        PlatformRules rules = PlatformRules.of(platform);
        int overFrom = overLimitFrom(rules, post);
        List<Segment> segments = new ArrayList<>();
        int from = 0;
        for (Entity entity : rules.entities(post)) {
            addSplit(segments, platform, post, from, entity.start(), Kind.TEXT, overFrom);
            addSplit(segments, platform, post, entity.start(), entity.end(), Kind.valueOf(entity.kind().name()), overFrom);
            from = entity.end();
        }
        addSplit(segments, platform, post, from, post.length(), Kind.TEXT, overFrom);
        return new PostPreview(platform, List.copyOf(segments), foldAt(platform, post));
    }

    /** Whether any character lies past the platform's limit. */
    public boolean overLimit() {
        return segments.stream().anyMatch(Segment::overLimit);
    }

    /** The part past the limit, as written: what has to go for the post to fit. */
    public String overflow() {
        StringBuilder out = new StringBuilder();
        segments.stream().filter(Segment::overLimit).forEach(s -> out.append(s.written()));
        return out.toString();
    }

    /**
     * The first index whose character takes the post past the limit, or the text's length when it fits. Counting
     * grows with every character a reader sees, so the smallest prefix that does not fit is found by halving over
     * grapheme boundaries (a cut inside an emoji sequence would count it wrongly).
     */
    static int overLimitFrom(PlatformRules rules, String text) {
        if (rules.fits(text)) {
            return text.length();
        }
        List<Integer> bounds = Graphemes.boundaries(text);
        int low = 0; // text up to bounds[low] fits
        int high = bounds.size() - 1; // text up to bounds[high] does not
        while (high - low > 1) {
            int mid = (low + high) >>> 1;
            if (rules.fits(text.substring(0, bounds.get(mid)))) {
                low = mid;
            } else {
                high = mid;
            }
        }
        return bounds.get(low);
    }

    private static int foldAt(Platform platform, String text) {
        int fold = switch (platform) {
            case LINKEDIN -> LINKEDIN_FOLD;
            case FACEBOOK -> FACEBOOK_FOLD;
            default -> -1;
        };
        if (fold < 0 || text.codePointCount(0, text.length()) <= fold) {
            return -1;
        }
        int at = text.offsetByCodePoints(0, fold);
        int space = text.lastIndexOf(' ', at);
        return space > fold / 2 ? space : at; // the feed cuts between words
    }

    /** Adds text[start, end) as one segment, or two when the limit falls inside it. */
    private static void addSplit(List<Segment> segments, Platform platform, String text, int start, int end, Kind kind, int overFrom) {
        if (start >= end) {
            return;
        }
        if (kind == Kind.LINK || overFrom <= start || overFrom >= end) {
            // A link counts whole or not at all: it is over the limit when it starts past it or ends past it.
            boolean over = kind == Kind.LINK ? overFrom < end : overFrom <= start;
            String written = text.substring(start, end);
            segments.add(new Segment(written, kind == Kind.LINK ? shownLink(platform, written) : written, kind, over));
            return;
        }
        segments.add(new Segment(text.substring(start, overFrom), text.substring(start, overFrom), kind, false));
        segments.add(new Segment(text.substring(overFrom, end), text.substring(overFrom, end), kind, true));
    }

    /** "https://www.example.com/a/very/long/path" as X or Mastodon shows it: "example.com/a/very/long/p…". */
    static String shownLink(Platform platform, String link) {
        if (platform != Platform.X && platform != Platform.MASTODON && platform != Platform.BLUESKY) {
            return link;
        }
        String bare = link.replaceFirst("(?i)^https?://", "");
        if (bare.toLowerCase(Locale.ROOT).startsWith("www.")) {
            bare = bare.substring(4);
        }
        return bare.codePointCount(0, bare.length()) <= SHOWN_LINK ? bare : bare.substring(0, bare.offsetByCodePoints(0, SHOWN_LINK)) + "…";
    }
}
