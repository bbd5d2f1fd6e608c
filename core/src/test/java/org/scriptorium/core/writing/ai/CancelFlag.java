package org.scriptorium.core.writing.ai;

import org.scriptorium.core.Progress;

/** A Cancel button a test presses, from any thread. */
final class CancelFlag implements Progress {
    private volatile boolean cancelled;

    void cancel() {
        cancelled = true;
    }

    @Override
    public void update(double fraction, String message) {
    }

    @Override
    public boolean isCancelled() {
        return cancelled;
    }
}
