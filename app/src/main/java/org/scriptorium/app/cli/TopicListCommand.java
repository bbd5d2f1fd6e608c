package org.scriptorium.app.cli;

import org.scriptorium.core.research.topics.TopicFilter;
import org.scriptorium.core.research.topics.TopicStatus;
import org.scriptorium.core.research.topics.TopicSummary;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.util.List;

/** {@code topic list}: the topic board, best first. */
@Command(name = "list", mixinStandardHelpOptions = true, versionProvider = AppVersion.class,
        description = "List topics, highest score first (or freshest with --fresh).")
final class TopicListCommand extends StudioCommand {
    @Option(names = "--status", paramLabel = "S", description = "discovered, validated, researched, drafted, published or archived.")
    String status;

    @Option(names = "--domain", paramLabel = "D", description = "Only topics labelled with this domain.")
    String domain;

    @Option(names = "--market", paramLabel = "M", description = "Only topics labelled with this market.")
    String market;

    @Option(names = "--fresh", description = "Freshest first instead of highest score first.")
    boolean fresh;

    @Mixin
    JsonOption json;

    @Override
    void run() {
        TopicStatus wanted = status == null ? null : asUsage(() -> TopicStatus.parse(status));
        List<TopicSummary> topics = research().topics().list(new TopicFilter(wanted, domain, market,
                fresh ? TopicFilter.TopicOrder.FRESHNESS : TopicFilter.TopicOrder.SCORE));
        if (json.enabled) {
            JsonOutput.print(out(), JsonOutput.array(topics, ResearchJson::topic));
        } else if (topics.isEmpty()) {
            out().println("No topics. Poll sources and run: scriptorium topic discover (or add one: scriptorium topic new --title T)");
        } else {
            TopicText.table(out(), topics);
        }
    }
}
