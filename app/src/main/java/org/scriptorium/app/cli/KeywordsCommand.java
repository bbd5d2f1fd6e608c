package org.scriptorium.app.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.scriptorium.core.ScriptoriumException;
import org.scriptorium.core.research.keywords.Keyword;
import org.scriptorium.core.research.keywords.KeywordResearch;
import org.scriptorium.core.research.keywords.TopicKeywords;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** {@code scriptorium keywords TOPIC}: keyword research for a topic, run now or as last kept. */
@Command(name = "keywords", mixinStandardHelpOptions = true, versionProvider = AppVersion.class,
        description = "Keyword research for a topic: what people search for around its phrases (see demand), each keyword with its "
                + "intent, cluster, demand (0-100), trend and difficulty (0-100, from the competitor articles read; see competitor). "
                + "Kept with the topic; --stored shows the last research without the network.")
final class KeywordsCommand extends StudioCommand {
    @Parameters(paramLabel = "TOPIC_ID", description = "The topic's id, or a unique prefix of it.")
    String id;

    @Option(names = "--market", paramLabel = "M", description = "Region and language, like us-en (default), de-de or fr-fr.")
    String market = "us-en";

    @Option(names = "--seed", paramLabel = "PHRASE", description = "A phrase to start from (repeatable); default: the topic's own phrases.")
    List<String> seeds = new ArrayList<>();

    @Option(names = "--stored", description = "Show the topic's last keyword research instead of running it (works offline).")
    boolean stored;

    @Option(names = "--csv", paramLabel = "FILE", description = "Also write the keywords to FILE as CSV (for a spreadsheet).")
    Path csv;

    @Option(names = "--top", paramLabel = "N", description = "How many clusters to print (default 20; --json and --csv have all).")
    int top = 20;

    @Mixin
    JsonOption json;

    @Override
    void run() {
        var research = research();
        java.util.UUID topicId = research.topics().resolveId(id);
        TopicKeywords keywords = stored
                ? research.keywords().of(topicId).orElseThrow(() -> new ScriptoriumException(
                        "No keyword research on this topic yet. Run: scriptorium keywords " + id))
                : asUsage(() -> {
                    try {
                        return research.keywords().run(topicId, market, seeds, () -> false);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                        throw new ScriptoriumException("Stopped.");
                    }
                });
        if (csv != null) {
            try {
                Files.writeString(csv, KeywordResearch.csv(keywords));
            } catch (IOException e) {
                throw new ScriptoriumException("Could not write " + csv + ": " + e.getMessage(), e);
            }
        }
        if (json.enabled) {
            ObjectNode node = JsonOutput.object().put("topicId", keywords.topicId().toString()).put("market", keywords.market())
                    .put("researchedAt", keywords.researchedAt().toString()).put("mainIntent", keywords.mainIntent().name().toLowerCase(Locale.ROOT));
            var seedList = node.putArray("seeds");
            keywords.seeds().forEach(seedList::add);
            var problems = node.putArray("problems");
            keywords.problems().forEach(problems::add);
            node.set("keywords", JsonOutput.array(keywords.keywords(), KeywordsCommand::json));
            JsonOutput.print(out(), node);
            return;
        }
        out().println(keywords.keywords().size() + " keywords in " + keywords.clusters().size() + " clusters for " + String.join(", ", keywords.seeds())
                + " (" + keywords.market() + ", " + TextOutput.local(keywords.researchedAt()) + "); mostly "
                + keywords.mainIntent().label().toLowerCase(Locale.ROOT) + ".");
        List<List<String>> rows = new ArrayList<>();
        rows.add(List.of("DEMAND", "DIFFICULTY", "INTENT", "KEYWORD"));
        keywords.clusters().entrySet().stream().limit(Math.max(1, top)).forEach(cluster -> {
            for (Keyword k : cluster.getValue()) {
                rows.add(List.of(String.valueOf(k.demand()), k.difficulty() == null ? "–" : String.valueOf(k.difficulty()),
                        k.intent().label().toLowerCase(Locale.ROOT), (k.phrase().equals(cluster.getKey()) ? "" : "  ") + k.phrase()));
            }
        });
        TextOutput.table(out(), rows, 0);
        if (keywords.keywords().stream().allMatch(k -> k.difficulty() == null)) {
            out().println("Difficulty needs competitor articles: scriptorium competitor add URL, then competitor check.");
        }
        keywords.problems().forEach(p -> spec.commandLine().getErr().println(p));
    }

    static ObjectNode json(Keyword k) {
        ObjectNode item = JsonOutput.object().put("phrase", k.phrase()).put("cluster", k.cluster()).put("kind", k.kind())
                .put("intent", k.intent().name().toLowerCase(Locale.ROOT)).put("demand", k.demand()).put("coveringPages", k.covering());
        item.put("trendPercent", k.trend());
        item.put("difficulty", k.difficulty());
        return item;
    }
}
