package org.scriptorium.app.cli;

import picocli.CommandLine.Command;

/** {@code draft empty-trash}: deletes every draft in the trash for good. */
@Command(name = "empty-trash", mixinStandardHelpOptions = true, versionProvider = AppVersion.class,
        description = "Delete every draft in the trash for good.")
final class DraftEmptyTrashCommand extends StudioCommand {
    @Override
    void run() {
        int deleted = drafts().emptyTrash();
        out().println(deleted == 0 ? "The trash was already empty." : "Deleted " + TextOutput.plural(deleted, "draft") + " for good.");
    }
}
