package org.scriptorium.app.cli;

import org.scriptorium.core.drafts.DraftDocument;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/** {@code topic draft ID}: starts a draft from the topic's research. */
@Command(name = "draft", mixinStandardHelpOptions = true, versionProvider = AppVersion.class,
        description = "Create a draft from a topic: an outline from its research report, with the citations as a reference list.")
final class TopicDraftCommand extends StudioCommand {
    @Parameters(paramLabel = "ID", description = "The topic's id, or a unique prefix of it.")
    String id;

    @Mixin
    JsonOption json;

    @Override
    void run() {
        var research = research();
        DraftDocument draft = research.topicDrafts().startDraft(research.topics().resolveId(id));
        if (json.enabled) {
            JsonOutput.print(out(), JsonOutput.draft(draft, true));
        } else {
            out().println("Created draft " + draft.id() + ": " + draft.title());
            out().println();
            out().print(draft.body());
            out().flush();
        }
    }
}
