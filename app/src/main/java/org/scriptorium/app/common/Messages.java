package org.scriptorium.app.common;

import org.scriptorium.core.ScriptoriumException;

/** Turns a failure into the one sentence a user sees. */
public final class Messages {
    private Messages() {
    }

    public static String of(Throwable failure) {
        Throwable cause = failure;
        while (cause != null) {
            if (cause instanceof ScriptoriumException known) {
                return known.getMessage();
            }
            cause = cause.getCause();
        }
        String detail = failure.getMessage();
        return "Something went wrong" + (detail == null || detail.isBlank() ? "." : ": " + detail) + " Details are in the log.";
    }
}
