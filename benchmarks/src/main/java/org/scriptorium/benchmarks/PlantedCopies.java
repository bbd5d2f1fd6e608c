package org.scriptorium.benchmarks;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * Synthetic documents with planted near-duplicates and their labels: about 300 words each from a seeded vocabulary
 * with the skew of real text, and one in ten a copy of an earlier document with 1–60 words replaced (Jaccard of
 * 3-word shingles from about 0.3 to 0.99, so some copies fall on either side of a threshold). A document's story is
 * the document it was first written as: copies, and copies of copies, share their original's story.
 *
 * @param texts the documents, in the order they arrive
 * @param story for each document, the index of the original it was copied from (its own index if it is one)
 */
record PlantedCopies(List<String> texts, int[] story) {
    static final int WORDS_PER_DOCUMENT = 300;
    private static final int VOCABULARY = 20_000;
    private static final List<String> SYLLABLES = List.of(
            "ka", "lo", "mi", "ren", "tas", "vor", "bel", "dun", "fi", "gar", "hes", "jul", "mon", "nir", "pal",
            "quo", "ris", "sel", "tor", "ul", "vin", "wes", "xan", "yor", "zel", "bri", "cal", "dre", "sto", "pra");

    /** Nine in ten documents drawn afresh, one in ten a copy of an earlier one with a few words replaced. */
    static PlantedCopies generate(int count, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        String[] vocabulary = vocabulary(random);
        double[] cumulative = zipf(vocabulary.length);
        List<String[]> words = new ArrayList<>(count);
        int[] story = new int[count];
        for (int i = 0; i < count; i++) {
            if (i > 10 && random.nextInt(10) == 0) {
                int original = random.nextInt(i);
                String[] copy = words.get(original).clone();
                int changes = 1 + random.nextInt(60);
                for (int c = 0; c < changes; c++) {
                    copy[random.nextInt(copy.length)] = pick(vocabulary, cumulative, random);
                }
                words.add(copy);
                story[i] = story[original];
            } else {
                int length = WORDS_PER_DOCUMENT - 30 + random.nextInt(61);
                String[] fresh = new String[length];
                for (int w = 0; w < length; w++) {
                    fresh[w] = pick(vocabulary, cumulative, random);
                }
                words.add(fresh);
                story[i] = i;
            }
        }
        List<String> texts = new ArrayList<>(count);
        for (String[] document : words) {
            texts.add(String.join(" ", document));
        }
        return new PlantedCopies(List.copyOf(texts), story);
    }

    int size() {
        return texts.size();
    }

    /** How many documents are copies of another. */
    int copies() {
        int copies = 0;
        for (int i = 0; i < story.length; i++) {
            copies += story[i] != i ? 1 : 0;
        }
        return copies;
    }

    private static String[] vocabulary(SplittableRandom random) {
        Set<String> words = new LinkedHashSet<>();
        while (words.size() < VOCABULARY) {
            StringBuilder word = new StringBuilder();
            int syllables = 1 + random.nextInt(4);
            for (int s = 0; s < syllables; s++) {
                word.append(SYLLABLES.get(random.nextInt(SYLLABLES.size())));
            }
            words.add(word.toString());
        }
        return words.toArray(String[]::new);
    }

    /** Cumulative Zipf weights: the word of rank r is drawn with probability proportional to 1/r. */
    private static double[] zipf(int n) {
        double[] cumulative = new double[n];
        double sum = 0;
        for (int r = 0; r < n; r++) {
            sum += 1.0 / (r + 1);
            cumulative[r] = sum;
        }
        for (int r = 0; r < n; r++) {
            cumulative[r] /= sum;
        }
        return cumulative;
    }

    private static String pick(String[] vocabulary, double[] cumulative, SplittableRandom random) {
        int at = Arrays.binarySearch(cumulative, random.nextDouble());
        return vocabulary[Math.min(at < 0 ? -at - 1 : at, vocabulary.length - 1)];
    }
}
