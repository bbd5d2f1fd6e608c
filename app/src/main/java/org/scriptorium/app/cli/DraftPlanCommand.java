package org.scriptorium.app.cli;

import org.scriptorium.core.drafts.DraftDocument;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.time.LocalDate;

/** {@code draft plan ID --on DATE | --clear}: the day a draft is planned to be published, as the calendar shows it. */
@Command(name = "plan", mixinStandardHelpOptions = true, versionProvider = AppVersion.class,
        description = "Set the day a draft is planned to be published (the Posts calendar shows it), or clear it.")
final class DraftPlanCommand extends StudioCommand {
    @Parameters(paramLabel = "ID", description = "The draft's id, or a unique start of it.")
    String id;

    @ArgGroup(exclusive = true, multiplicity = "1")
    Day day;

    static final class Day {
        @Option(names = "--on", paramLabel = "DATE", required = true, description = "The day, as 2026-12-01.")
        LocalDate on;

        @Option(names = "--clear", required = true, description = "No planned day any more.")
        boolean clear;
    }

    @Mixin
    JsonOption json;

    @Override
    void run() {
        DraftDocument draft = drafts().planPublishing(draftId(id), day.clear ? null : day.on);
        if (json.enabled) {
            JsonOutput.print(out(), JsonOutput.draft(draft, false));
        } else if (draft.plannedOn() == null) {
            out().println("\"" + draft.title() + "\" has no planned publish day now.");
        } else {
            out().println("\"" + draft.title() + "\" is planned to be published on " + draft.plannedOn() + ".");
        }
    }
}
