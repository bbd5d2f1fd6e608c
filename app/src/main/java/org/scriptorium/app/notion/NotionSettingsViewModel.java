package org.scriptorium.app.notion;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.scriptorium.app.common.Messages;
import org.scriptorium.app.common.TaskRunner;
import org.scriptorium.core.notion.NotionSync;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.concurrent.Callable;

/**
 * Notion in the settings: the token (sent to the keychain, never shown back), the database, connecting and
 * disconnecting, syncing now, and a status line with what the last syncs overwrote. Calls to Notion run off the UI
 * thread through the task runner; a failure becomes one sentence on the error line.
 */
public final class NotionSettingsViewModel {
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM);

    private final NotionSync notion;
    private final TaskRunner tasks;
    private final ZoneId zone;
    private final StringProperty token = new SimpleStringProperty("");
    private final StringProperty database = new SimpleStringProperty("");
    private final StringProperty status = new SimpleStringProperty("");
    private final StringProperty error = new SimpleStringProperty("");
    private final BooleanProperty connected = new SimpleBooleanProperty();
    private final BooleanProperty busy = new SimpleBooleanProperty();
    private final ObservableList<String> overwritten = FXCollections.observableArrayList();

    public NotionSettingsViewModel(NotionSync notion, TaskRunner tasks, ZoneId zone) {
        this.notion = notion;
        this.tasks = tasks;
        this.zone = zone;
    }

    /** Reads the status (from the store only; Notion is not asked). */
    public void load() {
        run(notion::status, this::show, "");
    }

    public void connect() {
        String secret = token.get() == null ? "" : token.get().strip();
        String id = database.get() == null ? "" : database.get().strip();
        token.set(""); // the field never holds the secret longer than it takes to send it
        run(() -> notion.connect(secret, id), this::show, "Connecting to Notion\u2026");
    }

    public void disconnect() {
        run(() -> {
            notion.disconnect();
            return notion.status();
        }, this::show, "");
    }

    public void syncNow() {
        run(() -> {
            notion.sync(() -> false);
            return notion.status();
        }, this::show, "Syncing with Notion\u2026");
    }

    private void run(Callable<NotionSync.Status> work, java.util.function.Consumer<NotionSync.Status> done, String saying) {
        busy.set(true);
        error.set("");
        if (!saying.isEmpty()) {
            status.set(saying);
        }
        tasks.run(work, result -> {
            busy.set(false);
            done.accept(result);
        }, failure -> {
            busy.set(false);
            error.set(Messages.of(failure));
            // The status line goes back to what is stored; the error stays beside it.
            tasks.run(notion::status, this::show, ignored -> { });
        });
    }

    private void show(NotionSync.Status s) {
        connected.set(s.connected());
        if (s.connected() && database.get().isBlank()) {
            database.set(s.databaseId());
        }
        status.set(!s.connected() ? "Not connected." : "Connected to " + (s.dataSourceName().isBlank() ? s.dataSourceId() : "\u201c" + s.dataSourceName() + "\u201d")
                + ", " + s.linkedTopics() + " topics linked. " + (s.lastSync() == null ? "Not synced yet."
                : "Last sync " + WHEN.format(s.lastSync().atZone(zone)) + ": " + s.lastResult() + "."));
        overwritten.setAll(s.overwritten().stream().limit(5).map(o -> WHEN.format(o.at().atZone(zone)) + " \u2014 " + o.describe() + ".").toList());
    }

    public StringProperty tokenProperty() {
        return token;
    }

    public StringProperty databaseProperty() {
        return database;
    }

    public ReadOnlyStringProperty statusProperty() {
        return status;
    }

    public ReadOnlyStringProperty errorProperty() {
        return error;
    }

    public ReadOnlyBooleanProperty connectedProperty() {
        return connected;
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy;
    }

    public ObservableList<String> overwritten() {
        return overwritten;
    }
}
