package org.scriptorium.app.sync;

import atlantafx.base.theme.Styles;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.PasswordField;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.scriptorium.app.common.Dialogs;
import org.scriptorium.core.sync.SyncService;

/** File › Sync…: set sync up, see where it stands, the account's devices, and the conflicts to settle. */
public final class SyncDialog {
    private SyncDialog() {
    }

    public static void show(Window owner, SyncViewModel model) {
        Dialog<Void> dialog = new Dialog<>();
        Dialogs.prepare(dialog, owner, 640);
        dialog.setTitle("Sync");
        dialog.getDialogPane().getButtonTypes().add(ButtonType.CLOSE);

        Label status = new Label();
        status.setId("syncStatus");
        status.textProperty().bind(model.statusProperty());
        status.setWrapText(true);
        Button now = new Button("Sync now");
        now.setId("syncNow");
        now.setOnAction(e -> model.syncNow());
        BooleanBinding off = model.stateProperty().isEqualTo(SyncViewModel.State.OFF);
        now.disableProperty().bind(off);
        now.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        Button cancel = new Button("Cancel");
        cancel.setId("syncCancel");
        cancel.setOnAction(e -> model.cancel());
        BooleanBinding syncing = model.stateProperty().isEqualTo(SyncViewModel.State.SYNCING);
        cancel.visibleProperty().bind(syncing);
        cancel.managedProperty().bind(syncing);
        cancel.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        javafx.scene.control.ProgressBar bar = new javafx.scene.control.ProgressBar();
        bar.setId("syncProgress");
        bar.progressProperty().bind(model.progressProperty());
        bar.visibleProperty().bind(syncing);
        bar.managedProperty().bind(syncing);
        bar.setPrefWidth(120);
        HBox head = new HBox(12, status, bar, cancel, now);
        head.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        HBox.setHgrow(status, Priority.ALWAYS);
        status.setMaxWidth(Double.MAX_VALUE);

        VBox setUp = setUpForm(model);
        setUp.visibleProperty().bind(off);
        setUp.managedProperty().bind(off);
        VBox account = account(model);
        account.visibleProperty().bind(off.not());
        account.managedProperty().bind(off.not());

        Label error = new Label();
        error.setId("syncError");
        error.textProperty().bind(model.formErrorProperty());
        error.getStyleClass().add(Styles.DANGER);
        error.setWrapText(true);
        error.managedProperty().bind(model.formErrorProperty().isNotEmpty());

        dialog.getDialogPane().setContent(new VBox(14, head, error, setUp, account));
        model.load();
        model.refreshConflicts();
        if (model.stateProperty().get() != SyncViewModel.State.OFF) {
            model.refreshDevices();
        }
        model.stateProperty().addListener((obs, was, state) -> {
            if (was == SyncViewModel.State.OFF && state != SyncViewModel.State.OFF) {
                model.refreshDevices();
            }
        });
        dialog.show();
    }

    private static VBox setUpForm(SyncViewModel model) {
        Label intro = new Label("Keep this computer in step with your others through a PostgreSQL database of yours "
                + "(Neon, Supabase, RDS, or your own server). The first computer sets the passphrase; type the same on each other one. "
                + "The server can read your drafts; it can never read your passphrase or what it seals.");
        intro.setWrapText(true);
        intro.getStyleClass().add(Styles.TEXT_MUTED);
        TextField url = field("syncUrl", "postgresql://host:5432/database");
        TextField user = field("syncUser", "database user");
        PasswordField password = new PasswordField();
        password.setId("syncPassword");
        password.setPromptText("kept in the system keychain");
        PasswordField passphrase = new PasswordField();
        passphrase.setId("syncPassphrase");
        passphrase.setPromptText("at least 8 characters, the same on every computer");
        TextField name = field("syncDeviceName", "how your other computers call this one");
        CheckBox insecure = new CheckBox("Don't check the server's certificate (only for a server you control)");
        insecure.setId("syncInsecure");
        GridPane form = new GridPane(10, 8);
        form.addRow(0, new Label("Address"), url);
        form.addRow(1, new Label("User"), user);
        form.addRow(2, new Label("Password"), password);
        form.addRow(3, new Label("Sync passphrase"), passphrase);
        form.addRow(4, new Label("This computer"), name);
        form.add(insecure, 1, 5);
        insecure.setWrapText(true);
        // The labels keep their words; the fields give way.
        javafx.scene.layout.ColumnConstraints labels = new javafx.scene.layout.ColumnConstraints();
        labels.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        form.getColumnConstraints().setAll(labels, new javafx.scene.layout.ColumnConstraints());
        for (var field : java.util.List.of(url, user, password, passphrase, name)) {
            GridPane.setHgrow(field, Priority.ALWAYS);
        }
        Button connect = new Button("Set up sync");
        connect.setId("syncSetUp");
        connect.getStyleClass().add(Styles.ACCENT);
        connect.disableProperty().bind(model.busyProperty().or(url.textProperty().isEmpty()).or(user.textProperty().isEmpty())
                .or(passphrase.textProperty().isEmpty()));
        connect.setOnAction(e -> model.setUp(url.getText(), user.getText(), password.getText(), passphrase.getText(), name.getText(),
                insecure.isSelected()));
        return new VBox(10, intro, form, connect);
    }

