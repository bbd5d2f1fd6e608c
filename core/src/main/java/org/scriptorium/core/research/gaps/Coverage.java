package org.scriptorium.core.research.gaps;

import org.scriptorium.core.research.text.Terms;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Whether a text covers a subject, on research's terms (stop words out, light stemming): most of the subject's words
 * appear in it. Headings that every article has ("Conclusion", "Related posts") are no subject.
 */
final class Coverage {
    /** The share of a subtopic's words a text must use to cover it. */
    static final double COVERS = 0.6;
    /** The share of a topic's words an article must use to be about it. */
    static final double ABOUT = 0.5;
    private static final Pattern GENERIC = Pattern.compile("(?i)^(introduction|intro|conclusions?|summary|in summary|faqs?|frequently asked questions"
            + "|related( posts| articles| reading)?|references|sources|share( this)?|comments?|leave a (comment|reply)|about the author|table of contents"
            + "|contents|final thoughts|key takeaways|takeaways|the bottom line|bottom line|wrapping up|next steps|read more|more from .*|subscribe.*"
            + "|newsletter|overview|tl;?dr|key points|what readers ask|open questions|further reading)[:.!]?$");

    private Coverage() {
    }

    static Set<String> terms(String text) {
        return new HashSet<>(Terms.of(text));
    }

    static Set<String> terms(List<String> texts) {
        return terms(String.join(" \n ", texts));
    }

    /** The share of {@code subject}'s words that {@code text} uses; 0 for a subject without words. */
    static double share(Set<String> subject, Set<String> text) {
        if (subject.isEmpty()) {
            return 0;
        }
        long used = subject.stream().filter(text::contains).count();
        return used / (double) subject.size();
    }

    /** A subject's own words: less the words of what it is a part of (a topic's, a seed's), which every text on it uses. */
    static Set<String> own(Set<String> subject, Set<String> whole) {
        Set<String> own = new HashSet<>(subject);
        own.removeAll(whole);
        return own;
    }

    static boolean generic(String heading) {
        return GENERIC.matcher(heading.strip()).matches() || terms(heading).isEmpty();
    }

    static double jaccard(Set<String> a, Set<String> b) {
        if (a.isEmpty() || b.isEmpty()) {
            return 0;
        }
        long common = a.stream().filter(b::contains).count();
        return common / (double) (a.size() + b.size() - common);
    }
}
