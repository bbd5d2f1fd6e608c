package org.scriptorium.app.cli;

import org.scriptorium.core.research.documents.DocumentSummary;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

import java.util.ArrayList;
import java.util.List;

/** {@code scriptorium document}: the documents sources brought. */
@Command(name = "document", mixinStandardHelpOptions = true, versionProvider = AppVersion.class,
        description = "Search the documents your sources brought.",
        subcommands = DocumentCommand.Search.class)
final class DocumentCommand {

    @Command(name = "search", mixinStandardHelpOptions = true, versionProvider = AppVersion.class,
            description = "Full-text search over document titles, summaries and article texts, best first.")
    static final class Search extends StudioCommand {
        @Parameters(paramLabel = "QUERY", arity = "1..*", description = "Words to find (every word must match, as a word or its start).")
        List<String> words;

        @Mixin
        JsonOption json;

        @Override
        void run() {
            List<DocumentSummary> found = research().documents().search(String.join(" ", words));
            if (json.enabled) {
                JsonOutput.print(out(), JsonOutput.array(found, ResearchJson::document));
                return;
            }
            if (found.isEmpty()) {
                out().println("No documents match.");
                return;
            }
            List<List<String>> rows = new ArrayList<>();
            rows.add(List.of("WHEN", "TITLE", "URL"));
            found.forEach(d -> rows.add(List.of(TextOutput.published(d.publishedAt()), TextOutput.clip(d.title(), 60), d.url())));
            TextOutput.table(out(), rows, -1);
        }
    }
}
