package org.scriptorium.core.research.text;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Word shingles of a text, hashed to 64 bits: the unit near-duplicate detection compares.
 * Texts are normalised first (lower case, punctuation dropped), so a changed quote style or
 * capitalised headline does not count as a difference. Stateless and thread-safe.
 */
public final class Shingles {
    private Shingles() {
    }

    /**
     * The distinct hashed shingles of {@code wordsPerShingle} consecutive words, sorted ascending.
     * A text shorter than one shingle yields one shingle of all its words; a text without words none.
     */
    public static long[] of(String text, int wordsPerShingle) {
        if (wordsPerShingle < 1) {
            throw new IllegalArgumentException("wordsPerShingle must be at least 1, was " + wordsPerShingle);
        }
        long[] words = wordHashes(text);
        if (words.length == 0) {
            return new long[0];
        }
        int window = Math.min(wordsPerShingle, words.length);
        long[] shingles = new long[words.length - window + 1];
        for (int start = 0; start < shingles.length; start++) {
            long h = window;
            for (int i = start; i < start + window; i++) {
                h = Long.rotateLeft(h, 23) ^ words[i];
            }
            shingles[start] = mix(h);
        }
        return distinctSorted(shingles);
    }

    /** The normalised words of a text: lower case, letters and digits only, apostrophes dropped inside words. */
    public static List<String> words(String text) {
        List<String> words = new ArrayList<>();
        StringBuilder word = new StringBuilder();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isLetterOrDigit(c)) {
                word.append(c);
            } else if ((c == '\'' || c == '\u2019') && !word.isEmpty()) {
                continue; // "don't" and "don’t" are the same word
            } else if (!word.isEmpty()) {
                words.add(word.toString().toLowerCase(Locale.ROOT));
                word.setLength(0);
            }
        }
        if (!word.isEmpty()) {
            words.add(word.toString().toLowerCase(Locale.ROOT));
        }
        return words;
    }

    private static long[] wordHashes(String text) {
        List<String> words = words(text);
        long[] hashes = new long[words.size()];
        for (int i = 0; i < hashes.length; i++) {
            hashes[i] = hash(words.get(i));
        }
        return hashes;
    }

    /** FNV-1a over the characters, then mixed so that similar words land far apart. */
    private static long hash(String word) {
        long h = 0xcbf29ce484222325L;
        for (int i = 0; i < word.length(); i++) {
            h ^= word.charAt(i);
            h *= 0x100000001b3L;
        }
        return mix(h);
    }

    /** The SplitMix64 finaliser. */
    static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
        z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
        return z ^ (z >>> 31);
    }

    private static long[] distinctSorted(long[] values) {
        Arrays.sort(values);
        int n = 0;
        for (int i = 0; i < values.length; i++) {
            if (i == 0 || values[i] != values[i - 1]) {
                values[n++] = values[i];
            }
        }
        return Arrays.copyOf(values, n);
    }
}
