package org.scriptorium.core;

/** A failure the user can act on; its message is one clear sentence meant to be shown as it is. */
public class ScriptoriumException extends RuntimeException {
    public ScriptoriumException(String message) {
        super(message);
    }

    public ScriptoriumException(String message, Throwable cause) {
        super(message, cause);
    }
}
