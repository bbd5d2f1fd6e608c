package org.scriptorium.app.cli;

import picocli.CommandLine.Command;

/** {@code scriptorium draft}: the group of draft commands; on its own it is a usage error. */
@Command(name = "draft", mixinStandardHelpOptions = true, versionProvider = AppVersion.class,
        description = "Create, list, edit, plan, search, trash, version, export and import drafts.",
        subcommands = {
                DraftNewCommand.class, DraftListCommand.class, DraftShowCommand.class, DraftEditCommand.class, DraftPlanCommand.class,
                DraftSearchCommand.class, DraftDeleteCommand.class, DraftRestoreCommand.class, DraftEmptyTrashCommand.class,
                DraftHistoryCommand.class, DraftDiffCommand.class, DraftRevertCommand.class,
                DraftExportCommand.class, DraftImportCommand.class, DraftRenderCommand.class, DraftScoreCommand.class})
final class DraftCommand {
}
