package org.scriptorium.app.cli;

import org.scriptorium.core.drafts.DraftFilter;
import org.scriptorium.core.drafts.DraftSummary;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

import java.util.List;

/** {@code draft search QUERY}: drafts holding every word, best match first (the trash is not searched). */
@Command(name = "search", mixinStandardHelpOptions = true, versionProvider = AppVersion.class,
        description = "Find drafts whose title, text or tags hold every word of the query, best first.")
final class DraftSearchCommand extends StudioCommand {
    @Parameters(paramLabel = "QUERY", arity = "1..*", description = "Words to look for; a word may be typed in part.")
    List<String> words;

    @Mixin
    JsonOption json;

    @Override
    void run() {
        String query = String.join(" ", words);
        List<DraftSummary> found = drafts().search(query, DraftFilter.ALL);
        if (json.enabled) {
            JsonOutput.print(out(), JsonOutput.array(found, JsonOutput::summary));
        } else if (found.isEmpty()) {
            out().println("No drafts match '" + query + "'.");
        } else {
            TextOutput.draftTable(out(), found, shortIds());
        }
    }
}
