package org.scriptorium.app.cli;

import org.scriptorium.core.drafts.DraftDocument;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

import java.io.PrintWriter;

/** {@code draft show ID}: a draft's fields and its whole text. */
@Command(name = "show", mixinStandardHelpOptions = true, versionProvider = AppVersion.class,
        description = "Show a draft with its text.")
final class DraftShowCommand extends StudioCommand {
    @Parameters(paramLabel = "ID", description = "The draft's id, or a unique start of it.")
    String id;

    @Mixin
    JsonOption json;

    @Override
    void run() {
        DraftDocument draft = drafts().get(draftId(id));
        if (json.enabled) {
            JsonOutput.print(out(), JsonOutput.draft(draft, true));
            return;
        }
        PrintWriter out = out();
        out.println(draft.title());
        out.println("id       " + draft.id());
        out.println("status   " + draft.status().label() + (draft.trashedAt() != null ? " (in the trash since " + TextOutput.local(draft.trashedAt()) + ")" : ""));
        out.println("tags     " + (draft.tags().isEmpty() ? "-" : String.join(", ", draft.tags())));
        out.println("planned  " + (draft.plannedOn() == null ? "-" : "to be published on " + draft.plannedOn()));
        out.println("words    " + draft.wordCount() + " (" + draft.readingMinutes() + " min read)");
        out.println("created  " + TextOutput.local(draft.createdAt()));
        out.println("updated  " + TextOutput.local(draft.updatedAt()));
        out.println();
        out.print(draft.body());
        if (!draft.body().isEmpty() && !draft.body().endsWith("\n")) {
            out.println();
        }
    }
}
