package org.scriptorium.app.cli;

import org.scriptorium.core.Progress;
import org.scriptorium.core.research.sources.PollResult;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** {@code source poll [ID...]}: reads sources now and says, per source, what came in. */
@Command(name = "poll", mixinStandardHelpOptions = true, versionProvider = AppVersion.class,
        description = "Poll sources now (every enabled one when no id is given): per source, new, duplicate and "
                + "near-duplicate documents, or why it failed. A failing source is reported, not an error: the others are polled.")
final class SourcePollCommand extends StudioCommand {
    @Parameters(paramLabel = "ID", arity = "0..*", description = "Sources to poll (ids or unique prefixes).")
    List<String> ids = new ArrayList<>();

    @Mixin
    JsonOption json;

    @Override
    void run() {
        var sources = research().sources();
        List<UUID> chosen = ids.stream().map(sources::resolveId).toList();
        List<PollResult> results = research().poller().poll(chosen, Progress.NONE);
        if (json.enabled) {
            JsonOutput.print(out(), JsonOutput.array(results, ResearchJson::poll));
        } else if (results.isEmpty()) {
            out().println("No enabled sources to poll. Add one with: scriptorium source add URL");
        } else {
            List<List<String>> rows = new ArrayList<>();
            rows.add(List.of("SOURCE", "STATUS", "NEW", "DUP", "NEAR-DUP", "ERROR"));
            for (PollResult r : results) {
                rows.add(List.of(TextOutput.clip(r.title(), 40), r.status().name().toLowerCase(java.util.Locale.ROOT).replace('_', '-'),
                        String.valueOf(r.added()), String.valueOf(r.duplicates()), String.valueOf(r.nearDuplicates()),
                        r.error() == null ? "" : r.error()));
            }
            TextOutput.table(out(), rows, -1);
        }
    }
}
