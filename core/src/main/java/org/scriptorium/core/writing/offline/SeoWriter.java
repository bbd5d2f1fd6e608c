package org.scriptorium.core.writing.offline;

import org.scriptorium.core.research.text.EntityExtractor;
import org.scriptorium.core.research.text.KeywordExtractor;
import org.scriptorium.core.research.text.Terms;
import org.scriptorium.core.writing.assistant.SeoMetadata;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/** Search metadata from a post's own words: title ideas from templates, its opening as the description, a slug, keywords. */
final class SeoWriter {
    static final int META_LENGTH = 160;
    private static final int MIN_KEYWORDS = 5;
    private static final int MAX_KEYWORDS = 8;

    private final KeywordExtractor extractor = new KeywordExtractor();

    SeoMetadata seo(String title, String markdown) {
        List<String> paragraphs = PlainText.paragraphs(markdown);
        String name = title == null || title.isBlank() ? headingOf(markdown) : title.strip();
        List<String> keywords = keywords(paragraphs, name);
        if (name.isBlank()) {
            name = keywords.isEmpty() ? "" : Titles.titleCase(keywords.getFirst());
        }
        return new SeoMetadata(titleIdeas(name, keywords, markdown), metaDescription(paragraphs), Slugs.of(name), keywords);
    }

    /** Three to five ideas from templates that need no grammar of their own (no verb agrees with a keyword). */
    static List<String> titleIdeas(String title, List<String> keywords, String markdown) {
        String subject = title.contains(":") ? title.substring(0, title.indexOf(':')).strip() : title;
        if (subject.isBlank()) {
            return List.of();
        }
        Set<String> subjectTerms = Set.copyOf(Terms.of(subject));
        // The subject reads better than its own keyword cut short ("heat pump" of "Heat Pump Subsidies").
        String first = keywords.isEmpty() || subjectTerms.containsAll(Terms.of(keywords.getFirst())) ? subject : keywords.getFirst();
        String top = keywords.isEmpty() ? null : keywords.getFirst();
        Set<String> topTerms = top == null ? Set.of() : Set.copyOf(Terms.of(top));
        String second = keywords.stream().filter(k -> !topTerms.containsAll(Terms.of(k))).findFirst().orElse(null);
        Set<String> frame = Set.of("introduction", "conclusion", "references", "sources", "what we don't know yet");
        long sections = markdown == null ? 0 : markdown.lines().filter(l -> l.startsWith("## "))
                .filter(l -> !frame.contains(l.substring(3).strip().toLowerCase(Locale.ROOT))).count();
        long things = Math.clamp(sections, 3, 10);
        Set<String> ideas = new LinkedHashSet<>();
        ideas.add(Titles.titleCase(subject + ": what changed"));
        ideas.add(Titles.titleCase("How to make sense of " + subject));
        ideas.add(Titles.titleCase(things + " things to know about " + first));
        if (second != null) {
            ideas.add(Titles.titleCase(top + " and " + second + ": what to know"));
        }
        ideas.add(Titles.titleCase(subject + ": a short guide"));
        return ideas.stream().limit(5).toList();
    }

    /** The opening sentences that fit in 160 characters; a long first sentence is cut at a word and ends with "…". */
    static String metaDescription(List<String> paragraphs) {
        List<String> sentences = paragraphs.stream().flatMap(p -> Sentences.of(p).stream()).toList();
        if (sentences.isEmpty()) {
            return "";
        }
        StringBuilder meta = new StringBuilder(sentences.getFirst());
        for (int i = 1; i < sentences.size() && meta.length() + 1 + sentences.get(i).length() <= META_LENGTH; i++) {
            meta.append(' ').append(sentences.get(i));
        }
        if (meta.length() <= META_LENGTH) {
            return meta.toString();
        }
        String cut = meta.substring(0, META_LENGTH - 1);
        int space = cut.lastIndexOf(' ');
        cut = space > 0 ? cut.substring(0, space) : cut;
        return cut.replaceAll("[\\s,;:.\\-–—]+$", "") + "…";
    }

    /** 5 to 8 keywords: what sets paragraphs apart, filled up with the most used words of a short text. */
    List<String> keywords(List<String> paragraphs, String title) {
        List<String> documents = new ArrayList<>(paragraphs);
        if (title != null && !title.isBlank()) {
            documents.add(title);
        }
        Set<String> chosen = new LinkedHashSet<>();
        List<String> entities = new EntityExtractor().entities(documents, MAX_KEYWORDS);
        for (String keyword : extractor.keywords(documents, List.of(), MAX_KEYWORDS)) {
            // "Energy Agency" is a piece of "Marlow Energy Agency": the whole name says more.
            chosen.add(entities.stream().filter(e -> e.contains(keyword) && !e.equals(keyword)).findFirst().orElse(keyword));
        }
        if (chosen.size() < MIN_KEYWORDS) {
            Map<String, Integer> counts = new TreeMap<>();
            Map<String, String> surfaces = new TreeMap<>();
            for (String document : documents) {
                for (Terms.Token token : Terms.tokens(document)) {
                    if (token.term().length() > 2 && !token.term().chars().allMatch(Character::isDigit)) {
                        counts.merge(token.term(), 1, Integer::sum);
                        surfaces.putIfAbsent(token.term(), token.surface().toLowerCase(Locale.ROOT));
                    }
                }
            }
            Set<String> chosenTerms = new java.util.HashSet<>();
            chosen.forEach(k -> chosenTerms.addAll(Terms.of(k)));
            counts.entrySet().stream().sorted(Map.Entry.<String, Integer>comparingByValue().reversed())
                    .filter(e -> !chosenTerms.contains(e.getKey()))
                    .map(e -> surfaces.get(e.getKey()))
                    .limit(MIN_KEYWORDS - chosen.size())
                    .forEach(chosen::add);
        }
        return List.copyOf(chosen);
    }

    private static String headingOf(String markdown) {
        return markdown == null ? "" : markdown.lines().filter(l -> l.startsWith("# ")).map(l -> l.substring(2).strip())
                .findFirst().orElse("");
    }
}
