package org.scriptorium.core.writing.social.counting;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A post as X reads it, by twitter-text v3 (the rules its conformance suite and its libraries share): the text is
 * NFC-normalised, every link weighs 23 however it is written, every emoji 2, a character in the light ranges (Latin,
 * Greek, Cyrillic, general punctuation, …) 1 and any other (CJK, most symbols) 2; a post is valid when it weighs
 * 1 to 280 and has none of the characters X refuses (U+FFFE, U+FEFF, U+FFFF).
 */
public final class XText implements NetworkText {
    public static final int LIMIT = 280;
    /** What any link weighs. */
    public static final int LINK_WEIGHT = 23;
    private static final int[][] LIGHT_RANGES = {{0, 4351}, {8192, 8205}, {8208, 8223}, {8242, 8247}};

    @Override
    public int length(String text) {
        String normal = Normalizer.normalize(text, Normalizer.Form.NFC);
        // A link skips as many characters as its address has: for "www.docs.例え.net/a", which X links as
        // "www.docs/a", that is fewer than it covers, and the rest is weighed as text, as twitter-text does.
        Map<Integer, Integer> links = new HashMap<>();
        XLinks.find(normal, true).forEach(l -> links.put(l.start(), l.start() + l.value().length()));
        Map<Integer, Integer> emoji = new HashMap<>();
        XEmoji.find(normal).forEach(e -> emoji.put(e[0], e[1]));
        int weight = 0;
        for (int i = 0; i < normal.length(); ) {
            if (links.containsKey(i)) {
                weight += LINK_WEIGHT;
                i = links.get(i);
            } else if (emoji.containsKey(i)) {
                weight += 2;
                i = emoji.get(i);
            } else {
                int c = normal.codePointAt(i);
                weight += weight(c);
                i += Character.charCount(c);
            }
        }
        return weight;
    }

    /** Whether X takes the text as a post: it weighs 1 to 280 and has no refused character. */
    public boolean valid(String text) {
        int length = length(text);
        return length > 0 && length <= LIMIT && refused(text) < 0;
    }

    /** The index of the first character X refuses in a post (U+FFFE, U+FEFF, U+FFFF), or -1. */
    public int refused(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\uFFFE' || c == '\uFEFF' || c == '\uFFFF') {
                return i;
            }
        }
        return -1;
    }

    /** Links (with or without a scheme), mentions and lists, hashtags and cashtags; where two overlap, the first. */
    @Override
    public List<Entity> entities(String text) {
        List<Entity> all = new ArrayList<>(XLinks.find(text, true));
        all.addAll(XTags.mentions(text));
        all.addAll(XTags.hashtags(text));
        all.addAll(XTags.cashtags(text));
        return withoutOverlaps(all);
    }

    /** Sorted by start (ties keep their order), each entity that starts inside the one kept before it dropped. */
    static List<Entity> withoutOverlaps(List<Entity> entities) {
        List<Entity> sorted = new ArrayList<>(entities);
        sorted.sort(Comparator.comparingInt(Entity::start));
        List<Entity> kept = new ArrayList<>();
        for (Entity e : sorted) {
            if (kept.isEmpty() || kept.getLast().end() <= e.start()) {
                kept.add(e);
            }
        }
        return kept;
    }

    /** Outside the light ranges (astral code points included) a code point weighs 2. */
    private static int weight(int codePoint) {
        for (int[] range : LIGHT_RANGES) {
            if (codePoint >= range[0] && codePoint <= range[1]) {
                return 1;
            }
        }
        return 2;
    }
}