    private static VBox account(SyncViewModel model) {
        Label address = new Label();
        address.textProperty().bind(Bindings.concat("Server: ", model.addressProperty()));
        Button off = new Button("Turn sync off");
        off.setId("syncOff");
        off.setOnAction(e -> model.turnOff());

        ListView<SyncViewModel.DeviceRow> devices = new ListView<>(model.devices());
        devices.setId("syncDevices");
        devices.setPrefHeight(120);
        devices.setCellFactory(list -> new ListCell<>() {
            @Override
            protected void updateItem(SyncViewModel.DeviceRow row, boolean empty) {
                super.updateItem(row, empty);
                setText(empty || row == null ? null : row.name() + (row.thisDevice() ? " (this computer)" : "")
                        + (row.removed() ? " (removed)" : "") + " · last seen " + row.lastSeen());
            }
        });
        Button remove = new Button("Remove from the account");
        remove.setId("syncRemoveDevice");
        remove.disableProperty().bind(Bindings.createBooleanBinding(() -> {
            SyncViewModel.DeviceRow row = devices.getSelectionModel().getSelectedItem();
            return row == null || row.thisDevice() || row.removed();
        }, devices.getSelectionModel().selectedItemProperty()));
        remove.setOnAction(e -> model.removeDevice(devices.getSelectionModel().getSelectedItem().id()));

        ListView<SyncViewModel.ConflictRow> conflicts = new ListView<>(model.conflicts());
        conflicts.setId("syncConflicts");
        conflicts.setPrefHeight(140);
        conflicts.setPlaceholder(new Label("No conflicts."));
        conflicts.setCellFactory(list -> {
            ListCell<SyncViewModel.ConflictRow> cell = new ListCell<>() {
                @Override
                protected void updateItem(SyncViewModel.ConflictRow row, boolean empty) {
                    super.updateItem(row, empty);
                    setText(empty || row == null ? null : row.text());
                }
            };
            // Wrapped within the list's width: a long conflict reads whole, with no sideways scrolling.
            cell.setWrapText(true);
            cell.prefWidthProperty().bind(list.widthProperty().subtract(24));
            return cell;
        });
        HBox choices = new HBox(8, keep(conflicts, model, "Keep mine", SyncService.Keep.MINE, "syncKeepMine"),
                keep(conflicts, model, "Keep theirs", SyncService.Keep.THEIRS, "syncKeepTheirs"),
                keep(conflicts, model, "Keep both", SyncService.Keep.BOTH, "syncKeepBoth"));
        address.setWrapText(true);
        address.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(address, Priority.ALWAYS);
        off.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        now(off);
        return new VBox(10, new HBox(12, address, off), heading("Devices"), devices, remove, heading("Conflicts"), conflicts, choices);
    }

    /** A button keeps its whole label, however long the text beside it. */
    private static void now(Button button) {
        button.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
    }

    private static Button keep(ListView<SyncViewModel.ConflictRow> conflicts, SyncViewModel model, String text, SyncService.Keep keep, String id) {
        Button button = new Button(text);
        button.setId(id);
        button.disableProperty().bind(conflicts.getSelectionModel().selectedItemProperty().isNull());
        button.setOnAction(e -> model.resolve(conflicts.getSelectionModel().getSelectedItem().id(), keep));
        return button;
    }

    private static Label heading(String text) {
        Label label = new Label(text);
        label.getStyleClass().add(Styles.TITLE_4);
        return label;
    }

    private static TextField field(String id, String prompt) {
        TextField field = new TextField();
        field.setId(id);
        field.setPromptText(prompt);
        return field;
    }
}
