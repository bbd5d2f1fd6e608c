package org.scriptorium.core.research.topics;

import org.scriptorium.core.drafts.DraftDocument;
import org.scriptorium.core.drafts.DraftService;
import org.scriptorium.core.drafts.DraftStatus;
import org.scriptorium.core.drafts.NewDraft;
import org.scriptorium.core.research.documents.DocumentStore;
import org.scriptorium.core.research.documents.DocumentSummary;
import org.scriptorium.core.research.reports.ReportSource;
import org.scriptorium.core.research.reports.ReportStore;
import org.scriptorium.core.research.reports.ResearchReport;
import org.scriptorium.core.research.reports.StoredReport;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * "Start a draft from this topic": a Markdown draft with an outline built from the research report and its
 * citations as a numbered reference list, so every [n] in the outline points at a reference in the draft.
 */
public final class TopicDrafts {
    private static final int REFERENCES_WITHOUT_REPORT = 10;
    private static final int QUESTION_SECTIONS = 4;

    private final TopicService topics;
    private final ReportStore reports;
    private final DocumentStore documents;
    private final DraftService drafts;
    private final java.util.function.Function<UUID, SearchHints> hints;
    private volatile SeoKeeper seoKeeper = (draft, keywords) -> { };

    /** What people search for on a topic, from its keyword research: the questions they ask and the phrases, most searched first. */
    public record SearchHints(List<String> questions, List<String> keywords) {
        public static final SearchHints NONE = new SearchHints(List.of(), List.of());
    }

    /** Keeps a new draft's search keywords with its SEO metadata (the writing side does; research does not know it). */
    public interface SeoKeeper {
        void keep(DraftDocument draft, List<String> keywords);
    }

    public TopicDrafts(TopicService topics, ReportStore reports, DocumentStore documents, DraftService drafts,
                       java.util.function.Function<UUID, SearchHints> hints) {
        this.topics = topics;
        this.reports = reports;
        this.documents = documents;
        this.drafts = drafts;
        this.hints = hints;
    }

    /** Set once by the studio, which knows the writing side. */
    public void keepSeoWith(SeoKeeper keeper) {
        this.seoKeeper = keeper;
    }

    public DraftDocument startDraft(UUID topicId) {
        TopicSummary topic = topics.get(topicId);
        Optional<StoredReport> report = reports.current(topicId);
        SearchHints searched = hints.apply(topicId);
        String body = report.map(r -> fromReport(topic, r.report(), r.createdAt()))
                .orElseGet(() -> fromDocuments(topic, documents.summaries(topic.documentIds())));
        body = withQuestions(body, searched.questions());
        DraftDocument draft = drafts.create(new NewDraft(topic.title(), body, DraftStatus.DRAFT, List.of("research")));
        topics.advance(topicId, TopicStatus.DRAFTED);
        topics.linkDraft(topicId, draft.id());
        if (!searched.keywords().isEmpty()) {
            seoKeeper.keep(draft, searched.keywords());
        }
        return draft;
    }

    /** The questions people search for, as the outline's sections, before its conclusion: each one a reader came with. */
    static String withQuestions(String outline, List<String> questions) {
        if (questions.isEmpty()) {
            return outline;
        }
        StringBuilder section = new StringBuilder("## What readers ask\n\n");
        questions.stream().limit(QUESTION_SECTIONS).forEach(q -> section.append("### ").append(Character.toUpperCase(q.charAt(0)))
                .append(q.substring(1)).append(q.endsWith("?") ? "" : "?").append("\n\n- \n\n"));
        int conclusion = outline.indexOf("## Conclusion");
        return conclusion < 0 ? outline + "\n" + section : outline.substring(0, conclusion) + section + outline.substring(conclusion);
    }

    static String fromReport(TopicSummary topic, ResearchReport report, Instant researchedAt) {
        StringBuilder md = new StringBuilder();
        md.append("# ").append(topic.title()).append("\n\n");
        md.append("> Outline from research on ").append(LocalDate.ofInstant(researchedAt, ZoneOffset.UTC))
                .append(". Replace each point with your own words; keep the citations you use.\n\n");
        md.append("## Introduction\n\n");
        md.append("- Why this matters now: ").append(firstSentence(report.summary())).append("\n\n");
        md.append("## Key points\n\n");
        List<String> points = report.keyPoints().isEmpty() ? List.of(report.summary()) : report.keyPoints();
        points.forEach(p -> md.append("- ").append(p).append('\n'));
        if (!report.openQuestions().isEmpty()) {
            md.append("\n## Open questions\n\n");
            report.openQuestions().forEach(q -> md.append("- ").append(q).append('\n'));
        }
        md.append("\n## Conclusion\n\n- \n\n");
        md.append("## References\n\n");
        for (ReportSource s : report.sources()) {
            md.append(s.number()).append(". [").append(escape(s.title())).append("](").append(s.url()).append(")\n");
        }
        return md.toString();
    }

    static String fromDocuments(TopicSummary topic, List<DocumentSummary> docs) {
        StringBuilder md = new StringBuilder();
        md.append("# ").append(topic.title()).append("\n\n");
        md.append("> Outline from the topic's documents; run research on the topic for a cited summary.\n\n");
        md.append("## Introduction\n\n- \n\n## Key points\n\n");
        List<DocumentSummary> cited = new ArrayList<>(docs.stream().limit(REFERENCES_WITHOUT_REPORT).toList());
        for (int i = 0; i < cited.size(); i++) {
            md.append("- ").append(cited.get(i).title()).append(" [").append(i + 1).append("]\n");
        }
        if (cited.isEmpty()) {
            md.append("- \n");
        }
        md.append("\n## Conclusion\n\n- \n\n## References\n\n");
        for (int i = 0; i < cited.size(); i++) {
            md.append(i + 1).append(". [").append(escape(cited.get(i).title())).append("](").append(cited.get(i).url()).append(")\n");
        }
        return md.toString();
    }

    private static String firstSentence(String summary) {
        int end = summary.indexOf("] ");
        return end > 0 ? summary.substring(0, end + 1) : summary;
    }

    private static String escape(String title) {
        return title.replace("[", "(").replace("]", ")");
    }
}
