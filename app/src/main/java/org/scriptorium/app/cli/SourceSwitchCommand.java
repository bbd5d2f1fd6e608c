package org.scriptorium.app.cli;

import org.scriptorium.core.research.sources.SourceSummary;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code source enable|disable ID}: turns polling of a source on or off without forgetting it. */
abstract class SourceSwitchCommand extends StudioCommand {
    @Parameters(paramLabel = "ID", description = "The source's id, or a unique prefix of it.")
    String id;

    abstract boolean enabled();

    @Override
    void run() {
        var sources = research().sources();
        SourceSummary source = sources.setEnabled(sources.resolveId(id), enabled());
        out().println((enabled() ? "Turned on " : "Turned off ") + "source " + source.id() + ": " + source.title());
    }

    @Command(name = "enable", mixinStandardHelpOptions = true, versionProvider = AppVersion.class,
            description = "Turn a source back on (also after it was found gone).")
    static final class Enable extends SourceSwitchCommand {
        @Override
        boolean enabled() {
            return true;
        }
    }

    @Command(name = "disable", mixinStandardHelpOptions = true, versionProvider = AppVersion.class,
            description = "Stop polling a source without removing it.")
    static final class Disable extends SourceSwitchCommand {
        @Override
        boolean enabled() {
            return false;
        }
    }
}
