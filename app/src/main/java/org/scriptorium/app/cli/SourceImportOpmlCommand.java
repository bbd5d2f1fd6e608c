package org.scriptorium.app.cli;

import org.scriptorium.core.ScriptoriumException;
import org.scriptorium.core.research.sources.OpmlTransfer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/** {@code source import-opml FILE}: subscriptions from another feed reader. */
@Command(name = "import-opml", mixinStandardHelpOptions = true, versionProvider = AppVersion.class,
        description = "Add the feeds of an OPML file (as other feed readers export them); feeds already here are skipped.")
final class SourceImportOpmlCommand extends StudioCommand {
    @Parameters(paramLabel = "FILE", description = "The OPML file.")
    Path file;

    @Override
    void run() {
        if (!Files.isRegularFile(file)) {
            throw usage("No such file: " + file);
        }
        OpmlTransfer.ImportResult result;
        try (InputStream in = Files.newInputStream(file)) {
            result = asUsage(() -> research().opml().importFrom(in));
        } catch (IOException e) {
            throw new ScriptoriumException("Could not read " + file + ": " + e.getMessage(), e);
        }
        out().println("Added " + result.added().size() + " sources; " + result.alreadyThere() + " were already here"
                + (result.rejected().isEmpty() ? "." : "; " + result.rejected().size() + " could not be used:"));
        result.rejected().forEach(r -> out().println("  " + r));
    }
}
