package org.scriptorium.core.research.keywords;

import org.scriptorium.core.research.competitors.ArticleOutline;
import org.scriptorium.core.research.text.Terms;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * How hard a keyword is to stand out on, from the competitor pages the studio has read: each page that covers every
 * word of it counts by how strongly (in its title 1, in a heading 0.7, only in its text 0.4) and how deeply (its length
 * against 1,500 words, at most 1.5 times), and the sum saturates: 100 × (1 − e^(−sum/3)). Three strong long pages make
 * about 80; none makes 0.
 */
public final class KeywordDifficulty {
    private final List<Page> pages;

    private record Page(Set<String> title, Set<String> headings, Set<String> text, int words) {
    }

    /** What a keyword's difficulty is: the figure and how many pages cover it. */
    public record Measure(int difficulty, int covering) {
    }

    public KeywordDifficulty(List<ArticleOutline> articles) {
        this.pages = articles.stream().map(a -> new Page(new HashSet<>(Terms.of(a.title())), new HashSet<>(Terms.of(String.join(" ", a.headings()))),
                new HashSet<>(Terms.of(a.text())), a.wordCount())).toList();
    }

    /** Whether any competitor page was read: without one, difficulty is unknown rather than zero. */
    public boolean known() {
        return !pages.isEmpty();
    }

    public Measure of(String phrase) {
        Set<String> words = new HashSet<>(Terms.of(phrase));
        if (words.isEmpty()) {
            return new Measure(0, 0);
        }
        double sum = 0;
        int covering = 0;
        for (Page page : pages) {
            boolean inText = page.text().containsAll(words) || page.title().containsAll(words) || page.headings().containsAll(words);
            if (!inText) {
                continue;
            }
            covering++;
            double strength = page.title().containsAll(words) ? 1 : page.headings().containsAll(words) ? 0.7 : 0.4;
            double depth = Math.min(1.5, Math.max(0.2, page.words() / 1500.0));
            sum += strength * depth;
        }
        return new Measure((int) Math.round(100 * (1 - Math.exp(-sum / 3))), covering);
    }
}
