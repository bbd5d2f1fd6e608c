package org.scriptorium.app.accounts;

import atlantafx.base.theme.Styles;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.scriptorium.app.common.Dialogs;
import org.scriptorium.core.accounts.Network;
import org.scriptorium.core.publishing.ConnectOptions;

import java.util.Optional;

/** Asks what a network needs to connect: a server, a handle and app password, or the user's own app's id and secret. */
final class ConnectDialog {
    private ConnectDialog() {
    }

    /** What the user chose: the options, and for LinkedIn whether to connect the pages they administer too. */
    record Choice(ConnectOptions options, boolean pages) {
    }

    static Optional<Choice> ask(Window owner, Network network) {
        return ask(owner, network, null, null);
    }

    /** Asks again after a failed connect: what the user typed is filled in, and why it failed is said above it. */
    static Optional<Choice> ask(Window owner, Network network, Choice typed, String problem) {
        Dialog<Choice> dialog = new Dialog<>();
        Dialogs.prepare(dialog, owner, 560);
        dialog.setTitle("Connect " + network.label());
        TextField server = field("connectServer", network == Network.MASTODON ? "https://mastodon.social" : "https://bsky.social (default)");
        TextField handle = field("connectHandle", "you.bsky.social");
        PasswordField password = new PasswordField();
        password.setId("connectPassword");
        password.setPromptText("xxxx-xxxx-xxxx-xxxx");
        TextField clientId = field("connectClientId", network == Network.FACEBOOK ? "from App settings › Basic" : "from your app's Auth tab");
        PasswordField clientSecret = new PasswordField();
        clientSecret.setId("connectClientSecret");
        clientSecret.setPromptText("kept in your keychain");
        clientSecret.setTooltip(new javafx.scene.control.Tooltip("Kept in the system keychain; leave it empty to reuse the one saved before"));
        GridPane form = new GridPane(10, 8);
        // The labels keep their words ("Primary Client Secret"); the fields give way.
        javafx.scene.layout.ColumnConstraints labels = new javafx.scene.layout.ColumnConstraints();
        labels.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        javafx.scene.layout.ColumnConstraints fields = new javafx.scene.layout.ColumnConstraints();
        fields.setHgrow(javafx.scene.layout.Priority.ALWAYS);
        form.getColumnConstraints().setAll(labels, fields);
        Label hint = new Label(switch (network) {
            case BLUESKY -> "Use an app password (Bluesky › Settings › Privacy and security › App passwords), never your main password.";
            case MASTODON -> "Scriptorium registers itself on your server and opens its sign-in page.";
            case LINKEDIN, FACEBOOK -> "An open-source app cannot keep a secret, so you sign in through an app of your own "
                    + "(once, free); its secret stays in your system keychain.";
        });
        hint.setWrapText(true);
        hint.getStyleClass().addAll(Styles.TEXT_MUTED);
        switch (network) {
            case BLUESKY -> {
                form.addRow(0, new Label("Handle"), handle);
                form.addRow(1, new Label("App password"), password);
                form.addRow(2, new Label("Server"), server);
            }
            case MASTODON -> form.addRow(0, new Label("Server"), server);
            // In each network's own words, as its developer pages show them.
            case LINKEDIN -> {
                form.addRow(0, new Label("Client ID"), clientId);
                form.addRow(1, new Label("Primary Client Secret"), clientSecret);
            }
            case FACEBOOK -> {
                form.addRow(0, new Label("App ID"), clientId);
                form.addRow(1, new Label("App Secret"), clientSecret);
            }
        }
        CheckBox pages = new CheckBox("Also connect the organization pages I administer, and read what posts did (the app needs the Community Management API)");
        pages.setId("connectPages");
        pages.setWrapText(true);
        if (network == Network.LINKEDIN) {
            form.add(pages, 0, 2, 2, 1);
        }
        VBox content = new VBox(12, hint);
        if (network == Network.LINKEDIN || network == Network.FACEBOOK) {
            content.getChildren().addAll(OwnAppGuide.steps(network), OwnAppGuide.redirect());
        }
        content.getChildren().add(form);
        if (typed != null) {
            ConnectOptions o = typed.options();
            server.setText(o.instance());
            handle.setText(o.handle());
            password.setText(o.appPassword());
            clientId.setText(o.clientId());
            clientSecret.setText(o.clientSecret());
            pages.setSelected(typed.pages());
        }
        if (problem != null) {
            Label why = new Label(problem);
            why.setId("connectProblem");
            why.setWrapText(true);
            why.getStyleClass().add(Styles.DANGER);
            content.getChildren().addFirst(why);
        }
        dialog.getDialogPane().setContent(content);
        ButtonType connect = new ButtonType("Connect", ButtonBar.ButtonData.OK_DONE);
        dialog.getDialogPane().getButtonTypes().setAll(connect, ButtonType.CANCEL);
        dialog.getDialogPane().lookupButton(connect).setId("connectConfirm");
        dialog.setResultConverter(button -> button != connect ? null : new Choice(new ConnectOptions(blankToNull(server.getText()),
                blankToNull(handle.getText()), blankToNull(password.getText()), blankToNull(clientId.getText()), blankToNull(clientSecret.getText())),
                pages.isSelected()));
        return dialog.showAndWait();
    }

    private static TextField field(String id, String prompt) {
        TextField field = new TextField();
        field.setId(id);
        field.setPromptText(prompt);
        field.setPrefColumnCount(28);
        return field;
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
