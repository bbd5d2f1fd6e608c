package org.scriptorium.core.research.topics;

import org.scriptorium.core.ScriptoriumException;

public final class TopicNotFound extends ScriptoriumException {
    public TopicNotFound(String id) {
        super("No topic with the id " + id + ".");
    }
}
