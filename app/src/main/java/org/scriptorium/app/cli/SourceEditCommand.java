package org.scriptorium.app.cli;

import org.scriptorium.core.research.feeds.SourceKind;
import org.scriptorium.core.research.sources.PollInterval;
import org.scriptorium.core.research.sources.SourceChanges;
import org.scriptorium.core.research.sources.SourceLabel;
import org.scriptorium.core.research.sources.SourceSummary;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code source edit ID}: changes what a source is called, where it lives, how it is labelled and polled. */
@Command(name = "edit", mixinStandardHelpOptions = true, versionProvider = AppVersion.class,
        description = "Change a source's name, address, kind, label or poll interval; what is not given stays.")
final class SourceEditCommand extends StudioCommand {
    @Parameters(paramLabel = "ID", description = "The source's id, or a unique prefix of it.")
    String id;

    @Option(names = "--title", paramLabel = "T", description = "A new name.")
    String title;

    @Option(names = "--url", paramLabel = "URL", description = "A new address (its feed is found again at the next poll).")
    String url;

    @Option(names = "--kind", paramLabel = "KIND", description = "rss, page, hn or reddit.")
    SourceKind kind;

    @Option(names = "--label", paramLabel = "D/M/L", description = "A new label domain/market/language (empty to clear).")
    String label;

    @Option(names = "--interval", paramLabel = "TIME", description = "How often to poll, e.g. 30m, 2h, 1d.")
    String interval;

    @Mixin
    JsonOption json;

    @Override
    void run() {
        Integer minutes = interval == null ? null : asUsage(() -> PollInterval.parseMinutes(interval));
        SourceLabel newLabel = label == null ? null : asUsage(() -> SourceLabel.parse(label));
        var sources = research().sources();
        java.util.UUID found = sources.resolveId(id);
        asUsage(() -> sources.update(found, new SourceChanges(url, kind, title, newLabel, minutes)));
        SourceSummary now = sources.get(found);
        if (json.enabled) {
            JsonOutput.print(out(), ResearchJson.source(now));
        } else {
            out().println("Saved source " + now.id() + ": " + now.title());
        }
    }
}
