package org.scriptorium.core.research.feeds;

/** An OPML file that cannot be read or written; the message is one sentence for the user. */
public final class OpmlException extends Exception {
    public OpmlException(String message, Throwable cause) {
        super(message, cause);
    }
}
