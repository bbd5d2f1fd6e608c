package org.scriptorium.app.common;

import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * What an area last said, kept for its view model's tests, and passed on to the window's notices once it is shown in a
 * window: information as information, a failure as an error that stays.
 */
public final class AreaMessage {
    private final ReadOnlyStringWrapper text = new ReadOnlyStringWrapper("");
    private Notices notices;

    /** From now on, what is said is also shown in these notices. */
    public void showIn(Notices windowNotices) {
        this.notices = windowNotices;
    }

    public void info(String said) {
        info(said, null);
    }

    /** Information with an action beside it (Undo); the notices ignore blank words. */
    public void info(String said, Notices.Action action) {
        text.set(said);
        if (notices != null) {
            notices.info(said, action);
        }
    }

    /** Something that went wrong, already in the user's words: an error that stays until dismissed. */
    public void error(String said) {
        text.set(said);
        if (notices != null) {
            notices.error(said, null);
        }
    }

    /** A failure, in the words {@link Messages} gives it. */
    public void failure(Throwable failure) {
        String said = Messages.of(failure);
        text.set(said);
        if (notices != null) {
            notices.error(said, null);
        }
    }

    public void clear() {
        text.set("");
    }

    public ReadOnlyStringProperty property() {
        return text.getReadOnlyProperty();
    }
}
