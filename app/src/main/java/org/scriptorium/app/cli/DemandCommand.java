package org.scriptorium.app.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.scriptorium.core.ScriptoriumException;
import org.scriptorium.core.research.demand.DemandCollector;
import org.scriptorium.core.research.demand.SuggestionGroups;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** {@code scriptorium demand PHRASE}: what people search for around a phrase, from public autocomplete services. */
@Command(name = "demand", mixinStandardHelpOptions = true, versionProvider = AppVersion.class,
        description = "What people search for around a phrase in a market: the phrase expanded (+ a-z, how/why/what/which, vs, for), "
                + "asked of public autocomplete services one call at a time, at most four a second per host (answers kept a week), grouped, with each "
                + "suggestion's demand (0-100). Needs the network; see config demand-services.")
final class DemandCommand extends StudioCommand {
    @Parameters(index = "0", paramLabel = "PHRASE", description = "The seed phrase, e.g. \"sourdough starter\".")
    String phrase;

    @Option(names = "--market", paramLabel = "M", description = "Region and language, like us-en (default), de-de or fr-fr.")
    String market = "us-en";

    @Option(names = "--top", paramLabel = "N", description = "How many suggestions of each group to print (default 15; --json has all).")
    int top = 15;

    @Mixin
    JsonOption json;

    @Override
    void run() {
        DemandCollector.Report report = asUsage(() -> {
            try {
                return research().demand().collect(phrase, market, () -> false);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new ScriptoriumException("Stopped.");
            }
        });
        if (report.answers() == 0) {
            throw new ScriptoriumException("No suggestions could be read; search demand needs the network. "
                    + String.join(" ", report.problems()));
        }
        // The phrase's own trend, from Wikipedia's page views, when a Wikipedia service finds its article.
        var trend = research().demandTrend().flatMap(t -> t.of(phrase, report.market()));
        if (json.enabled) {
            ObjectNode node = JsonOutput.object().put("seed", report.seed()).put("market", report.market()).put("answers", report.answers())
                    .put("calls", report.calls()).put("fromCache", report.fromCache());
            trend.ifPresent(t -> node.putObject("trend").put("article", t.article()).put("language", t.language())
                    .put("recentViews", t.recentViews()).put("earlierViews", t.earlierViews()).put("changePercent", t.changePercent()));
            var problems = node.putArray("problems");
            report.problems().forEach(problems::add);
            ObjectNode groups = node.putObject("groups");
            report.groups().forEach((group, suggestions) -> groups.set(group.name().toLowerCase(Locale.ROOT),
                    JsonOutput.array(suggestions, s -> {
                        ObjectNode item = JsonOutput.object().put("phrase", s.phrase()).put("demand", s.demand()).put("answers", s.answers())
                                .put("bestRank", s.bestRank()).put("meanRank", s.meanRank());
                        var sources = item.putArray("sources");
                        s.sources().forEach(sources::add);
                        return item;
                    })));
            JsonOutput.print(out(), node);
            return;
        }
        out().println(report.suggestions() + " suggestions for \"" + report.seed() + "\" in " + report.market() + " from " + report.answers()
                + " answers (" + report.calls() + " asked now, " + report.fromCache() + " kept from earlier).");
        trend.ifPresent(t -> out().println("Trend: " + t.describe() + "."));
        report.groups().forEach((group, suggestions) -> {
            if (suggestions.isEmpty()) {
                return;
            }
            out().println();
            out().println(switch (group) {
                case QUESTIONS -> "Questions";
                case COMPARISONS -> "Comparisons";
                case AUDIENCE -> "Who it is for";
                case OTHERS -> "Other searches";
            });
            List<List<String>> rows = new ArrayList<>();
            rows.add(List.of("DEMAND", "ANSWERS", "PHRASE"));
            suggestions.stream().limit(Math.max(1, top)).forEach(s -> rows.add(List.of(String.valueOf(s.demand()), String.valueOf(s.answers()), s.phrase())));
            TextOutput.table(out(), rows, 0);
        });
        report.problems().forEach(p -> spec.commandLine().getErr().println(p));
    }
}
