package org.scriptorium.app.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.scriptorium.core.research.gaps.GapReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

import java.util.ArrayList;
import java.util.List;

/** {@code scriptorium gaps TOPIC}: what competitors cover on a topic that the topic's drafts do not. Offline. */
@Command(name = "gaps", mixinStandardHelpOptions = true, versionProvider = AppVersion.class,
        description = "Content gaps of a topic: which competitor articles cover it (when, how long, how many sections), the subtopics and "
                + "questions they cover that the topic's drafts do not, and what only your drafts cover. Uses what competitor check and "
                + "keywords stored; works offline.")
final class GapsCommand extends StudioCommand {
    @Parameters(paramLabel = "TOPIC_ID", description = "The topic's id, or a unique prefix of it.")
    String id;

    @Mixin
    JsonOption json;

    @Override
    void run() {
        var research = research();
        GapReport report = research.gaps().gaps(research.topics().resolveId(id));
        if (json.enabled) {
            ObjectNode node = JsonOutput.object().put("topicId", report.topicId().toString()).put("topic", report.topic())
                    .put("competitorArticlesRead", report.competitorArticlesRead());
            node.set("coveredBy", JsonOutput.array(report.coveredBy(), c -> JsonOutput.object().put("competitor", c.competitor()).put("title", c.title())
                    .put("url", c.url()).put("publishedAt", c.publishedAt() == null ? null : c.publishedAt().toString()).put("words", c.words())
                    .put("headings", c.headings())));
            node.set("gaps", JsonOutput.array(report.gaps(), g -> {
                ObjectNode gap = JsonOutput.object().put("subtopic", g.subtopic()).put("kind", g.kind()).put("example", g.example());
                gap.put("demand", g.demand());
                var who = gap.putArray("competitors");
                g.competitors().forEach(who::add);
                return gap;
            }));
            var only = node.putArray("onlyYours");
            report.onlyYours().forEach(only::add);
            var drafts = node.putArray("drafts");
            report.drafts().forEach(drafts::add);
            JsonOutput.print(out(), node);
            return;
        }
        out().println(report.topic());
        if (report.competitorArticlesRead() == 0) {
            out().println("No competitor articles read yet: scriptorium competitor add URL, then scriptorium competitor check.");
        } else if (report.coveredBy().isEmpty()) {
            out().println("None of the " + report.competitorArticlesRead() + " competitor articles read covers this topic.");
        } else {
            out().println();
            out().println("Covered by");
            List<List<String>> rows = new ArrayList<>();
            rows.add(List.of("PUBLISHED", "WORDS", "SECTIONS", "COMPETITOR", "TITLE"));
            report.coveredBy().forEach(c -> rows.add(List.of(TextOutput.published(c.publishedAt()), String.valueOf(c.words()),
                    String.valueOf(c.headings()), c.competitor(), TextOutput.clip(c.title(), 60))));
            TextOutput.table(out(), rows, 1);
        }
        out().println();
        out().println(report.drafts().isEmpty() ? "No draft started from this topic yet, so every subtopic is a gap (scriptorium topic draft "
                + id + " starts one)." : "Compared with: " + String.join(", ", report.drafts()));
        if (!report.gaps().isEmpty()) {
            out().println();
            out().println("Gaps");
            report.gaps().forEach(g -> out().println("  " + g.subtopic() + "  (" + (g.kind().equals("search") ? "searched, demand " + g.demand()
                    : g.kind() + " of " + String.join(", ", g.competitors())) + ")"));
        }
        if (!report.onlyYours().isEmpty()) {
            out().println();
            out().println("Only yours");
            report.onlyYours().forEach(h -> out().println("  " + h));
        }
    }
}
