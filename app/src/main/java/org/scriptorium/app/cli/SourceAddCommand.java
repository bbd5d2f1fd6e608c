package org.scriptorium.app.cli;

import org.scriptorium.core.research.feeds.SourceKind;
import org.scriptorium.core.research.sources.NewSource;
import org.scriptorium.core.research.sources.PollInterval;
import org.scriptorium.core.research.sources.SourceLabel;
import org.scriptorium.core.research.sources.SourceSummary;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code source add URL}: a new source, polled at the next `source poll`. */
@Command(name = "add", mixinStandardHelpOptions = true, versionProvider = AppVersion.class,
        description = "Add a source: a feed (RSS, Atom, JSON Feed), a web page with a feed, Hacker News or a subreddit.")
final class SourceAddCommand extends StudioCommand {
    @Parameters(paramLabel = "URL", description = "The feed or page address; for Hacker News the front page "
            + "(https://news.ycombinator.com) or hn:KEYWORD; for Reddit https://www.reddit.com/r/NAME.")
    String url;

    @Option(names = "--kind", paramLabel = "KIND", description = "rss, page, hn or reddit (default: guessed from the URL).")
    SourceKind kind;

    @Option(names = "--interval", paramLabel = "TIME", description = "How often to poll, e.g. 30m, 2h, 1d (default 60m).")
    String interval;

    @Option(names = "--label", paramLabel = "D/M/L", description = "Classification domain/market/language, e.g. tech/developers/en.")
    String label;

    @Option(names = "--title", paramLabel = "T", description = "A name for it (default: the feed's own title).")
    String title;

    @Mixin
    JsonOption json;

    @Override
    void run() {
        int minutes = asUsage(() -> PollInterval.parseMinutes(interval));
        SourceLabel parsedLabel = asUsage(() -> SourceLabel.parse(label));
        SourceSummary added = asUsage(() -> research().sources().add(new NewSource(url, kind, title, parsedLabel, minutes)));
        if (json.enabled) {
            JsonOutput.print(out(), ResearchJson.source(added));
        } else {
            out().println("Added " + added.kind().cliName() + " source " + added.id() + ": " + added.title());
        }
    }
}
