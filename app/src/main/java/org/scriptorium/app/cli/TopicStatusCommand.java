package org.scriptorium.app.cli;

import org.scriptorium.core.research.topics.TopicStatus;
import org.scriptorium.core.research.topics.TopicSummary;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code topic status ID STATUS}: moves a topic along. */
@Command(name = "status", mixinStandardHelpOptions = true, versionProvider = AppVersion.class,
        description = "Set a topic's status: discovered, validated, researched, drafted, published or archived.")
final class TopicStatusCommand extends StudioCommand {
    @Parameters(index = "0", paramLabel = "ID", description = "The topic's id, or a unique prefix of it.")
    String id;

    @Parameters(index = "1", paramLabel = "STATUS", description = "The new status.")
    String status;

    @Override
    void run() {
        TopicStatus wanted = asUsage(() -> TopicStatus.parse(status));
        var topics = research().topics();
        TopicSummary topic = topics.setStatus(topics.resolveId(id), wanted);
        out().println(topic.title() + " is now " + topic.status().label().toLowerCase(java.util.Locale.ROOT) + ".");
    }
}
