package org.scriptorium.core.writing.social.counting;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The emoji X weighs as one (2 whatever their length): the sequences twitter-text's emoji parser knows, longest first.
 * Its list stops at the emoji of 2018, so a newer sequence (a ZWJ family of 2023, say) is weighed part by part, as X
 * does. A symbol that is an emoji only in emoji style is none when U+FE0E (text style) follows it, and a lone U+FE0F
 * counts as an emoji of its own.
 */
final class XEmoji {
    /** Each sequence, with the character that must not follow it (0 when any may). */
    private static final Map<String, Character> SEQUENCES = new HashMap<>();
    /** The UTF-16 units an emoji can start with: elsewhere there is nothing to look up. */
    private static final BitSet STARTS = new BitSet(Character.MAX_VALUE + 1);
    private static final int LONGEST;

    static {
        int longest = 0;
        for (String line : Tables.lines("x-emoji.txt")) {
            String[] parts = line.split(" !");
            StringBuilder sequence = new StringBuilder();
            Arrays.stream(parts[0].split(" ")).mapToInt(hex -> Integer.parseInt(hex, 16)).forEach(sequence::appendCodePoint);
            SEQUENCES.put(sequence.toString(), parts.length > 1 ? (char) Integer.parseInt(parts[1], 16) : 0);
            STARTS.set(sequence.charAt(0));
            longest = Math.max(longest, sequence.length());
        }
        LONGEST = longest;
    }

    private XEmoji() {
    }

    /** Where the emoji are: pairs of start and end indices, in order, none overlapping. */
    static List<int[]> find(String text) {
        List<int[]> found = new ArrayList<>();
        int i = 0;
        while (i < text.length()) {
            int length = longestAt(text, i);
            if (length > 0) {
                found.add(new int[] {i, i + length});
                i += length;
            } else {
                i++;
            }
        }
        return found;
    }

    private static int longestAt(String text, int at) {
        if (!STARTS.get(text.charAt(at))) {
            return 0;
        }
        for (int length = Math.min(LONGEST, text.length() - at); length > 0; length--) {
            Character notBefore = SEQUENCES.get(text.substring(at, at + length));
            if (notBefore != null && (notBefore == 0 || at + length == text.length() || text.charAt(at + length) != notBefore)) {
                return length;
            }
        }
        return 0;
    }
}
