package org.scriptorium.app.posts;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import org.scriptorium.app.common.Confirmations;
import org.scriptorium.app.common.Messages;
import org.scriptorium.app.common.TaskRunner;
import org.scriptorium.app.desktop.notify.DesktopNotifications;
import org.scriptorium.core.scheduling.PostAlerts;
import org.scriptorium.core.scheduling.Scheduling;

import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;

/**
 * What the window says when a publishing round leaves a post for the user (failed, missed, or its account to be
 * connected again): a line above every area with Retry and Edit, and a desktop notification for each new failure
 * unless they are turned off. Which failures are new, and what they say, comes from the core's {@link PostAlerts}.
 */
public final class PostAlertsViewModel {
    /** More new failures than this in one round make one notification, not a pile of them. */
    static final int MOST_NOTIFICATIONS_AT_ONCE = 3;

    private final PostAlerts alerts;
    private final Scheduling scheduling;
    private final Confirmations confirmations;
    private final TaskRunner tasks;
    private final DesktopNotifications desktop;
    private final ObjectProperty<PostAlerts.Alert> shown = new SimpleObjectProperty<>();
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private final BooleanProperty desktopNotifications = new SimpleBooleanProperty(true);
    private Runnable roundNow = () -> { };
    private Consumer<UUID> edit = post -> { };

    public PostAlertsViewModel(Scheduling scheduling, TaskRunner tasks, DesktopNotifications desktop, Confirmations confirmations) {
        this.alerts = scheduling.alerts();
        this.scheduling = scheduling;
        this.confirmations = confirmations;
        this.tasks = tasks;
        this.desktop = desktop;
        tasks.run(alerts::desktopNotifications, desktopNotifications::set, failure -> { });
    }

    private record Heard(List<PostAlerts.Alert> fresh, boolean desktop) {
    }

    /** How to start a publishing round at once, after Retry. */
    public void setRoundNow(Runnable roundNow) {
        this.roundNow = roundNow;
    }

    /** Where Edit takes the user: the post, in the Posts area. */
    public void setOnEdit(Consumer<UUID> edit) {
        this.edit = edit;
    }

    /** After each publishing round: what is newly failed or missed is said, once. */
    public void roundDone() {
        tasks.run(() -> new Heard(alerts.untold(), alerts.desktopNotifications()), heard -> {
            if (heard.fresh().isEmpty()) {
                return;
            }
            PostAlerts.Alert first = heard.fresh().getFirst();
            shown.set(first);
            int more = heard.fresh().size() - 1;
            message.set(first.title() + ". " + first.text() + (more == 0 ? "" : " (" + more + " more in Posts.)"));
            if (heard.desktop()) {
                notifyDesktop(heard.fresh());
            }
        }, failure -> { }); // the runner logs it; the Posts list and its badge still show every failure
    }

    private void notifyDesktop(List<PostAlerts.Alert> fresh) {
        if (fresh.size() <= MOST_NOTIFICATIONS_AT_ONCE) {
            fresh.forEach(alert -> desktop.send(alert.title(), alert.text()));
        } else {
            desktop.send(fresh.size() + " posts could not go out",
                    "Scriptorium's Posts shows each one with its reason, and Send now to try again.");
        }
    }

    /** Sends the post said now again, at once. */
    public void retry() {
        PostAlerts.Alert alert = shown.get();
        if (alert == null || !confirmations.confirm(new Confirmations.Question("Send now?",
                "The post goes out now, for everyone who follows the account.", "Send now"))) {
            return;
        }
        tasks.run(() -> scheduling.sendNow(alert.postId()), sent -> {
            dismiss();
            roundNow.run();
        }, failure -> message.set(Messages.of(failure)));
    }

    /** Shows the post said now in the Posts area, to change it or move it. */
    public void edit() {
        PostAlerts.Alert alert = shown.get();
        if (alert != null) {
            dismiss();
            edit.accept(alert.postId());
        }
    }

    public void dismiss() {
        shown.set(null);
        message.set("");
    }

    /** Turns desktop notifications on or off, for this studio. */
    public void setDesktopNotifications(boolean on) {
        desktopNotifications.set(on);
        tasks.run(() -> {
            alerts.setDesktopNotifications(on);
            return on;
        }, stored -> { }, failure -> message.set(Messages.of(failure)));
    }

    public ReadOnlyBooleanProperty desktopNotificationsProperty() {
        return desktopNotifications;
    }

    public ReadOnlyObjectProperty<PostAlerts.Alert> shownProperty() {
        return shown;
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }
}
