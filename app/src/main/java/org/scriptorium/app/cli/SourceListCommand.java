package org.scriptorium.app.cli;

import org.scriptorium.core.research.sources.PollInterval;
import org.scriptorium.core.research.sources.SourceSummary;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

import java.util.ArrayList;
import java.util.List;

/** {@code source list}: every source with its health. */
@Command(name = "list", mixinStandardHelpOptions = true, versionProvider = AppVersion.class,
        description = "List sources with their health: last poll, successes, failures, last error.")
final class SourceListCommand extends StudioCommand {
    @Mixin
    JsonOption json;

    @Override
    void run() {
        List<SourceSummary> sources = research().sources().list();
        if (json.enabled) {
            JsonOutput.print(out(), JsonOutput.array(sources, ResearchJson::source));
            return;
        }
        if (sources.isEmpty()) {
            out().println("No sources yet. Add one with: scriptorium source add URL");
            return;
        }
        ShortIds ids = new ShortIds(sources.stream().map(SourceSummary::id).toList());
        int idLength = ids.lengthFor(sources.stream().map(SourceSummary::id).toList());
        List<List<String>> rows = new ArrayList<>();
        rows.add(List.of("ID", "KIND", "EVERY", "DOCS", "LAST POLL", "HEALTH", "TITLE"));
        for (SourceSummary s : sources) {
            String health = !s.enabled() ? "off: " + s.disabledReason()
                    : s.health().failing() ? "failing: " + s.health().lastError()
                    : s.health().lastPolledAt() == null ? "not polled yet" : "ok (" + s.health().successCount() + ")";
            rows.add(List.of(ShortIds.shorten(s.id(), idLength), s.kind().cliName(), PollInterval.format(s.pollIntervalMinutes()),
                    String.valueOf(s.documentCount()), s.health().lastPolledAt() == null ? "-" : TextOutput.local(s.health().lastPolledAt()),
                    TextOutput.clip(health, 60), TextOutput.clip(s.title(), 48)));
        }
        TextOutput.table(out(), rows, 3);
    }
}
