package org.scriptorium.app.cli;

import org.scriptorium.core.ScriptoriumException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/** {@code source export-opml [--out FILE]}: the sources as OPML, for another reader or a backup. */
@Command(name = "export-opml", mixinStandardHelpOptions = true, versionProvider = AppVersion.class,
        description = "Write the sources as OPML to standard output or a file.")
final class SourceExportOpmlCommand extends StudioCommand {
    @Option(names = "--out", paramLabel = "FILE", description = "Write to this file instead of standard output.")
    Path file;

    @Override
    void run() {
        ByteArrayOutputStream opml = new ByteArrayOutputStream();
        research().opml().exportTo(opml);
        if (file == null) {
            out().print(opml.toString(java.nio.charset.StandardCharsets.UTF_8));
            out().flush();
            return;
        }
        try {
            // Written beside the target and moved into place, so a full disk never leaves half a file.
            Path temporary = Files.createTempFile(file.toAbsolutePath().getParent(), ".opml-", ".tmp");
            Files.write(temporary, opml.toByteArray());
            Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new ScriptoriumException("Could not write " + file + ": " + e.getMessage(), e);
        }
        out().println("Wrote " + research().sources().list().size() + " sources to " + file);
    }
}
