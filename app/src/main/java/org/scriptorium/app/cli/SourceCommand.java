package org.scriptorium.app.cli;

import picocli.CommandLine.Command;

/** {@code scriptorium source}: the group of source commands. */
@Command(name = "source", mixinStandardHelpOptions = true, versionProvider = AppVersion.class,
        description = "Add, list, edit, poll, turn on or off, remove, import and export research sources (feeds, pages, Hacker News, subreddits).",
        subcommands = {SourceAddCommand.class, SourceListCommand.class, SourceEditCommand.class, SourceRemoveCommand.class, SourcePollCommand.class,
                SourceSwitchCommand.Enable.class, SourceSwitchCommand.Disable.class,
                SourceImportOpmlCommand.class, SourceExportOpmlCommand.class})
final class SourceCommand {
}
