package org.scriptorium.app.cli;

import org.scriptorium.core.research.deep.DeepResearch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/** {@code research TOPIC_ID}: deep research on a topic, kept as the topic's new report. */
@Command(name = "research", mixinStandardHelpOptions = true, versionProvider = AppVersion.class,
        description = "Research a topic: gather its documents, matching documents and (when set with "
                + "'scriptorium config set web-search URL') web search results, fetch the pages and write a cited report.")
final class ResearchCommand extends StudioCommand {
    @Parameters(paramLabel = "TOPIC_ID", description = "The topic's id, or a unique prefix of it.")
    String id;

    @Mixin
    JsonOption json;

    @Override
    void run() {
        var research = research();
        DeepResearch.Outcome outcome = research.deepResearch().run(research.topics().resolveId(id), org.scriptorium.core.Progress.NONE);
        if (json.enabled) {
            var node = ResearchJson.report(outcome.report());
            var warnings = node.putArray("warnings");
            outcome.warnings().forEach(warnings::add);
            JsonOutput.print(out(), node);
        } else {
            TopicText.report(out(), outcome.report());
            outcome.warnings().forEach(w -> out().println("Note: " + w));
        }
    }
}
