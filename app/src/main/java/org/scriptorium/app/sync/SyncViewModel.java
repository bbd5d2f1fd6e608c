package org.scriptorium.app.sync;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.scriptorium.app.common.TaskRunner;
import org.scriptorium.core.sync.Hub;
import org.scriptorium.core.sync.SyncFailure;
import org.scriptorium.core.sync.SyncService;

import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.UUID;

/**
 * Sync as the window shows it: one status line (off, syncing, synced at…, offline, N conflicts, failed with the
 * reason and Retry), the set-up form, the devices and the conflicts. Sync itself runs as the studio's recurring job
 * (at start, every minute, and a few seconds after a local change); this model starts it and reads its outcomes.
 */
public final class SyncViewModel {
    /** How long after a local change sync starts: a burst of typing is one sync, not one per keystroke's save. */
    static final long AFTER_CHANGE_MILLIS = 5_000;
    /** While offline, how soon sync tries again: the network coming back is noticed within seconds, not the minute. */
    static final long OFFLINE_RETRY_MILLIS = 10_000;

    public enum State { OFF, SYNCING, SYNCED, OFFLINE, CONFLICTS, FAILED }

    /** A device of the account, as the devices list shows it. */
    public record DeviceRow(UUID id, String name, String lastSeen, boolean thisDevice, boolean removed) {
    }

    /** A conflict, as the conflicts list shows it. */
    public record ConflictRow(UUID id, String text) {
    }

    private final SyncService sync;
    private final TaskRunner tasks;
    private final Runnable runNow;
    private final Clock clock;
    private final java.util.function.Function<UUID, String> titles;
    private final ObjectProperty<State> state = new SimpleObjectProperty<>(State.OFF);
    private final StringProperty status = new SimpleStringProperty("Sync off");
    private final StringProperty address = new SimpleStringProperty("");
    private final StringProperty formError = new SimpleStringProperty("");
    private final BooleanProperty busy = new SimpleBooleanProperty();
    private final javafx.beans.property.DoubleProperty progress = new javafx.beans.property.SimpleDoubleProperty(-1);
    private final ObservableList<DeviceRow> devices = FXCollections.observableArrayList();
    private final ObservableList<ConflictRow> conflicts = FXCollections.observableArrayList();
    private TaskRunner.Cancellable pendingAfterChange;
    private TaskRunner.Cancellable pendingRetry;
    private Runnable onReceived = () -> { };

    /**
     * {@code runNow}: starts the recurring sync job now (its outcome arrives through {@link #outcome}); {@code titles}:
     * a draft's title by id, for the conflicts list.
     */
    public SyncViewModel(SyncService sync, TaskRunner tasks, Runnable runNow, Clock clock, java.util.function.Function<UUID, String> titles) {
        this.sync = sync;
        this.tasks = tasks;
        this.runNow = runNow;
        this.clock = clock;
        this.titles = titles;
        // A long sync (a first download) says how far it got, on the status line and the dialog's bar.
        sync.watch((fraction, message) -> tasks.onUi(() -> {
            if (state.get() == State.SYNCING) {
                progress.set(fraction);
                status.set("Syncing: " + message.toLowerCase(java.util.Locale.ROOT) + "\u2026");
            }
        }));
    }

    /** How far the sync under way got (0 to 1), or negative when it cannot be told. */
    public javafx.beans.property.ReadOnlyDoubleProperty progressProperty() {
        return progress;
    }

    /** Stops the sync under way at its next page; what arrived stays, and the next sync goes on from there. */
    public void cancel() {
        if (state.get() == State.SYNCING) {
            sync.cancel();
        }
    }

    public ReadOnlyObjectProperty<State> stateProperty() {
        return state;
    }

    public ReadOnlyStringProperty statusProperty() {
        return status;
    }

    public ReadOnlyStringProperty addressProperty() {
        return address;
    }

    public ReadOnlyStringProperty formErrorProperty() {
        return formError;
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy;
    }

    public ObservableList<DeviceRow> devices() {
        return devices;
    }

    public ObservableList<ConflictRow> conflicts() {
        return conflicts;
    }

    /** Called when a sync received changes: the window reads again what it shows. */
    public void setOnReceived(Runnable onReceived) {
        this.onReceived = onReceived;
    }

    /** Reads where sync stands (at start, and after set-up or turning off). */
    public void load() {
        tasks.run(sync::status, this::show, error -> status.set("Sync status unavailable: " + error.getMessage()));
    }

    /** A sync now (the Retry and Sync now buttons). */
    public void syncNow() {
        if (state.get() != State.OFF) {
            state.set(State.SYNCING);
            progress.set(-1);
            status.set("Syncing…");
            runNow.run();
        }
    }

    private void retryWhileOffline() {
        if (pendingRetry != null) {
            pendingRetry.cancel();
        }
        pendingRetry = tasks.later(OFFLINE_RETRY_MILLIS, () -> {
            if (state.get() == State.OFFLINE) {
                runNow.run(); // quietly: the status keeps saying offline until a sync gets through
            }
        });
    }

    /** Something changed here: sync a few seconds after the last such change. */
    public void changedHere() {
        if (state.get() == State.OFF) {
            return;
        }
        if (pendingAfterChange != null) {
            pendingAfterChange.cancel();
        }
        pendingAfterChange = tasks.later(AFTER_CHANGE_MILLIS, this::syncNow);
    }

