package org.scriptorium.app.cli;

import org.scriptorium.core.research.topics.SearchIntent;
import org.scriptorium.core.research.topics.TopicSummary;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code topic plan ID [--priority N] [--intent I]}: what the user decides of a topic. */
@Command(name = "plan", mixinStandardHelpOptions = true, versionProvider = AppVersion.class,
        description = "Set a topic's priority (1-10, or 'suggested' to go back to the suggested one) and its intent.")
final class TopicPlanCommand extends StudioCommand {
    @Parameters(paramLabel = "ID", description = "The topic's id, or a unique prefix of it.")
    String id;

    @Option(names = "--priority", paramLabel = "N", description = "1 (least) to 10 (most), or 'suggested'.")
    String priority;

    @Option(names = "--intent", paramLabel = "I", description = "informational, commercial, transactional or navigational.")
    String intent;

    @Mixin
    JsonOption json;

    @Override
    void run() {
        var topics = research().topics();
        TopicSummary topic = topics.get(topics.resolveId(id));
        SearchIntent newIntent = intent == null ? topic.fields().intent() : asUsage(() -> TopicOrders.intent(intent));
        Integer newPriority = priority == null ? topic.fields().priority()
                : priority.strip().equalsIgnoreCase("suggested") ? null : asUsage(() -> parsePriority(priority));
        TopicSummary planned = asUsage(() -> topics.plan(topic.id(), newIntent, newPriority));
        if (json.enabled) {
            JsonOutput.print(out(), ResearchJson.topic(planned));
            return;
        }
        out().println(planned.title() + ": priority " + planned.priority() + (planned.fields().priority() == null ? " (suggested)" : "")
                + (planned.fields().intent() == null ? "" : ", " + planned.fields().intent().label().toLowerCase(java.util.Locale.ROOT)) + ".");
    }

    private static Integer parsePriority(String typed) {
        try {
            return Integer.parseInt(typed.strip());
        } catch (NumberFormatException e) {
            throw new org.scriptorium.core.InvalidInput("A priority is a number from 1 to 10, or 'suggested'; got \"" + typed + "\".");
        }
    }
}
