package org.scriptorium.core.scheduling;

import org.scriptorium.core.ScriptoriumException;
import org.scriptorium.core.publishing.PublishException;

import java.util.UUID;

/**
 * Handing a post to its network did not end with the network holding it. Either the network certainly does not have it
 * (it refused, or could not be reached) and the post stays planned here, or it is not known yet whether the network
 * took it ({@link #inDoubt()}), and the next publishing round looks before anything else is done with the post.
 */
public final class HandOffFailed extends ScriptoriumException {
    private final UUID postId;
    private final boolean inDoubt;

    HandOffFailed(UUID postId, String message, boolean inDoubt, PublishException cause) {
        super(message, cause);
        this.postId = postId;
        this.inDoubt = inDoubt;
    }

    /** The post, planned here (or in doubt) whatever happened on the network. */
    public UUID postId() {
        return postId;
    }

    public boolean inDoubt() {
        return inDoubt;
    }
}
