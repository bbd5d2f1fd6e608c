package org.scriptorium.app.cli;

import org.scriptorium.core.drafts.DraftChanges;
import org.scriptorium.core.drafts.DraftDocument;
import org.scriptorium.core.drafts.DraftStatus;
import org.scriptorium.core.drafts.RevisionReason;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

/** {@code draft edit ID}: changes what is given, in one save; a changed text is kept in the history. */
@Command(name = "edit", mixinStandardHelpOptions = true, versionProvider = AppVersion.class,
        description = "Change a draft's title, text, status or tags.")
final class DraftEditCommand extends StudioCommand {
    @Parameters(paramLabel = "ID", description = "The draft's id, or a unique start of it.")
    String id;

    @Option(names = "--title", paramLabel = "T", description = "The new title.")
    String title;

    @ArgGroup(exclusive = true)
    BodySource body;

    @Option(names = "--status", paramLabel = "S", completionCandidates = StatusConverter.Names.class,
            description = "The new status: ${COMPLETION-CANDIDATES}.")
    DraftStatus status;

    @Option(names = "--tag", paramLabel = "X", description = "Add this tag; repeat for more.")
    List<String> addTags = new ArrayList<>();

    @Option(names = "--untag", paramLabel = "X", description = "Remove this tag; repeat for more.")
    List<String> removeTags = new ArrayList<>();

    @Mixin
    JsonOption json;

    @Override
    void run() {
        if (title == null && body == null && status == null && addTags.isEmpty() && removeTags.isEmpty()) {
            throw usage("Nothing to change; give --title, --body, --file, --status, --tag or --untag.");
        }
        String newTitle = title == null ? null : validTitle(title);
        String newBody = body == null ? null : body.text();
        UUID draftId = draftId(id);
        DraftDocument before = drafts().get(draftId);
        List<String> tags = addTags.isEmpty() && removeTags.isEmpty() ? null : retagged(before.tags());

        DraftDocument after = drafts().update(draftId, new DraftChanges(newTitle, newBody, status, tags));
        boolean textChanged = !after.body().equals(before.body()) || !after.title().equals(before.title());
        if (textChanged) {
            drafts().snapshot(draftId, RevisionReason.EDITED_FROM_CLI);
        }
        if (json.enabled) {
            JsonOutput.print(out(), JsonOutput.draft(after, false));
        } else {
            out().println((after.revision() == before.revision() ? "Unchanged " : "Updated ") + after.id() + "  " + after.title());
        }
    }

    /** The current tags plus the added ones, minus the removed ones, compared without case. */
    private List<String> retagged(List<String> current) {
        Map<String, String> tags = new LinkedHashMap<>();
        current.forEach(tag -> tags.put(key(tag), tag));
        addTags.forEach(tag -> tags.putIfAbsent(key(tag), tag));
        removeTags.forEach(tag -> tags.remove(key(tag)));
        return List.copyOf(tags.values());
    }

    private static String key(String tag) {
        String clean = tag.strip().replaceAll("\\s+", " ");
        while (clean.startsWith("#")) {
            clean = clean.substring(1).strip();
        }
        return clean.toLowerCase(Locale.ROOT);
    }
}
