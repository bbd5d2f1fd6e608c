package org.scriptorium.app.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.scriptorium.core.ScriptoriumException;
import org.scriptorium.core.research.competitors.CompetitorSummary;
import org.scriptorium.core.research.competitors.CompetitorWatcher;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** {@code scriptorium competitor}: the competitor sites research follows. */
@Command(name = "competitor", mixinStandardHelpOptions = true, versionProvider = AppVersion.class,
        description = "List competitor sites (a home page, feed or sitemap), read their recent articles, and remove them.",
        subcommands = {CompetitorCommand.Add.class, CompetitorCommand.ListCompetitors.class, CompetitorCommand.Check.class,
                CompetitorCommand.Remove.class})
final class CompetitorCommand {

    @Command(name = "add", mixinStandardHelpOptions = true, versionProvider = AppVersion.class,
            description = "Follow a competitor site; what to read (its feed or sitemap) is found at its first check.")
    static final class Add extends StudioCommand {
        @Parameters(paramLabel = "URL", description = "Its home page, feed or sitemap.")
        String url;

        @Option(names = "--name", paramLabel = "NAME", description = "What to call it (default: its host).")
        String name;

        @Mixin
        JsonOption json;

        @Override
        void run() {
            CompetitorSummary added = asUsage(() -> research().competitors().add(url, name));
            if (json.enabled) {
                JsonOutput.print(out(), json(added));
            } else {
                out().println("Following " + added.name() + " (" + added.url() + "). Read its articles: scriptorium competitor check");
            }
        }
    }

    @Command(name = "list", mixinStandardHelpOptions = true, versionProvider = AppVersion.class, description = "The competitors followed.")
    static final class ListCompetitors extends StudioCommand {
        @Mixin
        JsonOption json;

        @Override
        void run() {
            List<CompetitorSummary> competitors = research().competitors().list();
            if (json.enabled) {
                JsonOutput.print(out(), JsonOutput.array(competitors, CompetitorCommand::json));
                return;
            }
            if (competitors.isEmpty()) {
                out().println("No competitors yet. Add one: scriptorium competitor add https://example.com");
                return;
            }
            ShortIds ids = new ShortIds(competitors.stream().map(CompetitorSummary::id).toList());
            int length = ids.lengthFor(competitors.stream().map(CompetitorSummary::id).toList());
            List<List<String>> rows = new ArrayList<>();
            rows.add(List.of("ID", "ARTICLES", "CHECKED", "NAME", "FOLLOWS"));
            for (CompetitorSummary c : competitors) {
                rows.add(List.of(ShortIds.shorten(c.id(), length), String.valueOf(c.articles()), c.checkedAt() == null ? "never" : TextOutput.local(c.checkedAt()),
                        c.name(), c.follow() == null ? c.url() : c.follow().kind().name().toLowerCase(Locale.ROOT) + " " + c.follow().url()));
            }
            TextOutput.table(out(), rows, 1);
            competitors.stream().filter(c -> c.problem() != null).forEach(c -> out().println(c.name() + ": " + c.problem()));
        }
    }

    @Command(name = "check", mixinStandardHelpOptions = true, versionProvider = AppVersion.class,
            description = "Read the competitors' recent articles now: robots.txt kept, a second between calls to a site, only new articles. "
                    + "Needs the network.")
    static final class Check extends StudioCommand {
        @Mixin
        JsonOption json;

        @Override
        void run() {
            List<CompetitorWatcher.CheckReport> reports;
            try {
                reports = research().competitorWatcher().checkAll(() -> false);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new ScriptoriumException("Stopped.");
            }
            if (json.enabled) {
                JsonOutput.print(out(), JsonOutput.array(reports, r -> {
                    ObjectNode node = JsonOutput.object().put("competitor", r.competitor()).put("newArticles", r.newArticles())
                            .put("disallowedByRobots", r.disallowed()).put("unchanged", r.unchanged()).put("problem", r.problem());
                    node.put("follows", r.follow() == null ? null : r.follow().url().toString());
                    return node;
                }));
            } else if (reports.isEmpty()) {
                out().println("No competitors yet. Add one: scriptorium competitor add https://example.com");
            } else {
                for (CompetitorWatcher.CheckReport r : reports) {
                    out().println(r.competitor() + ": " + (r.unchanged() ? "nothing new (unchanged since the last check)"
                            : r.newArticles() + " new article" + (r.newArticles() == 1 ? "" : "s"))
                            + (r.disallowed() > 0 ? ", " + r.disallowed() + " left out as its robots.txt asks" : "")
                            + (r.problem() == null ? "" : "; " + r.problem()));
                }
            }
            if (!reports.isEmpty() && reports.stream().allMatch(r -> r.problem() != null && r.newArticles() == 0 && !r.unchanged())) {
                throw new ScriptoriumException("No competitor could be read; checking competitors needs the network.");
            }
        }
    }

    @Command(name = "remove", mixinStandardHelpOptions = true, versionProvider = AppVersion.class,
            description = "Stop following a competitor; what was read of it is forgotten.")
    static final class Remove extends StudioCommand {
        @Parameters(paramLabel = "ID", description = "The competitor's id, or a unique prefix of it.")
        String id;

        @Override
        void run() {
            var competitors = research().competitors();
            java.util.UUID competitorId = competitors.resolveId(id);
            String name = competitors.list().stream().filter(c -> c.id().equals(competitorId)).findFirst().map(CompetitorSummary::name).orElse(id);
            competitors.remove(competitorId);
            out().println("No longer following " + name + ".");
        }
    }

    static ObjectNode json(CompetitorSummary c) {
        ObjectNode node = JsonOutput.object().put("id", c.id().toString()).put("name", c.name()).put("url", c.url()).put("articles", c.articles());
        node.put("follows", c.follow() == null ? null : c.follow().url().toString());
        node.put("followKind", c.follow() == null ? null : c.follow().kind().name().toLowerCase(Locale.ROOT));
        node.put("checkedAt", c.checkedAt() == null ? null : c.checkedAt().toString());
        node.put("problem", c.problem());
        return node;
    }
}
