package org.scriptorium.app.cli;

import org.scriptorium.core.drafts.DraftFilter;
import org.scriptorium.core.drafts.DraftStatus;
import org.scriptorium.core.drafts.DraftSummary;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.util.List;

/** {@code draft list}: drafts, most recently updated first. */
@Command(name = "list", mixinStandardHelpOptions = true, versionProvider = AppVersion.class,
        description = "List drafts, most recently updated first.")
final class DraftListCommand extends StudioCommand {
    @Option(names = "--status", paramLabel = "S", completionCandidates = StatusConverter.Names.class,
            description = "Only drafts with this status: ${COMPLETION-CANDIDATES}.")
    DraftStatus status;

    @Option(names = "--tag", paramLabel = "X", description = "Only drafts with this tag.")
    String tag;

    @Option(names = "--trashed", description = "List the trash instead.")
    boolean trashed;

    @Mixin
    JsonOption json;

    @Override
    void run() {
        List<DraftSummary> found = drafts().list(new DraftFilter(status, tag, trashed));
        if (json.enabled) {
            JsonOutput.print(out(), JsonOutput.array(found, JsonOutput::summary));
        } else if (found.isEmpty()) {
            out().println(trashed ? "The trash is empty." : "No drafts.");
        } else {
            TextOutput.draftTable(out(), found, shortIds());
        }
    }
}
