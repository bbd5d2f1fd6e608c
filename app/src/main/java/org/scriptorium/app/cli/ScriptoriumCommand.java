package org.scriptorium.app.cli;

import org.scriptorium.core.Studio;
import org.scriptorium.core.store.DataDirectory;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/** {@code scriptorium}: the global options, and the one studio every command of an invocation shares. */
@Command(name = "scriptorium", mixinStandardHelpOptions = true, versionProvider = AppVersion.class,
        description = "Scriptorium from the command line: the same drafts, research, writing, accounts and posts the window shows.")
public final class ScriptoriumCommand {
    /** The top-level commands, in the order help lists them; {@link Cli} registers those an invocation needs. */
    static final List<Class<?>> COMMANDS = List.of(DraftCommand.class, SourceCommand.class, DocumentCommand.class, TopicCommand.class,
            ResearchCommand.class, ConfigCommand.class, ProviderCommand.class, WriteCommand.class, ImageCommand.class, UsageCommand.class,
            AccountCommand.class, PublishTextCommand.class, PostCommand.class, PublishDueCommand.class, JobsCommand.class, CalendarCommand.class,
            QueueCommand.class, AnalyticsCommand.class, DemandCommand.class, KeywordsCommand.class, CompetitorCommand.class, GapsCommand.class, SemanticCommand.class, DemoCommand.class, DoctorCommand.class, UpdateCommand.class, SyncCommand.class, WorkerCommand.class,
            NotionCommand.class);

    @Option(names = "--data-dir", paramLabel = "DIR",
            description = "The data directory (default: $" + DataDirectory.ENVIRONMENT_VARIABLE + ", else the OS's per-user data folder).")
    private Path dataDir;

    private final Map<String, String> environment;
    private final CliHost host;
    private Studio studio;

    ScriptoriumCommand(Map<String, String> environment, CliHost host) {
        this.environment = Map.copyOf(environment);
        this.host = host;
    }

    /** Where this invocation runs: its own process, or the open window. */
    CliHost host() {
        return host;
    }

    /** The environment of this invocation (tests pass their own). */
    Map<String, String> environment() {
        return environment;
    }

    Path dataDirectory() {
        return DataDirectory.resolve(dataDir, environment, System.getProperty("os.name", ""), Path.of(System.getProperty("user.home")));
    }

    /** Opens the studio on first use, so {@code --help} and bad usage never touch the store; in the window, borrows its studio. */
    Studio studio() {
        if (host.inWindow()) {
            // The caller found the window through this data directory's channel, so they are the same folder.
            if (!host.windowStudio().dataDir().toAbsolutePath().normalize().equals(dataDirectory())) {
                throw new IllegalStateException("The window holds " + host.windowStudio().dataDir() + ", not " + dataDirectory());
            }
            return host.windowStudio();
        }
        if (studio == null) {
            studio = Studio.open(dataDirectory());
        }
        return studio;
    }

    /** Closes a studio this invocation opened; the window's stays open. */
    void closeStudio() {
        if (studio != null) {
            Studio open = studio;
            studio = null;
            open.close();
        }
    }
}
