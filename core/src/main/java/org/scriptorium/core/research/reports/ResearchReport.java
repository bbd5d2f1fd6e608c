package org.scriptorium.core.research.reports;

import java.util.List;

/**
 * A cited report: a summary, key points and open questions whose claims carry {@code [n]} citations,
 * and the numbered sources they cite. {@link Citations#keepValid} makes every citation resolve.
 */
public record ResearchReport(String summary, List<String> keyPoints, List<String> openQuestions, List<ReportSource> sources) {
    public ResearchReport {
        keyPoints = List.copyOf(keyPoints);
        openQuestions = List.copyOf(openQuestions);
        sources = List.copyOf(sources);
    }

    /** The report as Markdown: what the window shows and what a draft's reference list is built from. */
    public String toMarkdown() {
        StringBuilder md = new StringBuilder();
        md.append("## Summary\n\n").append(summary.isBlank() ? "_Nothing could be summarised._" : summary).append("\n");
        if (!keyPoints.isEmpty()) {
            md.append("\n## Key points\n\n");
            keyPoints.forEach(p -> md.append("- ").append(p).append('\n'));
        }
        if (!openQuestions.isEmpty()) {
            md.append("\n## Open questions\n\n");
            openQuestions.forEach(q -> md.append("- ").append(q).append('\n'));
        }
        md.append("\n## Sources\n\n");
        sources.forEach(s -> md.append(s.number()).append(". [").append(s.title().replace("]", ")")).append("](").append(s.url()).append(")\n"));
        return md.toString();
    }
}
