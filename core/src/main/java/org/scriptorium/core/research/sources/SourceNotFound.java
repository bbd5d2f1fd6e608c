package org.scriptorium.core.research.sources;

import org.scriptorium.core.ScriptoriumException;

public final class SourceNotFound extends ScriptoriumException {
    public SourceNotFound(String id) {
        super("No source with the id " + id + ".");
    }
}
