package org.scriptorium.core.writing.social;

import org.scriptorium.core.writing.social.counting.Entity;
import org.scriptorium.core.writing.social.counting.Graphemes;

import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;

/**
 * Cuts a text too long for one post into a numbered thread ("1/3 …"), each part within the platform's limit with its
 * number counted. Cuts fall between sentences where possible, else between words, else between characters as the
 * reader sees them; never inside a link (as the platform finds links), an emoji or any other grapheme. Every part is
 * a stretch of the original text, so joining the parts gives the text back.
 */
public final class ThreadSplitter {
    private final PlatformRules rules;

    public ThreadSplitter(PlatformRules rules) {
        this.rules = rules;
    }

    /** One part (unnumbered) when the text fits, else the numbered parts. */
    public List<String> split(String text) {
        String whole = text == null ? "" : text.strip();
        if (rules.fits(whole)) {
            return List.of(whole);
        }
        for (int digits = 1; ; digits++) {
            String widest = "9".repeat(digits) + "/" + "9".repeat(digits) + " ";
            List<String> parts = cut(whole, widest);
            if (parts.size() < Math.pow(10, digits)) {
                List<String> numbered = new ArrayList<>();
                for (int i = 0; i < parts.size(); i++) {
                    numbered.add((i + 1) + "/" + parts.size() + " " + parts.get(i));
                }
                return numbered;
            }
        }
    }

    /** The text of a numbered part without its number. */
    public static String withoutNumber(String part) {
        return part.replaceFirst("^\\d+/\\d+ ", "");
    }

    private List<String> cut(String text, String prefix) {
        List<Entity> links = rules.entities(text).stream().filter(e -> e.kind() == Entity.Kind.LINK).toList();
        TreeSet<Integer> graphemes = outside(links, Graphemes.boundaries(text));
        TreeSet<Integer> sentences = outside(links, sentenceBoundaries(text));
        TreeSet<Integer> words = new TreeSet<>();
        for (int i = 1; i < text.length(); i++) {
            if (Character.isWhitespace(text.charAt(i - 1)) && !Character.isWhitespace(text.charAt(i))) {
                words.add(i);
            }
        }
        words.add(text.length());
        sentences.retainAll(words); // a sentence ends where a word starts, or at the end
        List<String> parts = new ArrayList<>();
        int start = 0;
        while (start < text.length()) {
            int end = furthestFitting(text, start, sentences, prefix);
            if (end < 0 || !wholeSentenceFitsAfter(text, end, sentences, prefix)) {
                int byWords = furthestFitting(text, start, words, prefix);
                end = Math.max(end, byWords);
            }
            if (end < 0) {
                end = furthestFitting(text, start, graphemes, prefix);
            }
            if (end < 0) {
                end = words.higher(start); // a link too long for any post still goes out whole; the preview flags it
            }
            parts.add(text.substring(start, end).strip());
            start = end;
            while (start < text.length() && Character.isWhitespace(text.charAt(start))) {
                start++;
            }
        }
        return parts;
    }

    /** The furthest boundary after {@code start} whose stretch fits with the number in front; -1 if none does. */
    private int furthestFitting(String text, int start, TreeSet<Integer> boundaries, String prefix) {
        int best = -1;
        for (Integer end = boundaries.higher(start); end != null; end = boundaries.higher(end)) {
            if (!rules.fits(prefix + text.substring(start, end).strip())) {
                break;
            }
            best = end;
        }
        return best;
    }

    /** Whether the sentence after {@code end} fits a part of its own: if not, it is cut anyway and may fill this one. */
    private boolean wholeSentenceFitsAfter(String text, int end, TreeSet<Integer> sentences, String prefix) {
        Integer next = sentences.higher(end);
        return next == null || rules.fits(prefix + text.substring(end, next).strip());
    }

    private static List<Integer> sentenceBoundaries(String text) {
        BreakIterator sentences = BreakIterator.getSentenceInstance(Locale.ENGLISH);
        sentences.setText(text);
        List<Integer> bounds = new ArrayList<>();
        for (int b = sentences.first(); b != BreakIterator.DONE; b = sentences.next()) {
            bounds.add(b);
        }
        return bounds;
    }

    /** The boundaries after the text's start that do not fall inside a link. */
    private static TreeSet<Integer> outside(List<Entity> links, List<Integer> boundaries) {
        TreeSet<Integer> kept = new TreeSet<>();
        for (int b : boundaries) {
            if (b > 0 && links.stream().noneMatch(l -> b > l.start() && b < l.end())) {
                kept.add(b);
            }
        }
        return kept;
    }
}
