package org.scriptorium.app.cli;

import org.scriptorium.core.drafts.DraftTransfer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** {@code draft import PATH...}: Markdown files and folders; a file that carries an id updates that draft. */
@Command(name = "import", mixinStandardHelpOptions = true, versionProvider = AppVersion.class,
        description = "Import Markdown files, or every .md/.markdown file in folders. Every file is checked before any is imported.")
final class DraftImportCommand extends StudioCommand {
    @Parameters(paramLabel = "PATH", arity = "1..*", description = "Files or folders.")
    List<Path> paths;

    @Mixin
    JsonOption json;

    @Override
    void run() {
        List<DraftTransfer.Imported> imported = studio().transfer().importPaths(paths);
        if (json.enabled) {
            JsonOutput.print(out(), JsonOutput.array(imported,
                    i -> JsonOutput.transfer(i.file(), i.id(), i.title(), outcome(i))));
            return;
        }
        if (imported.isEmpty()) {
            out().println("No Markdown files found.");
            return;
        }
        List<List<String>> rows = new ArrayList<>();
        rows.add(List.of("OUTCOME", "ID", "TITLE", "FILE"));
        int idLength = shortIds().lengthFor(imported.stream().map(DraftTransfer.Imported::id).toList());
        for (DraftTransfer.Imported item : imported) {
            rows.add(List.of(outcome(item), ShortIds.shorten(item.id(), idLength), TextOutput.clip(item.title(), 48), item.file().toString()));
        }
        TextOutput.table(out(), rows, -1);
    }

    private static String outcome(DraftTransfer.Imported item) {
        return item.outcome().name().toLowerCase(Locale.ROOT);
    }
}
