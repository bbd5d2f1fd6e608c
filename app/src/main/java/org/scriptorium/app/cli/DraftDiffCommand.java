package org.scriptorium.app.cli;

import org.scriptorium.core.drafts.DiffLine;
import org.scriptorium.core.drafts.DraftDocument;
import org.scriptorium.core.drafts.RevisionSummary;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

import java.io.PrintWriter;
import java.util.UUID;

/** {@code draft diff ID REVISION_ID}: what changed from a revision to the current text, as +/- lines. */
@Command(name = "diff", mixinStandardHelpOptions = true, versionProvider = AppVersion.class,
        description = "Show the lines changed from a revision to the current text.")
final class DraftDiffCommand extends StudioCommand {
    @Parameters(index = "0", paramLabel = "ID", description = "The draft's id, or a unique start of it.")
    String id;

    @Parameters(index = "1", paramLabel = "REVISION_ID", description = "A revision id from 'draft history', or a unique start of it.")
    String revisionId;

    @Override
    void run() {
        UUID draftId = draftId(id);
        var revisions = drafts().revisions(draftId);
        UUID revision = RevisionIds.resolve(revisions, revisionId);
        RevisionSummary from = revisions.stream().filter(r -> r.id().equals(revision)).findFirst().orElseThrow();
        DraftDocument current = drafts().get(draftId);
        PrintWriter out = out();
        out.println("--- revision " + revision + " (" + TextOutput.local(from.createdAt()) + ", " + from.reason().label() + ")");
        out.println("+++ current (" + TextOutput.local(current.updatedAt()) + ")");
        for (DiffLine line : drafts().diffAgainstCurrent(draftId, revision)) {
            char mark = switch (line.kind()) {
                case SAME -> ' ';
                case ADDED -> '+';
                case REMOVED -> '-';
            };
            out.println(mark + line.text());
        }
    }
}
