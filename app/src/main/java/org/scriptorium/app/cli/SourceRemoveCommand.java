package org.scriptorium.app.cli;

import org.scriptorium.core.research.sources.SourceSummary;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code source remove ID}: stops polling and forgets the source; its documents stay. */
@Command(name = "remove", mixinStandardHelpOptions = true, versionProvider = AppVersion.class,
        description = "Remove a source. The documents it brought stay, so reports that cite them keep their sources.")
final class SourceRemoveCommand extends StudioCommand {
    @Parameters(paramLabel = "ID", description = "The source's id, or a unique prefix of it.")
    String id;

    @Override
    void run() {
        var sources = research().sources();
        SourceSummary source = sources.get(sources.resolveId(id));
        sources.remove(source.id());
        out().println("Removed source " + source.id() + ": " + source.title());
    }
}
