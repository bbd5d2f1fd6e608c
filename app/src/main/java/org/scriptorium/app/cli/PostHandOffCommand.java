package org.scriptorium.app.cli;

import org.scriptorium.core.scheduling.ScheduledPost;
import picocli.CommandLine.Command;

import java.util.UUID;

/** {@code scriptorium post handoff ID}: the network holds the post and publishes it at its time, with this computer off. */
@Command(name = "handoff", mixinStandardHelpOptions = true, versionProvider = AppVersion.class,
        description = "Hand a planned post to its network (Facebook Pages, Mastodon), which publishes it at its time itself, "
                + "even with this computer off. Moving or cancelling it afterwards changes it there too.")
final class PostHandOffCommand extends PostCommand.OnePost {
    @Override
    ScheduledPost change(UUID postId) {
        return studio().scheduling().handOff(postId);
    }

    @Override
    String said(ScheduledPost held) {
        return "Handed to " + PostCommand.network(this, held) + ": it goes out there at " + PostCommand.when(held)
                + ", with or without Scriptorium running.";
    }
}
