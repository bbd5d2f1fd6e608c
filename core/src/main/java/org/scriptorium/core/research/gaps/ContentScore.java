package org.scriptorium.core.research.gaps;

import org.scriptorium.core.research.competitors.ArticleOutline;
import org.scriptorium.core.research.keywords.Keyword;
import org.scriptorium.core.research.keywords.TopicKeywords;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A draft's content score, 0–100, from six parts a writer can act on, each with what would raise it: coverage of the
 * topic's keywords (30) and of the questions people ask (15), sections (15), links to sources (10), length against
 * the competitors' articles on the topic (15), and reading ease (15, Flesch's, for English).
 */
public record ContentScore(int score, List<Part> parts) {
    private static final Pattern HEADING = Pattern.compile("(?m)^#{2,4}\\s+\\S");
    private static final Pattern LINK = Pattern.compile("\\]\\((https?://[^)\\s]+)");
    private static final Pattern WORD = Pattern.compile("[\\p{L}][\\p{L}'’-]*");
    private static final Pattern SENTENCE_END = Pattern.compile("[.!?]+(\\s|$)");
    private static final int LENGTH_WITHOUT_COMPETITORS = 1200;

    /** One part: its points of its most, and what would raise it (null when it is full). */
    public record Part(String name, int points, int most, String advice) {
    }

    public static ContentScore of(String title, String markdown, Optional<TopicKeywords> keywords, List<ArticleOutline> competitorArticles) {
        String text = title + "\n" + markdown;
        Set<String> yours = Coverage.terms(text);
        List<Part> parts = new ArrayList<>();

        List<Keyword> top = keywords.map(k -> k.keywords().stream().limit(20).toList()).orElse(List.of());
        List<String> missing = top.stream().filter(k -> Coverage.share(Coverage.terms(k.phrase()), yours) < 1).map(Keyword::phrase).toList();
        parts.add(top.isEmpty() ? new Part("Keywords", 0, 30, "Run keyword research on the topic to measure this.")
                : part("Keywords", 30, (top.size() - missing.size()) / (double) top.size(),
                "Use more of the searched phrases: " + list(missing, 4) + "."));

        List<Keyword> questions = keywords.map(k -> k.questions().stream().limit(10).toList()).orElse(List.of());
        List<String> unanswered = questions.stream().filter(q -> !answered(q, yours))
                .map(Keyword::phrase).toList();
        parts.add(questions.isEmpty() ? new Part("Questions", keywords.isPresent() ? 15 : 0, 15,
                        keywords.isPresent() ? null : "Run keyword research on the topic to measure this.")
                : part("Questions", 15, (questions.size() - unanswered.size()) / (double) questions.size(),
                "Answer what people ask: " + list(unanswered, 3) + "."));

        int headings = count(HEADING.matcher(markdown));
        double theirHeadings = competitorArticles.stream().mapToInt(a -> a.headings().size()).average().orElse(4);
        double wantedHeadings = Math.max(3, Math.min(8, theirHeadings));
        parts.add(part("Sections", 15, headings / wantedHeadings, "Break it into sections: " + headings + " heading" + (headings == 1 ? "" : "s")
                + " now, about " + Math.round(wantedHeadings) + " would suit it" + (competitorArticles.isEmpty() ? "." : " (competitors use "
                + Math.round(theirHeadings) + ").")));

        int links = count(LINK.matcher(markdown));
        parts.add(part("Links", 10, links / 3.0, "Link your sources: " + links + " link" + (links == 1 ? "" : "s") + " now, at least 3."));

        int words = count(WORD.matcher(markdown));
        int[] theirWords = competitorArticles.stream().mapToInt(ArticleOutline::wordCount).sorted().toArray();
        int middle = theirWords.length / 2;
        int wanted = theirWords.length == 0 ? LENGTH_WITHOUT_COMPETITORS
                : theirWords.length % 2 == 1 ? theirWords[middle] : (theirWords[middle - 1] + theirWords[middle]) / 2;
        parts.add(part("Length", 15, words / (double) Math.max(1, wanted), words + " words; " + (theirWords.length == 0 ? "about "
                + LENGTH_WITHOUT_COMPETITORS + " covers a topic" : "competitors' articles on it have " + wanted + " (median)") + "."));

        double ease = readingEase(markdown);
        parts.add(part("Reading ease", 15, (ease - 30) / 30, "Shorter sentences and words: reading ease " + Math.round(ease) + ", aim for 60 or more."));
        return new ContentScore(parts.stream().mapToInt(Part::points).sum(), List.copyOf(parts));
    }

    /** A question is answered when the text uses most of its own words (those beyond its seed's). */
    private static boolean answered(Keyword question, Set<String> yours) {
        Set<String> own = Coverage.own(Coverage.terms(question.phrase()), Coverage.terms(question.seed()));
        return own.isEmpty() || Coverage.share(own, yours) >= Coverage.COVERS;
    }

    /** Flesch reading ease: 206.835 − 1.015 × words per sentence − 84.6 × syllables per word (higher is easier). */
    static double readingEase(String markdown) {
        String prose = markdown.replaceAll("(?m)^#+.*$", " ").replaceAll("\\]\\([^)]*\\)", "]").replaceAll("`[^`]*`", " ");
        int words = 0;
        int syllables = 0;
        Matcher word = WORD.matcher(prose);
        while (word.find()) {
            words++;
            syllables += syllables(word.group());
        }
        int sentences = Math.max(1, count(SENTENCE_END.matcher(prose)));
        if (words == 0) {
            return 0;
        }
        return 206.835 - 1.015 * words / sentences - 84.6 * syllables / (double) words;
    }

    /** Vowel groups, less a silent final e: close enough for a reading-ease figure. */
    static int syllables(String word) {
        String w = word.toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z]", "");
        if (w.length() <= 3) {
            return 1;
        }
        w = w.replaceAll("(?:[^laeiouy]es|ed|[^laeiouy]e)$", "").replaceAll("^y", "");
        int groups = count(Pattern.compile("[aeiouy]+").matcher(w));
        return Math.max(1, groups);
    }

    private static Part part(String name, int most, double share, String advice) {
        int points = (int) Math.round(most * Math.max(0, Math.min(1, share)));
        return new Part(name, points, most, points >= most ? null : advice);
    }

    private static int count(Matcher matcher) {
        int n = 0;
        while (matcher.find()) {
            n++;
        }
        return n;
    }

    private static String list(List<String> items, int shown) {
        String head = String.join("; ", items.stream().limit(shown).map(s -> "\"" + s + "\"").toList());
        return items.size() > shown ? head + " and " + (items.size() - shown) + " more" : head;
    }
}
