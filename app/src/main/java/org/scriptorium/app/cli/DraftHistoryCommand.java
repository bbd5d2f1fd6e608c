package org.scriptorium.app.cli;

import org.scriptorium.core.drafts.RevisionSummary;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

import java.util.ArrayList;
import java.util.List;

/** {@code draft history ID}: the saved revisions of a draft, newest first. */
@Command(name = "history", mixinStandardHelpOptions = true, versionProvider = AppVersion.class,
        description = "List a draft's revisions, newest first.")
final class DraftHistoryCommand extends StudioCommand {
    @Parameters(paramLabel = "ID", description = "The draft's id, or a unique start of it.")
    String id;

    @Mixin
    JsonOption json;

    @Override
    void run() {
        List<RevisionSummary> revisions = drafts().revisions(draftId(id));
        if (json.enabled) {
            JsonOutput.print(out(), JsonOutput.array(revisions, JsonOutput::revision));
            return;
        }
        if (revisions.isEmpty()) {
            out().println("No revisions yet.");
            return;
        }
        ShortIds ids = new ShortIds(revisions.stream().map(RevisionSummary::id).toList());
        int idLength = ids.lengthFor(revisions.stream().map(RevisionSummary::id).toList());
        List<List<String>> rows = new ArrayList<>();
        rows.add(List.of("REVISION", "TAKEN", "REASON", "WORDS", "TITLE"));
        for (RevisionSummary revision : revisions) {
            rows.add(List.of(ShortIds.shorten(revision.id(), idLength), TextOutput.local(revision.createdAt()),
                    revision.reason().label(), String.valueOf(revision.wordCount()), TextOutput.clip(revision.title(), 48)));
        }
        TextOutput.table(out(), rows, 3);
    }
}
