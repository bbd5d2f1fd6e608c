package org.scriptorium.core.writing.social.counting;

import com.ibm.icu.text.BreakIterator;

import java.util.ArrayList;
import java.util.List;

/**
 * Characters as a reader sees them (extended grapheme clusters), by ICU: the same rules and Unicode version as the
 * grapheme counting Bluesky's own code runs on. The JDK's BreakIterator is a Unicode version behind and splits Khmer
 * conjuncts the networks keep whole.
 */
public final class Graphemes {
    private Graphemes() {
    }

    public static int count(String text) {
        BreakIterator characters = BreakIterator.getCharacterInstance();
        characters.setText(text);
        int count = 0;
        characters.first();
        while (characters.next() != BreakIterator.DONE) {
            count++;
        }
        return count;
    }

    /** The indices between graphemes, 0 and the text's length included. */
    public static List<Integer> boundaries(String text) {
        BreakIterator characters = BreakIterator.getCharacterInstance();
        characters.setText(text);
        List<Integer> bounds = new ArrayList<>();
        for (int b = characters.first(); b != BreakIterator.DONE; b = characters.next()) {
            bounds.add(b);
        }
        return bounds;
    }
}
