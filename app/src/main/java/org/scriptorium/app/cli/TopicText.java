package org.scriptorium.app.cli;

import org.scriptorium.core.research.reports.ReportSource;
import org.scriptorium.core.research.reports.StoredReport;
import org.scriptorium.core.research.topics.TopicSummary;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Topics and reports as text for people. */
final class TopicText {
    private TopicText() {
    }

    static void table(PrintWriter out, List<TopicSummary> topics) {
        ShortIds ids = new ShortIds(topics.stream().map(TopicSummary::id).toList());
        int idLength = ids.lengthFor(topics.stream().map(TopicSummary::id).toList());
        List<List<String>> rows = new ArrayList<>();
        rows.add(List.of("ID", "SCORE", "PRI", "STATUS", "SOURCES", "DOCS", "TITLE"));
        for (TopicSummary t : topics) {
            rows.add(List.of(ShortIds.shorten(t.id(), idLength), String.format(Locale.ROOT, "%.1f", t.measures().score()),
                    t.priority() + (t.fields().priority() == null ? "~" : ""),
                    t.status().label(), String.valueOf(t.measures().sourceCount()), String.valueOf(t.measures().documentCount()),
                    TextOutput.clip(t.title(), 60)));
        }
        TextOutput.table(out, rows, 1);
    }

    static void details(PrintWriter out, TopicSummary t) {
        out.println(t.title());
        out.println("id " + t.id() + " · " + t.status().label() + " · " + t.origin().name().toLowerCase(Locale.ROOT)
                + " · score " + String.format(Locale.ROOT, "%.1f", t.measures().score()));
        out.println(t.measures().sourceCount() + " sources, " + t.measures().documentCount() + " documents, engagement "
                + t.measures().engagement() + (t.label().isEmpty() ? "" : ", label " + t.label()));
        out.println("Priority " + t.priority() + (t.fields().priority() == null ? " (suggested)" : " (set)")
                + (t.fields().intent() == null ? "" : " · intent " + t.fields().intent().label().toLowerCase(Locale.ROOT))
                + (t.fields().demand() == null ? "" : " · demand " + t.fields().demand())
                + (t.fields().trending() == null ? "" : String.format(Locale.ROOT, " · trend %+.0f%%", t.fields().trending())));
        if (!t.keywords().isEmpty()) {
            out.println("Keywords: " + String.join(", ", t.keywords()));
        }
        if (!t.entities().isEmpty()) {
            out.println("Entities: " + String.join(", ", t.entities()));
        }
    }

    static void report(PrintWriter out, StoredReport report) {
        out.println("Report v" + report.version() + " (" + report.synthesizer() + ", " + TextOutput.local(report.createdAt()) + ")");
        out.println();
        out.println(report.report().summary());
        if (!report.report().keyPoints().isEmpty()) {
            out.println();
            out.println("Key points:");
            report.report().keyPoints().forEach(p -> out.println("  - " + p));
        }
        if (!report.report().openQuestions().isEmpty()) {
            out.println();
            out.println("Open questions:");
            report.report().openQuestions().forEach(q -> out.println("  - " + q));
        }
        out.println();
        out.println("Sources:");
        for (ReportSource s : report.report().sources()) {
            out.println("  [" + s.number() + "] " + s.title() + " <" + s.url() + ">");
        }
    }
}
