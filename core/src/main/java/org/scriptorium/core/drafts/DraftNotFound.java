package org.scriptorium.core.drafts;

import org.scriptorium.core.ScriptoriumException;

/** No draft (or revision) answers to the id the user gave. */
public class DraftNotFound extends ScriptoriumException {
    public DraftNotFound(String what) {
        super("No draft with id " + what + ".");
    }

    public DraftNotFound(String kind, String what) {
        super("No " + kind + " with id " + what + ".");
    }
}
