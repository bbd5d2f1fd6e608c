package org.scriptorium.core;

/**
 * How long work reports how far it got and learns that the user gave up on it. The window backs this with
 * a progress bar and a Cancel button, the CLI with nothing (or a log line), tests with a flag.
 */
public interface Progress {
    Progress NONE = new Progress() {
        @Override
        public void update(double fraction, String message) {
        }

        @Override
        public boolean isCancelled() {
            return false;
        }
    };

    /** @param fraction between 0 and 1, or a negative number when it cannot be told */
    void update(double fraction, String message);

    boolean isCancelled();

    /** Stops the work at a safe point: what is already done stays done, nothing half-written is kept. */
    default void checkCancelled() {
        if (isCancelled()) {
            throw new Cancelled();
        }
    }

    final class Cancelled extends ScriptoriumException {
        public Cancelled() {
            super("Cancelled.");
        }
    }
}
