package org.scriptorium.core.updates;

import org.scriptorium.core.ScriptoriumException;

/** The release feed could not be asked or read; the message says why in one sentence. Nothing was changed. */
public final class UpdateCheckFailed extends ScriptoriumException {
    public UpdateCheckFailed(String message) {
        super(message);
    }

    public UpdateCheckFailed(String message, Throwable cause) {
        super(message, cause);
    }
}
