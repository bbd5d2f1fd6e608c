package org.scriptorium.app.cli;

import picocli.CommandLine.Command;

/** {@code scriptorium topic}: topics worth writing about. */
@Command(name = "topic", mixinStandardHelpOptions = true, versionProvider = AppVersion.class,
        description = "Discover, list, create, show, move and draft topics.",
        subcommands = {TopicDiscoverCommand.class, TopicListCommand.class, TopicNewCommand.class, TopicShowCommand.class,
                TopicStatusCommand.class, TopicPlanCommand.class, TopicDraftCommand.class})
final class TopicCommand {
}
