package org.scriptorium.app.updates;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import org.scriptorium.app.common.Messages;
import org.scriptorium.app.common.TaskRunner;
import org.scriptorium.core.updates.Release;
import org.scriptorium.core.updates.UpdateCheck;
import org.scriptorium.core.updates.UpdateStatus;

import java.time.Duration;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * The quiet line that says a newer Scriptorium is out, with "What's new" and Dismiss, and the Help menu's check. On its
 * own the window asks at most once a day (the core's {@link UpdateCheck} keeps the count), and a release the user
 * dismissed is not told again; a later one is. Nothing is downloaded: "What's new" opens the release's page.
 */
public final class UpdateNoticeViewModel {
    /** How often the open window looks whether a day has passed since the last check; a look asks nothing by itself. */
    static final Duration LOOK_EVERY = Duration.ofHours(1);

    private final UpdateCheck updates;
    private final TaskRunner tasks;
    private final Consumer<String> openExternally;
    private final Consumer<String> tell;
    private final ReadOnlyObjectWrapper<Release> shown = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper text = new ReadOnlyStringWrapper("");
    private final BooleanProperty automatic = new SimpleBooleanProperty(true);
    private TaskRunner.Cancellable nextLook;

    /**
     * @param openExternally opens an address in the system browser
     * @param tell           says one sentence in the window's message line (what a check asked for by hand found)
     */
    public UpdateNoticeViewModel(UpdateCheck updates, TaskRunner tasks, Consumer<String> openExternally, Consumer<String> tell) {
        this.updates = updates;
        this.tasks = tasks;
        this.openExternally = openExternally;
        this.tell = tell;
        tasks.run(updates::automatic, automatic::set, failure -> { });
    }

    private record Heard(Optional<UpdateStatus> status, boolean dismissed) {
    }

    /** Looks {@code after} from now, then every hour while the window is open; once started, calling again changes nothing. */
    public void startLooking(Duration after) {
        if (nextLook == null) {
            lookIn(after);
        }
    }

    private void lookIn(Duration after) {
        nextLook = tasks.later(after.toMillis(), () -> {
            checkIfDue();
            lookIn(LOOK_EVERY);
        });
    }

    public void stopLooking() {
        if (nextLook != null) {
            nextLook.cancel();
        }
    }

    /** What the daily check says: asked if a day has passed, else remembered; nothing at all when turned off. */
    public void checkIfDue() {
        tasks.run(() -> {
            Optional<UpdateStatus> status = updates.checkIfDue();
            boolean dismissed = status.flatMap(UpdateStatus::latest).map(r -> updates.dismissed(r.version())).orElse(false);
            return new Heard(status, dismissed);
        }, heard -> heard.status().filter(UpdateStatus::newer).filter(s -> !heard.dismissed()).ifPresent(this::show),
                failure -> { }); // the check logs its own failures; the window says nothing of them
    }

    /** The Help menu's check: asks now, and says what it found or why it could not ask. */
    public void checkNow() {
        tasks.run(updates::checkNow, status -> {
            if (status.newer()) {
                show(status);
            } else {
                tell.accept(status.describe());
            }
        }, failure -> tell.accept(Messages.of(failure)));
    }

    private void show(UpdateStatus status) {
        Release release = status.latest().orElseThrow();
        shown.set(release);
        text.set("Scriptorium " + release.version() + " is available —");
    }

    /** Closes the notice; this release is not told again. */
    public void dismiss() {
        Release release = shown.get();
        if (release == null) {
            return;
        }
        shown.set(null);
        text.set("");
        tasks.run(() -> {
            updates.dismiss(release.version());
            return null;
        }, done -> { }, failure -> { });
    }

    /** "What's new": the release's page in the system browser. */
    public void openReleasePage() {
        Release release = shown.get();
        if (release != null) {
            openExternally.accept(release.page().toString());
        }
    }

    /** Turns the daily check on or off; off, the window asks nothing on its own. */
    public void setAutomatic(boolean on) {
        automatic.set(on);
        tasks.run(() -> {
            updates.setAutomatic(on);
            return null;
        }, done -> { }, failure -> tell.accept(Messages.of(failure)));
    }

    /** "Scriptorium 1.3.0 is available —", empty while nothing is to be told. */
    public ReadOnlyStringProperty textProperty() {
        return text.getReadOnlyProperty();
    }

    /** The release told, null while the notice is hidden. */
    public ReadOnlyObjectProperty<Release> shownProperty() {
        return shown.getReadOnlyProperty();
    }

    /** Whether the window checks once a day; a menu's check item shows it. */
    public BooleanProperty automaticProperty() {
        return automatic;
    }
}
