package org.scriptorium.app.cli;

import org.scriptorium.core.research.sources.SourceLabel;
import org.scriptorium.core.research.topics.TopicSummary;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code topic new --title T}: a topic written down by hand. */
@Command(name = "new", mixinStandardHelpOptions = true, versionProvider = AppVersion.class,
        description = "Write down a topic yourself; it starts as validated.")
final class TopicNewCommand extends StudioCommand {
    @Option(names = "--title", required = true, paramLabel = "T", description = "What the topic is.")
    String title;

    @Option(names = "--label", paramLabel = "D/M/L", description = "Classification domain/market/language.")
    String label;

    @Mixin
    JsonOption json;

    @Override
    void run() {
        SourceLabel parsed = asUsage(() -> SourceLabel.parse(label));
        TopicSummary topic = asUsage(() -> research().topics().create(title, parsed));
        if (json.enabled) {
            JsonOutput.print(out(), ResearchJson.topic(topic));
        } else {
            out().println("Created topic " + topic.id() + ": " + topic.title());
        }
    }
}
