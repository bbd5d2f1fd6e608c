package org.scriptorium.app.cli;

import org.scriptorium.core.Progress;
import org.scriptorium.core.research.topics.TopicDiscovery;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code topic discover}: groups the last week's documents into scored topics. */
@Command(name = "discover", mixinStandardHelpOptions = true, versionProvider = AppVersion.class,
        description = "Group the last 7 days of documents into topics, name and score them; known topics are updated.")
final class TopicDiscoverCommand extends StudioCommand {
    @Mixin
    JsonOption json;

    @Override
    void run() {
        TopicDiscovery.Result result = research().discovery().discover(Progress.NONE);
        if (json.enabled) {
            var node = JsonOutput.object();
            node.put("documents", result.documentsConsidered());
            node.put("created", result.created().size());
            node.put("updated", result.updated().size());
            node.set("topics", JsonOutput.array(result.all(), ResearchJson::topic));
            JsonOutput.print(out(), node);
            return;
        }
        out().println("From " + result.documentsConsidered() + " documents: " + result.created().size() + " new topics, "
                + result.updated().size() + " updated.");
        if (!result.all().isEmpty()) {
            TopicText.table(out(), result.all());
        }
    }
}
