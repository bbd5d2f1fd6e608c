package org.scriptorium.core.publishing;

/**
 * What a post did, in the words every network's numbers fit: reactions (likes, favourites), comments (replies),
 * shares (reposts, boosts, reshares), quotes, impressions and reach. A count the network does not give, or does not
 * give to this account, is null: "not available", which a chart must not draw as zero.
 */
public record PostCounts(Long reactions, Long comments, Long shares, Long quotes, Long impressions, Long reach) {
    public static final PostCounts NONE = new PostCounts(null, null, null, null, null, null);

    /** Reactions, comments, shares and quotes added up (what is known of them): the engagement a chart draws. */
    public long engagement() {
        return n(reactions) + n(comments) + n(shares) + n(quotes);
    }

    private static long n(Long count) {
        return count == null ? 0 : count;
    }
}
