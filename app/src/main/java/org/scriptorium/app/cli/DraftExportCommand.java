package org.scriptorium.app.cli;

import org.scriptorium.core.drafts.DraftTransfer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** {@code draft export}: one Markdown file with YAML front matter per draft; re-exporting overwrites. */
@Command(name = "export", mixinStandardHelpOptions = true, versionProvider = AppVersion.class,
        description = "Write drafts as Markdown files with YAML front matter (all drafts outside the trash by default).")
final class DraftExportCommand extends StudioCommand {
    @Option(names = "--out", paramLabel = "DIR", description = "The folder to write to (default: the current folder).")
    Path folder;

    @Parameters(paramLabel = "ID", arity = "0..*", description = "Drafts to export, by id or a unique start of one.")
    List<String> ids = new ArrayList<>();

    @Mixin
    JsonOption json;

    @Override
    void run() {
        List<UUID> wanted = ids.stream().map(this::draftId).toList(); // all ids checked before any file is written
        List<DraftTransfer.Exported> written = studio().transfer().export(folder != null ? folder.toAbsolutePath() : root().host().workingDirectory(), wanted);
        List<Report> reports = written.stream()
                .map(e -> new Report(e.file(), e.id(), drafts().get(e.id()).title())).toList();
        if (json.enabled) {
            JsonOutput.print(out(), JsonOutput.array(reports, r -> JsonOutput.transfer(r.file(), r.id(), r.title(), "exported")));
        } else if (reports.isEmpty()) {
            out().println("No drafts to export.");
        } else {
            reports.forEach(r -> out().println("exported  " + r.file()));
        }
    }

    private record Report(Path file, UUID id, String title) {
    }
}
