package org.scriptorium.core.writing.offline;

import org.scriptorium.core.research.reports.Citations;
import org.scriptorium.core.research.text.EntityExtractor;
import org.scriptorium.core.research.text.Terms;
import org.scriptorium.core.writing.assistant.Outline;
import org.scriptorium.core.writing.assistant.WritingBrief;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A post's plan from a brief: an introduction from the summary's opening sentence, one section per theme of the
 * key points, what is still open, and a conclusion. Points are the brief's sentences with their citations.
 */
final class OutlineBuilder {
    private final ThemeGrouper themes = new ThemeGrouper();

    Outline build(WritingBrief brief) {
        Set<Integer> valid = brief.sources().stream().map(WritingBrief.Reference::number).collect(Collectors.toSet());
        List<String> summary = Sentences.of(Citations.keepValid(nullToEmpty(brief.summary()), valid));
        List<String> points = new ArrayList<>();
        for (String point : brief.keyPoints()) {
            points.addAll(Sentences.of(Citations.keepValid(point, valid)));
        }
        List<Outline.Section> sections = new ArrayList<>();
        String opening = !summary.isEmpty() ? summary.getFirst() : points.isEmpty() ? null : points.getFirst();
        if (opening != null) {
            sections.add(new Outline.Section(DraftTemplates.INTRODUCTION, List.of(opening)));
        }
        // The rest of the summary is research too: it joins the key points rather than being dropped.
        List<String> body = distinct(concat(summary.stream().skip(1).toList(), points), opening);
        for (ThemeGrouper.Theme theme : themes.group(body, brief.topic())) {
            sections.add(new Outline.Section(theme.heading(), theme.points()));
        }
        List<String> questions = brief.openQuestions().stream().map(q -> Citations.keepValid(q, valid).strip())
                .filter(q -> !q.isEmpty()).toList();
        if (!questions.isEmpty()) {
            sections.add(new Outline.Section(DraftTemplates.OPEN_QUESTIONS, questions));
        }
        sections.add(new Outline.Section(DraftTemplates.CONCLUSION, DraftTemplates.conclusion(brief.topic(), entities(brief))));
        return new Outline(title(brief), sections);
    }

    /** The people, places and organisations the research names most, at most three. */
    static List<String> entities(WritingBrief brief) {
        List<String> texts = new ArrayList<>();
        texts.add(ThemeGrouper.withoutCitations(nullToEmpty(brief.summary())));
        brief.keyPoints().forEach(p -> texts.add(ThemeGrouper.withoutCitations(p)));
        Set<String> topic = new HashSet<>(Terms.of(brief.topic()));
        return new EntityExtractor().entities(texts, 6).stream()
                .filter(e -> !topic.containsAll(Terms.of(e)))
                .limit(3).toList();
    }

    /** The topic and its first keyword that adds something, in title case: a working title to be replaced. */
    static String title(WritingBrief brief) {
        Set<String> topic = new HashSet<>(Terms.of(brief.topic()));
        String extra = brief.keywords().stream()
                .filter(k -> !Terms.of(k).isEmpty() && !topic.containsAll(Terms.of(k)))
                .findFirst().orElse(null);
        String title = extra == null ? brief.topic() : brief.topic().strip() + " and " + extra.strip();
        return Titles.titleCase(title);
    }

    private static List<String> distinct(List<String> sentences, String except) {
        Set<String> seen = new LinkedHashSet<>();
        if (except != null) {
            seen.add(key(except));
        }
        List<String> kept = new ArrayList<>();
        for (String s : sentences) {
            if (seen.add(key(s))) {
                kept.add(s);
            }
        }
        return kept;
    }

    private static String key(String sentence) {
        return ThemeGrouper.withoutCitations(sentence).strip().toLowerCase(Locale.ROOT);
    }

    private static List<String> concat(List<String> a, List<String> b) {
        List<String> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }
}
