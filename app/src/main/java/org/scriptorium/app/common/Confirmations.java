package org.scriptorium.app.common;

/**
 * Asks the user to confirm a step that cannot be taken back (a post sent now, the trash emptied). View models ask
 * through this, so they stay testable without a window; the window answers with a dialog, tests with their own.
 */
@FunctionalInterface
public interface Confirmations {
    /** True when the user agreed to {@code question}; false when they declined or closed the question. */
    boolean confirm(Question question);

    /**
     * What is asked: a short title, one or two sentences saying what will happen, and the words on the button that
     * does it ("Publish now", "Empty trash"). The other button always says Cancel.
     */
    record Question(String title, String text, String action) {
    }

    /** Agrees to everything: for code paths where the user already confirmed (the command line's --yes). */
    Confirmations ALWAYS = question -> true;
}
