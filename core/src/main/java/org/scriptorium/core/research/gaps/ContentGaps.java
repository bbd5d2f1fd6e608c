package org.scriptorium.core.research.gaps;

import org.scriptorium.core.drafts.DraftDocument;
import org.scriptorium.core.research.competitors.ArticleOutline;
import org.scriptorium.core.research.competitors.CompetitorService;
import org.scriptorium.core.research.keywords.Keyword;
import org.scriptorium.core.research.keywords.TopicKeywords;
import org.scriptorium.core.research.topics.TopicSummary;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Compares a topic's drafts with the competitor articles about it. An article is about the topic when it uses at
 * least half of the topic's words (title and top keywords) and names one in its title or headings. Subtopics are the
 * articles' section headings and questions, on their own words (the topic's left out: every text on it uses them), the
 * same subtopic of several competitors merged (their words overlap by 60%); one is a gap when the topic's drafts do not
 * use 60% of its words. Pure: callers hand it what is stored.
 */
public final class ContentGaps {
    private static final int TOPIC_KEYWORDS = 8;
    private static final Pattern DRAFT_HEADING = Pattern.compile("(?m)^#{2,4}\\s+(.+?)\\s*#*\\s*$");

    private ContentGaps() {
    }

    public static GapReport of(TopicSummary topic, List<CompetitorService.CompetitorArticles> articles, List<DraftDocument> drafts,
                               Optional<TopicKeywords> keywords) {
        Set<String> topicTerms = topicTerms(topic);
        List<CompetitorService.CompetitorArticles> about = articles.stream().filter(a -> isAbout(a.article(), topicTerms)).toList();
        List<GapReport.CoveredBy> coveredBy = about.stream()
                .map(a -> new GapReport.CoveredBy(a.competitor(), a.article().title(), a.article().url(), a.article().publishedAt(),
                        a.article().wordCount(), a.article().headings().size()))
                .sorted(Comparator.comparing(GapReport.CoveredBy::publishedAt, Comparator.nullsLast(Comparator.reverseOrder())))
                .toList();
        Set<String> yours = Coverage.terms(drafts.stream().map(d -> d.title() + "\n" + d.body()).toList());

        List<Subtopic> subtopics = new ArrayList<>();
        for (CompetitorService.CompetitorArticles a : about) {
            a.article().headings().stream().filter(h -> !Coverage.generic(h))
                    .forEach(h -> merge(subtopics, h, h.endsWith("?") ? "question" : "heading", a, topicTerms));
            a.article().questions().stream().filter(q -> !a.article().headings().contains(q))
                    .forEach(q -> merge(subtopics, q, "question", a, topicTerms));
        }
        List<GapReport.Gap> gaps = new ArrayList<>();
        for (Subtopic s : subtopics) {
            if (Coverage.share(s.terms, yours) < Coverage.COVERS) {
                gaps.add(new GapReport.Gap(s.text, s.kind, List.copyOf(s.competitors), s.example, null));
            }
        }
        // Most shared first: a section three competitors wrote matters more than one's aside.
        gaps.sort(Comparator.comparingInt((GapReport.Gap g) -> g.competitors().size()).reversed());
        keywords.ifPresent(k -> k.questions().stream().limit(20).forEach(q -> {
            Set<String> terms = Coverage.own(Coverage.terms(q.phrase()), topicTerms);
            if (!terms.isEmpty() && Coverage.share(terms, yours) < Coverage.COVERS && subtopics.stream().noneMatch(s -> Coverage.jaccard(s.terms, terms) >= Coverage.COVERS)) {
                gaps.add(new GapReport.Gap(q.phrase(), "search", List.of(), null, q.demand()));
            }
        }));

        Set<String> theirs = Coverage.terms(about.stream().map(a -> a.article().title() + "\n" + String.join("\n", a.article().headings()) + "\n"
                + a.article().text()).toList());
        List<String> onlyYours = new ArrayList<>();
        for (DraftDocument draft : drafts) {
            var matcher = DRAFT_HEADING.matcher(draft.body());
            while (matcher.find()) {
                String heading = matcher.group(1).strip();
                Set<String> own = Coverage.own(Coverage.terms(heading), topicTerms);
                if (!Coverage.generic(heading) && !about.isEmpty() && !own.isEmpty() && Coverage.share(own, theirs) < Coverage.COVERS
                        && !onlyYours.contains(heading)) {
                    onlyYours.add(heading);
                }
            }
        }
        return new GapReport(topic.id(), topic.title(), coveredBy, gaps, onlyYours, drafts.stream().map(DraftDocument::title).toList(),
                articles.size());
    }

    /** The words a topic is known by: its title's and its best keywords'. */
    static Set<String> topicTerms(TopicSummary topic) {
        Set<String> terms = new LinkedHashSet<>(Coverage.terms(topic.title()));
        topic.keywords().stream().limit(TOPIC_KEYWORDS).forEach(k -> terms.addAll(Coverage.terms(k)));
        return terms;
    }

    static boolean isAbout(ArticleOutline article, Set<String> topicTerms) {
        Set<String> outline = Coverage.terms(article.title() + "\n" + String.join("\n", article.headings()));
        Set<String> all = new java.util.HashSet<>(outline);
        all.addAll(Coverage.terms(article.text()));
        return Coverage.share(topicTerms, all) >= Coverage.ABOUT && topicTerms.stream().anyMatch(outline::contains);
    }

    private static final class Subtopic {
        final String text;
        final String kind;
        final Set<String> terms;
        final Set<String> competitors = new LinkedHashSet<>();
        final String example;

        Subtopic(String text, String kind, Set<String> terms, String example) {
            this.text = text;
            this.kind = kind;
            this.terms = terms;
            this.example = example;
        }
    }

    private static void merge(List<Subtopic> subtopics, String text, String kind, CompetitorService.CompetitorArticles article,
                              Set<String> topicTerms) {
        Set<String> terms = Coverage.own(Coverage.terms(text), topicTerms);
        if (terms.isEmpty()) {
            return; // a heading that only names the topic
        }
        for (Subtopic s : subtopics) {
            if (Coverage.jaccard(s.terms, terms) >= Coverage.COVERS) {
                s.competitors.add(article.competitor());
                return;
            }
        }
        Subtopic created = new Subtopic(text, kind, terms, article.article().url());
        created.competitors.add(article.competitor());
        subtopics.add(created);
    }
}
