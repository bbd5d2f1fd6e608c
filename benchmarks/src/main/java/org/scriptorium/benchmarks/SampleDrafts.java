package org.scriptorium.benchmarks;

import org.scriptorium.core.drafts.DraftStatus;
import org.scriptorium.core.drafts.NewDraft;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;

/**
 * A repeatable stream of drafts that look like a creator's: titles of 4–10 words, Markdown bodies of
 * 150–600 words drawn from a vocabulary of a few thousand with the skew of real text (a few words are
 * everywhere, most are seldom used), a handful of rare words in a handful of drafts, and 0–3 tags.
 */
public final class SampleDrafts {
    /** In nearly every draft. */
    public static final String COMMON_WORD = "content";
    /** In about one draft in a thousand. */
    public static final String RARE_WORD = "zeugma";
    /** Two words typed in part, as in the search box while typing. */
    public static final String TWO_PREFIXES = "sched aud";

    private static final List<String> HEAD = List.of(
            "the", "of", "and", "to", "a", "in", "is", "it", "you", "that", "for", "on", "with", "as", "this",
            "content", "your", "are", "be", "can", "post", "more", "we", "not", "or", "draft", "will", "what",
            "writing", "how", "about", "people", "when", "audience", "one", "all", "time", "if", "there", "so",
            "just", "make", "like", "work", "new", "first", "good", "schedule", "readers", "story", "idea", "week",
            "blog", "publish", "social", "share", "start", "write", "plan", "topic", "research", "notes", "edit",
            "headline", "image", "campaign", "engagement", "brand", "voice", "launch", "feedback", "newsletter",
            "article", "series", "calendar", "scheduled", "audiences", "sources", "quote", "outline", "revision",
            "platform", "channel", "thread", "followers", "comment", "reply", "link", "video", "podcast", "summary",
            "update", "release", "product", "customer", "team", "project", "process", "question", "answer",
            "morning", "evening", "weekend", "simple", "better", "clear", "short", "long", "every", "because",
            "without", "through", "between", "another", "often", "still", "never", "always", "maybe", "really");
    private static final List<String> RARE = List.of(
            RARE_WORD, "quokka", "palimpsest", "zephyr", "syzygy", "apricity", "defenestration", "lagniappe",
            "petrichor", "sonder", "vellichor", "tmesis", "anacoluthon", "chiasmus", "hendiadys");
    private static final List<String> SYLLABLES = List.of(
            "ka", "lo", "mi", "ren", "tas", "vor", "bel", "dun", "fi", "gar", "hes", "jul", "mon", "nir", "pal",
            "quo", "ris", "sel", "tor", "ul", "vin", "wes", "xan", "yor", "zel", "bri", "cal", "dre", "sto", "pra");
    private static final List<String> TAGS = List.of(
            "java", "kotlin", "writing", "productivity", "marketing", "design", "travel", "cooking", "linkedin",
            "newsletter", "tutorial", "opinion", "release-notes", "ai", "startups", "books", "music", "health",
            "finance", "photography", "remote-work", "open-source", "career", "events");
    private static final int VOCABULARY_SIZE = 3000;
    private static final double RARE_WORD_CHANCE = 0.001;

    private final Random random;
    private final String[] vocabulary;
    private final double[] cumulative;

    public SampleDrafts(long seed) {
        this.random = new Random(seed);
        this.vocabulary = vocabulary(new Random(seed ^ 0x5eedL));
        this.cumulative = new double[vocabulary.length];
        double total = 0;
        for (int rank = 0; rank < vocabulary.length; rank++) {
            // Zipf's law: the n-th most used word is used about 1/n as often as the first.
            total += 1.0 / (rank + 1);
            cumulative[rank] = total;
        }
        for (int rank = 0; rank < cumulative.length; rank++) {
            cumulative[rank] /= total;
        }
    }

    public NewDraft next() {
        String title = capitalised(words(4 + random.nextInt(7)));
        return new NewDraft(title, body(150 + random.nextInt(451)), status(), tags());
    }

    private String body(int wordCount) {
        StringBuilder text = new StringBuilder(wordCount * 8);
        List<String> words = new ArrayList<>(words(wordCount));
        for (String rare : RARE) {
            if (random.nextDouble() < RARE_WORD_CHANCE) {
                words.set(random.nextInt(words.size()), rare);
            }
        }
        int written = 0;
        while (written < words.size()) {
            if (random.nextInt(4) == 0) {
                text.append("## ").append(capitalised(words(2 + random.nextInt(4)))).append("\n\n");
            }
            int sentences = 3 + random.nextInt(4);
            for (int s = 0; s < sentences && written < words.size(); s++) {
                int length = Math.min(6 + random.nextInt(13), words.size() - written);
                List<String> sentence = words.subList(written, written + length);
                written += length;
                text.append(capitalised(sentence)).append(random.nextInt(8) == 0 ? "? " : ". ");
            }
            text.setLength(text.length() - 1);
            text.append("\n\n");
        }
        return text.toString().strip() + "\n";
    }

    private List<String> words(int count) {
        List<String> words = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            int rank = Arrays.binarySearch(cumulative, random.nextDouble());
            words.add(vocabulary[rank >= 0 ? rank : Math.min(-rank - 1, vocabulary.length - 1)]);
        }
        return words;
    }

    private DraftStatus status() {
        int roll = random.nextInt(100);
        if (roll < 50) {
            return DraftStatus.DRAFT;
        } else if (roll < 65) {
            return DraftStatus.READY;
        } else if (roll < 75) {
            return DraftStatus.SCHEDULED;
        } else if (roll < 95) {
            return DraftStatus.PUBLISHED;
        }
        return DraftStatus.ARCHIVED;
    }

    private List<String> tags() {
        Set<String> tags = new LinkedHashSet<>();
        int count = random.nextInt(4);
        while (tags.size() < count) {
            tags.add(TAGS.get(random.nextInt(TAGS.size())));
        }
        return List.copyOf(tags);
    }

    private static String capitalised(List<String> words) {
        String joined = String.join(" ", words);
        return joined.substring(0, 1).toUpperCase(Locale.ROOT) + joined.substring(1);
    }

    /** Real words first, for the frequent ranks, then made-up words of two or three syllables for the long tail. */
    private static String[] vocabulary(Random random) {
        Set<String> words = new LinkedHashSet<>(HEAD);
        while (words.size() < VOCABULARY_SIZE) {
            StringBuilder word = new StringBuilder();
            int syllables = 2 + random.nextInt(2);
            for (int s = 0; s < syllables; s++) {
                word.append(SYLLABLES.get(random.nextInt(SYLLABLES.size())));
            }
            words.add(word.toString());
        }
        return words.toArray(String[]::new);
    }
}
