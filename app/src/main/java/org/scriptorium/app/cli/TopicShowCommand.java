package org.scriptorium.app.cli;

import org.scriptorium.core.research.documents.DocumentSummary;
import org.scriptorium.core.research.reports.StoredReport;
import org.scriptorium.core.research.topics.TopicSummary;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

import java.util.List;
import java.util.Optional;

/** {@code topic show ID}: a topic with its documents and current report. */
@Command(name = "show", mixinStandardHelpOptions = true, versionProvider = AppVersion.class,
        description = "Show a topic: its measures, keywords, documents and current research report.")
final class TopicShowCommand extends StudioCommand {
    @Parameters(paramLabel = "ID", description = "The topic's id, or a unique prefix of it.")
    String id;

    @Mixin
    JsonOption json;

    @Override
    void run() {
        var research = research();
        TopicSummary topic = research.topics().get(research.topics().resolveId(id));
        List<DocumentSummary> documents = research.documents().summaries(topic.documentIds());
        Optional<StoredReport> report = research.reports().current(topic.id());
        if (json.enabled) {
            var node = ResearchJson.topic(topic);
            node.set("documentList", JsonOutput.array(documents, ResearchJson::document));
            node.set("report", report.map(ResearchJson::report).orElse(null));
            JsonOutput.print(out(), node);
            return;
        }
        TopicText.details(out(), topic);
        if (!documents.isEmpty()) {
            out().println();
            out().println("Documents:");
            documents.forEach(d -> out().println("  " + TextOutput.published(d.publishedAt()) + "  " + TextOutput.clip(d.title(), 70) + " <" + d.url() + ">"));
        }
        out().println();
        report.ifPresentOrElse(r -> TopicText.report(out(), r),
                () -> out().println("No research yet. Run: scriptorium research " + topic.id()));
    }
}
