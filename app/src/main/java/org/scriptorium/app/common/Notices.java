package org.scriptorium.app.common;

import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.time.Duration;
import java.util.Objects;

/**
 * The window's one message system (docs/design.md): what just happened, said in one place (over the sidebar)
 * without pushing the layout. Information fades after a few seconds (longer when it offers Undo); an error stays
 * until dismissed or acted on (Retry, Edit). At most three show at once; a fourth puts away the oldest information, or
 * the oldest error when the others are all errors. Runs on the FX thread; the timer is given, so tests drive time themselves.
 */
public final class Notices {
    public static final Duration INFO_FOR = Duration.ofSeconds(6);
    public static final Duration UNDO_FOR = Duration.ofSeconds(10);
    static final int MOST_SHOWN = 3;

    public enum Kind { INFO, ERROR }

    /** A button beside the message: Undo, Retry, Edit. Acting on it also puts the notice away. */
    public record Action(String label, Runnable perform) {
        public Action {
            Objects.requireNonNull(label);
            Objects.requireNonNull(perform);
        }
    }

    public record Notice(long id, Kind kind, String text, Action action) {
    }

    /** Runs something once after a delay; the window's uses the FX timeline. */
    @FunctionalInterface
    public interface Timer {
        void after(Duration delay, Runnable then);
    }

    private final ObservableList<Notice> shown = FXCollections.observableArrayList();
    // One read-only view, kept: a view made per call listens weakly and would be collected with its listeners.
    private final ObservableList<Notice> readOnly = FXCollections.unmodifiableObservableList(shown);
    private final Timer timer;
    private long next = 1;

    public Notices(Timer timer) {
        this.timer = timer;
    }

    /** The window's: timeouts on the FX timeline. */
    public static Notices onFxTimeline() {
        return new Notices((delay, then) -> {
            var pause = new javafx.animation.PauseTransition(javafx.util.Duration.millis(delay.toMillis()));
            pause.setOnFinished(e -> then.run());
            pause.play();
        });
    }

    public Notice info(String text) {
        return info(text, null);
    }

    public Notice info(String text, Action action) {
        return post(Kind.INFO, text, action);
    }

    public Notice error(String text, Action action) {
        return post(Kind.ERROR, text, action);
    }

    private Notice post(Kind kind, String text, Action action) {
        if (text == null || text.isBlank()) {
            return null;
        }
        // The same words again (a second save failing alike) refresh the notice instead of stacking a copy.
        shown.removeIf(n -> n.kind() == kind && n.text().equals(text));
        Notice notice = new Notice(next++, kind, text, action);
        shown.add(notice);
        // The newest is always shown: the oldest information gives way first, then the oldest error.
        while (shown.size() > MOST_SHOWN) {
            Notice oldest = shown.stream().filter(n -> n != notice && n.kind() == Kind.INFO).findFirst().orElse(shown.getFirst());
            shown.remove(oldest);
        }
        if (kind == Kind.INFO) {
            timer.after(action == null ? INFO_FOR : UNDO_FOR, () -> shown.remove(notice));
        }
        return notice;
    }

    public void dismiss(Notice notice) {
        shown.remove(notice);
    }

    /** The notice's button: it is put away, then its action runs. */
    public void act(Notice notice) {
        if (shown.remove(notice) && notice.action() != null) {
            notice.action().perform().run();
        }
    }

    /** Puts every notice away (a new area, Escape). Errors included: the user has seen them. */
    public void clear() {
        shown.clear();
    }

    public ObservableList<Notice> shown() {
        return readOnly;
    }
}
