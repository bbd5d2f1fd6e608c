package org.scriptorium.core.writing.social;

import java.text.BreakIterator;
import java.text.Normalizer;
import java.util.List;
import java.util.function.ToIntFunction;
import java.util.regex.Pattern;

/** The ways platforms count a post's length. Stateless and thread-safe. */
final class TextLength {
    /** What X and Mastodon count for any link, however long it is written. */
    static final int URL_LENGTH = 23;
    /** twitter-text v3: code points in these ranges weigh 1, all others 2. */
    private static final int[][] LIGHT_RANGES = {{0, 4351}, {8192, 8205}, {8208, 8223}, {8242, 8247}};
    /** A remote Mastodon mention counts only its user part: "@ana@example.social" as "@ana". */
    private static final Pattern REMOTE_MENTION = Pattern.compile("(?<![\\p{L}\\p{N}_])(@[\\p{L}\\p{N}_]+)@[\\w.-]+\\.[a-z]{2,}");

    private TextLength() {
    }

    static int codePoints(String text) {
        return text.codePointCount(0, text.length());
    }

    /** Grapheme clusters, as a reader sees characters: "👨‍👩‍👧" and "é" written as e + U+0301 are one each. */
    static int graphemes(String text) {
        BreakIterator characters = BreakIterator.getCharacterInstance();
        characters.setText(text);
        int count = 0;
        characters.first();
        while (characters.next() != BreakIterator.DONE) {
            count++;
        }
        return count;
    }

    /** Mastodon: code points, every link 23, remote mentions without their domain. */
    static int mastodon(String text) {
        String local = REMOTE_MENTION.matcher(text).replaceAll("$1");
        return withLinksAs(local, URL_LENGTH, TextLength::codePoints);
    }

    /**
     * X's weighted length (twitter-text v3) after NFC normalisation: every link 23, an emoji (with its modifiers,
     * joiners and flags) 2, a code point in the light ranges 1, any other (CJK, most symbols) 2.
     */
    static int xWeighted(String text) {
        return withLinksAs(Normalizer.normalize(text, Normalizer.Form.NFC), URL_LENGTH, TextLength::weighted);
    }

    private static int weighted(String text) {
        BreakIterator characters = BreakIterator.getCharacterInstance();
        characters.setText(text);
        int weight = 0;
        int start = characters.first();
        for (int end = characters.next(); end != BreakIterator.DONE; start = end, end = characters.next()) {
            String cluster = text.substring(start, end);
            if (isEmoji(cluster)) {
                weight += 2;
            } else {
                weight += cluster.codePoints().map(TextLength::weight).sum();
            }
        }
        return weight;
    }

    private static int weight(int codePoint) {
        for (int[] range : LIGHT_RANGES) {
            if (codePoint >= range[0] && codePoint <= range[1]) {
                return 1;
            }
        }
        return 2;
    }

    /** An emoji character or sequence: pictographs, flags, and digits or symbols made emoji by a selector or keycap. */
    static boolean isEmoji(String cluster) {
        int first = cluster.codePointAt(0);
        if (first >= 0x1F1E6 && first <= 0x1F1FF) {
            return true; // regional indicators: a flag is a pair of them
        }
        if (Character.isEmojiPresentation(first) || (Character.isExtendedPictographic(first) && first > LIGHT_RANGES[0][1])) {
            return true;
        }
        return Character.isEmoji(first) && cluster.codePoints().anyMatch(c -> c == 0xFE0F || c == 0x20E3 || Character.isEmojiModifier(c));
    }

    private static int withLinksAs(String text, int linkLength, ToIntFunction<String> rest) {
        List<Urls.Span> links = Urls.find(text);
        int length = 0;
        int from = 0;
        for (Urls.Span link : links) {
            length += rest.applyAsInt(text.substring(from, link.start())) + linkLength;
            from = link.end();
        }
        return length + rest.applyAsInt(text.substring(from));
    }
}
