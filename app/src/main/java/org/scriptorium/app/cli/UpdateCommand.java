package org.scriptorium.app.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.scriptorium.core.updates.Release;
import org.scriptorium.core.updates.UpdateCheck;
import org.scriptorium.core.updates.UpdateStatus;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code scriptorium update}: whether a newer Scriptorium has been released. It tells; it never installs. */
@Command(name = "update", mixinStandardHelpOptions = true, versionProvider = AppVersion.class,
        description = "Whether a newer Scriptorium has been released (the window asks once a day unless update-checks is off).",
        subcommands = {UpdateCommand.Check.class})
final class UpdateCommand {
    private UpdateCommand() {
    }

    @Command(name = "check", mixinStandardHelpOptions = true, versionProvider = AppVersion.class,
            description = "Ask the release feed now (whenever it was last asked) and print this version, the latest and its page. "
                    + "Only a User-Agent naming Scriptorium and its version is sent. Fails (exit 1) when the feed cannot be read.")
    static final class Check extends StudioCommand {
        @Mixin
        JsonOption json;

        @Override
        void run() {
            UpdateCheck updates = updates();
            UpdateStatus status = updates.checkNow();
            if (json.enabled) {
                ObjectNode node = JsonOutput.object();
                node.put("current", status.current());
                node.put("latest", status.latest().map(r -> r.version().toString()).orElse(null));
                node.put("tag", status.latest().map(Release::tag).orElse(null));
                node.put("url", status.latest().map(r -> r.page().toString()).orElse(null));
                node.put("newer", status.newer());
                node.put("checkedAt", status.checkedAt().toString());
                node.put("feed", updates.feed().toString());
                JsonOutput.print(out(), node);
                return;
            }
            out().println(status.describe());
            if (status.newer()) {
                out().println("What's new: " + status.latest().orElseThrow().page());
            }
        }
    }
}
