package org.scriptorium.core.research.documents;

import org.scriptorium.core.ScriptoriumException;

public final class DocumentNotFound extends ScriptoriumException {
    public DocumentNotFound(String id) {
        super("No document with the id " + id + ".");
    }
}
