package org.scriptorium.app.cli;

import org.scriptorium.core.Progress;
import org.scriptorium.core.drafts.DraftDocument;
import org.scriptorium.core.writing.ai.TokenSink;
import org.scriptorium.core.writing.assistant.Outline;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code scriptorium write}: outlines, drafts and social posts, by a model or the built-in offline engine. */
@Command(name = "write", mixinStandardHelpOptions = true, versionProvider = AppVersion.class,
        description = "Write from research: an outline or a whole draft for a topic, social posts for a draft.",
        subcommands = {WriteCommand.OutlineCommand.class, WriteCommand.DraftCommand.class, WriteSocialCommand.class,
                WriteSeoCommand.class})
final class WriteCommand {

    @Command(name = "outline", mixinStandardHelpOptions = true, versionProvider = AppVersion.class,
            description = "Plan a post from a topic's research.")
    static final class OutlineCommand extends StudioCommand {
        @Parameters(paramLabel = "TOPIC_ID", description = "The topic's id, or a unique prefix of it.")
        String topic;

        @Option(names = "--provider", paramLabel = "P", description = "A provider's name, or offline (default: the default for writing).")
        String provider;

        @Mixin
        JsonOption json;

        @Override
        void run() {
            var topicId = research().topics().resolveId(topic);
            Outline outline = studio().writing().writing().outline(topicId, provider, TokenSink.NONE, Progress.NONE);
            if (json.enabled) {
                var node = JsonOutput.object();
                node.put("title", outline.title());
                var sections = node.putArray("sections");
                outline.sections().forEach(s -> {
                    var section = sections.addObject();
                    section.put("heading", s.heading());
                    var points = section.putArray("points");
                    s.points().forEach(points::add);
                });
                node.put("markdown", outline.toMarkdown());
                JsonOutput.print(out(), node);
            } else {
                out().print(outline.toMarkdown());
                out().flush();
            }
        }
    }

    @Command(name = "draft", mixinStandardHelpOptions = true, versionProvider = AppVersion.class,
            description = "Write a whole draft from a topic's research, streamed to standard error as it is written; prints the stored draft.")
    static final class DraftCommand extends StudioCommand {
        @Parameters(paramLabel = "TOPIC_ID", description = "The topic's id, or a unique prefix of it.")
        String topic;

        @Option(names = "--provider", paramLabel = "P", description = "A provider's name, or offline (default: the default for writing).")
        String provider;

        @Option(names = "--quiet", description = "Do not stream the text to standard error.")
        boolean quiet;

        @Mixin
        JsonOption json;

        @Override
        void run() {
            var topicId = research().topics().resolveId(topic);
            var err = spec.commandLine().getErr();
            TokenSink stream = quiet ? TokenSink.NONE : text -> {
                err.print(text);
                err.flush();
            };
            DraftDocument draft = studio().writing().writing().writeDraft(topicId, provider, stream, Progress.NONE);
            if (!quiet) {
                err.println();
                err.flush();
            }
            if (json.enabled) {
                JsonOutput.print(out(), JsonOutput.draft(draft, true));
            } else {
                out().println("Created draft " + draft.id() + ": " + draft.title());
            }
        }
    }
}
