package org.scriptorium.app.cli;

import org.scriptorium.core.drafts.DraftDocument;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

import java.util.UUID;

/** {@code draft revert ID REVISION_ID}: puts a revision's title and text back; the replaced text stays in history. */
@Command(name = "revert", mixinStandardHelpOptions = true, versionProvider = AppVersion.class,
        description = "Restore a revision's title and text; the current text is kept in the history first.")
final class DraftRevertCommand extends StudioCommand {
    @Parameters(index = "0", paramLabel = "ID", description = "The draft's id, or a unique start of it.")
    String id;

    @Parameters(index = "1", paramLabel = "REVISION_ID", description = "A revision id from 'draft history', or a unique start of it.")
    String revisionId;

    @Override
    void run() {
        UUID draftId = draftId(id);
        UUID revision = RevisionIds.resolve(drafts().revisions(draftId), revisionId);
        DraftDocument restored = drafts().restoreRevision(draftId, revision);
        out().println("Reverted " + restored.id() + "  " + restored.title() + " to revision " + revision
                + "; the text it replaced is in the history.");
    }
}
