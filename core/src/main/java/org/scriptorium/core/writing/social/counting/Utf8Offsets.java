package org.scriptorium.core.writing.social.counting;

import java.util.Arrays;

/**
 * Where each character of a text starts in its UTF-8 bytes, the unit of Bluesky's facets. A lone surrogate counts as
 * the three bytes of the replacement character it is sent as.
 */
final class Utf8Offsets {
    private final String text;
    private final int[] before;

    Utf8Offsets(String text) {
        this.text = text;
        before = new int[text.length() + 1];
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            int bytes;
            if (c < 0x80) {
                bytes = 1;
            } else if (c < 0x800) {
                bytes = 2;
            } else if (Character.isLowSurrogate(c) && i > 0 && Character.isHighSurrogate(text.charAt(i - 1))) {
                bytes = 1; // the pair's four bytes: three counted for its high half, as a cut after it would have them
            } else {
                bytes = 3;
            }
            before[i + 1] = before[i] + bytes;
        }
    }

    /** The UTF-8 offset of a UTF-16 index. */
    int of(int index) {
        return before[index];
    }

    /** The UTF-16 index at a UTF-8 offset, or -1 when the offset falls inside a character. */
    int index(int offset) {
        int at = Arrays.binarySearch(before, offset);
        if (at < 0) {
            return -1;
        }
        boolean insidePair = at > 0 && at < text.length() && Character.isLowSurrogate(text.charAt(at))
                && Character.isHighSurrogate(text.charAt(at - 1));
        return insidePair ? -1 : at;
    }

    /** The whole text's length in UTF-8 bytes. */
    int total() {
        return before[before.length - 1];
    }
}
