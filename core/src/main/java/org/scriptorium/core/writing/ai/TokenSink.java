package org.scriptorium.core.writing.ai;

/** Receives streamed text as it arrives. Called on the thread doing the work, never the UI thread. */
@FunctionalInterface
public interface TokenSink {
    TokenSink NONE = text -> { };

    void accept(String text);
}
