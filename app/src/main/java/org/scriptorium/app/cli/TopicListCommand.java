package org.scriptorium.app.cli;

import org.scriptorium.core.research.topics.SearchIntent;
import org.scriptorium.core.research.topics.TopicFilter;
import org.scriptorium.core.research.topics.TopicStatus;
import org.scriptorium.core.research.topics.TopicSummary;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.util.List;

/** {@code topic list}: the topic board, best first. */
@Command(name = "list", mixinStandardHelpOptions = true, versionProvider = AppVersion.class,
        description = "List topics, highest score first (or freshest with --fresh, best past results with --results, or --sort priority, "
                + "trending or demand), optionally of one --intent.")
final class TopicListCommand extends StudioCommand {
    @Option(names = "--status", paramLabel = "S", description = "discovered, validated, researched, drafted, published or archived.")
    String status;

    @Option(names = "--domain", paramLabel = "D", description = "Only topics labelled with this domain.")
    String domain;

    @Option(names = "--market", paramLabel = "M", description = "Only topics labelled with this market.")
    String market;

    @Option(names = "--fresh", description = "Freshest first instead of highest score first.")
    boolean fresh;

    @Option(names = "--results", description = "Best past results first: the topics whose drafts' posts did most (then by score).")
    boolean results;

    @Option(names = "--sort", paramLabel = "BY", description = "score (default), fresh, results, priority (set, else suggested; ~ marks "
            + "a suggested one), trending or demand.")
    String sort;

    @Option(names = "--intent", paramLabel = "I", description = "Only topics of this intent: informational, commercial, transactional or navigational.")
    String intent;

    @Mixin
    JsonOption json;

    @Override
    void run() {
        TopicStatus wanted = status == null ? null : asUsage(() -> TopicStatus.parse(status));
        if ((fresh ? 1 : 0) + (results ? 1 : 0) + (sort != null ? 1 : 0) > 1) {
            throw usage("Choose one order: --fresh, --results or --sort.");
        }
        TopicFilter.TopicOrder order = fresh ? TopicFilter.TopicOrder.FRESHNESS : results ? TopicFilter.TopicOrder.RESULTS
                : sort == null ? TopicFilter.TopicOrder.SCORE : asUsage(() -> TopicOrders.parse(sort));
        results = order == TopicFilter.TopicOrder.RESULTS;
        SearchIntent onlyIntent = intent == null ? null : asUsage(() -> TopicOrders.intent(intent));
        var topicService = research().topics();
        java.util.Map<java.util.UUID, Long> past = results
                ? org.scriptorium.core.analytics.ResultsByWork.engagementByTopic(studio().analytics(), topicService.draftTopics())
                : java.util.Map.of();
        List<TopicSummary> topics = topicService.list(new TopicFilter(wanted, domain, market, order, onlyIntent), past);
        if (json.enabled) {
            JsonOutput.print(out(), JsonOutput.array(topics, t -> {
                var node = ResearchJson.topic(t);
                if (results) { // null: none of its drafts' posts measured yet
                    node.put("pastEngagement", past.get(t.id()));
                }
                return node;
            }));
        } else if (topics.isEmpty()) {
            out().println("No topics. Poll sources and run: scriptorium topic discover (or add one: scriptorium topic new --title T)");
        } else {
            TopicText.table(out(), topics);
        }
    }
}