    /** The outcome of a sync job's run, from any thread. */
    public void outcome(SyncService.Outcome outcome) {
        tasks.onUi(() -> {
            if (!outcome.setUp()) {
                state.set(State.OFF);
                status.set("Sync off");
                return;
            }
            if (outcome.cancelled()) {
                state.set(State.FAILED);
                status.set("Sync cancelled: what arrived is kept, and the next sync goes on from there");
                return;
            }
            if (outcome.failure() != null) {
                boolean offline = outcome.failure().kind() == SyncFailure.Kind.OFFLINE;
                state.set(offline ? State.OFFLINE : State.FAILED);
                status.set(offline ? "Offline: sync tries again every few seconds" : "Sync failed: " + outcome.failure().getMessage());
                if (offline) {
                    retryWhileOffline();
                }
                return;
            }
            if (outcome.report().pulled() > 0) {
                onReceived.run();
            }
            refreshConflicts();
            status.set("Synced at " + time(clock.instant()));
            state.set(State.SYNCED);
        });
    }

    /**
     * Connects this data directory to an account, then syncs. A refusal (unreachable, wrong password or passphrase)
     * is said in the form and changes nothing.
     */
    public void setUp(String url, String user, String password, String passphrase, String deviceName, boolean insecureTls) {
        formError.set("");
        busy.set(true);
        tasks.run(() -> sync.setup(url, insecureTls, user, password, passphrase.toCharArray(), deviceName), done -> {
            busy.set(false);
            show(done);
            syncNow();
            refreshDevices();
        }, error -> {
            busy.set(false);
            formError.set(error.getMessage());
        });
    }

    public void turnOff() {
        tasks.run(() -> {
            sync.off();
            return sync.status();
        }, this::show, error -> formError.set(error.getMessage()));
    }

    public void refreshDevices() {
        tasks.run(() -> {
            UUID self = sync.status().device();
            return sync.devices().stream().map(d -> row(d, self)).toList();
        }, devices::setAll, error -> formError.set(error.getMessage()));
    }

    public void removeDevice(UUID id) {
        tasks.run(() -> sync.removeDevice(id), removed -> refreshDevices(), error -> formError.set(error.getMessage()));
    }

    public void refreshConflicts() {
        tasks.run(() -> sync.conflicts().stream().map(this::row).toList(), rows -> {
            conflicts.setAll(rows);
            if (!rows.isEmpty() && (state.get() == State.SYNCED || state.get() == State.CONFLICTS)) {
                state.set(State.CONFLICTS);
                status.set(rows.size() == 1 ? "1 conflict to look at" : rows.size() + " conflicts to look at");
            } else if (rows.isEmpty() && state.get() == State.CONFLICTS) {
                state.set(State.SYNCED); // the last one settled: the status says so at once
                status.set("Synced, no conflicts left");
            }
        }, error -> formError.set(error.getMessage()));
    }

    public void resolve(UUID conflict, SyncService.Keep keep) {
        tasks.run(() -> {
            sync.resolve(conflict, keep);
            return null;
        }, done -> {
            refreshConflicts();
            onReceived.run();
            changedHere();
        }, error -> formError.set(error.getMessage()));
    }

    private void show(SyncService.Status current) {
        address.set(current.setUp() ? current.address() : "");
        if (!current.setUp()) {
            state.set(State.OFF);
            status.set("Sync off");
        } else if (current.lastError() != null) {
            state.set(State.FAILED);
            status.set("Sync failed: " + current.lastError());
        } else if (current.openConflicts() > 0) {
            state.set(State.CONFLICTS);
            status.set(current.openConflicts() == 1 ? "1 conflict to look at" : current.openConflicts() + " conflicts to look at");
        } else {
            state.set(State.SYNCED);
            status.set(current.lastSyncAt() == null ? "Sync set up" : "Synced at " + time(current.lastSyncAt()));
        }
    }

    private DeviceRow row(Hub.Device device, UUID self) {
        return new DeviceRow(device.id(), device.name(), time(device.lastSeen()), device.id().equals(self), device.removedAt() != null);
    }

    private ConflictRow row(SyncService.Conflict conflict) {
        if (conflict.aboutPost()) {
            return new ConflictRow(conflict.id(), conflict.kind().equals("TEXT")
                    ? "A post was edited here and on " + conflict.otherDevice() + "; theirs reads \u201c" + shorten(conflict.theirText()) + "\u201d"
                    : "A post was deleted on one device and edited on another; it is back");
        }
        String draft = titles.apply(conflict.recordId());
        String text = conflict.kind().equals("TEXT")
                ? "\u201c" + draft + "\u201d was edited here and on " + conflict.otherDevice() + "; their text is in the copy"
                : "\u201c" + draft + "\u201d was deleted on one device and edited on another; it is back";
        return new ConflictRow(conflict.id(), text);
    }

    private static String shorten(String text) {
        String line = text == null ? "" : text.strip().replaceAll("\\s+", " ");
        return line.length() <= 60 ? line : line.substring(0, 59) + "\u2026";
    }

    /** The time alone for today, with the date otherwise. */
    private String time(Instant instant) {
        boolean today = instant.atZone(clock.getZone()).toLocalDate().equals(clock.instant().atZone(clock.getZone()).toLocalDate());
        return (today ? DateTimeFormatter.ofLocalizedTime(FormatStyle.SHORT) : DateTimeFormatter.ofLocalizedDateTime(FormatStyle.SHORT))
                .withZone(clock.getZone()).format(instant);
    }
}
