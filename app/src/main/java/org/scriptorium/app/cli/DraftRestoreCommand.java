package org.scriptorium.app.cli;

import org.scriptorium.core.drafts.DraftDocument;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

import java.util.UUID;

/** {@code draft restore ID}: takes a draft back out of the trash. */
@Command(name = "restore", mixinStandardHelpOptions = true, versionProvider = AppVersion.class,
        description = "Take a draft back out of the trash.")
final class DraftRestoreCommand extends StudioCommand {
    @Parameters(paramLabel = "ID", description = "The draft's id, or a unique start of it.")
    String id;

    @Override
    void run() {
        UUID draftId = draftId(id);
        DraftDocument draft = drafts().get(draftId);
        if (draft.trashedAt() == null) {
            out().println("Not in the trash: " + draft.id() + "  " + draft.title());
            return;
        }
        DraftDocument restored = drafts().restore(draftId);
        out().println("Restored: " + restored.id() + "  " + restored.title());
    }
}
