package org.scriptorium.app.cli;

import org.scriptorium.core.drafts.DraftDocument;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code draft delete ID}: moves a draft to the trash, from where {@code draft restore} brings it back. */
@Command(name = "delete", mixinStandardHelpOptions = true, versionProvider = AppVersion.class,
        description = "Move a draft to the trash.")
final class DraftDeleteCommand extends StudioCommand {
    @Parameters(paramLabel = "ID", description = "The draft's id, or a unique start of it.")
    String id;

    @Override
    void run() {
        DraftDocument trashed = drafts().trash(draftId(id));
        out().println("Moved to the trash: " + trashed.id() + "  " + trashed.title());
    }
}
