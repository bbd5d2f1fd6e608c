package org.scriptorium.app.cli;

import org.scriptorium.core.drafts.DraftDocument;
import org.scriptorium.core.drafts.DraftStatus;
import org.scriptorium.core.drafts.NewDraft;
import org.scriptorium.core.drafts.RevisionReason;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.util.ArrayList;
import java.util.List;

/** {@code draft new}: creates a draft and prints its id (or the draft as JSON). */
@Command(name = "new", mixinStandardHelpOptions = true, versionProvider = AppVersion.class, description = "Create a draft.")
final class DraftNewCommand extends StudioCommand {
    @Option(names = "--title", paramLabel = "T", required = true, description = "The title.")
    String title;

    @ArgGroup(exclusive = true)
    BodySource body;

    @Option(names = "--tag", paramLabel = "X", description = "A tag; repeat for more.")
    List<String> tags = new ArrayList<>();

    @Option(names = "--status", paramLabel = "S", completionCandidates = StatusConverter.Names.class,
            description = "One of: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).", defaultValue = "draft")
    DraftStatus status;

    @Mixin
    JsonOption json;

    @Override
    void run() {
        String text = body == null ? "" : body.text();
        DraftDocument created = drafts().create(new NewDraft(validTitle(title), text, status, tags));
        if (!text.isEmpty()) {
            drafts().snapshot(created.id(), RevisionReason.EDITED_FROM_CLI);
        }
        if (json.enabled) {
            JsonOutput.print(out(), JsonOutput.draft(created, false));
        } else {
            out().println("Created " + created.id() + "  " + created.title());
        }
    }
}
