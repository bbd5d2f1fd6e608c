package org.scriptorium.app.accounts;

import atlantafx.base.theme.Styles;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TextArea;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.scriptorium.core.accounts.Account;
import org.scriptorium.core.accounts.Network;

/** The Accounts area: who Scriptorium publishes as, their status, connect and disconnect, and checking a post. */
public final class AccountsView extends BorderPane {
    public AccountsView(AccountsViewModel model, AccountPostViewModel postModel, org.scriptorium.app.common.ImagePicker imagePicker) {
        getStyleClass().add("research-view");
        Label title = new Label("Accounts");
        title.getStyleClass().add(Styles.TITLE_3);
        MenuButton connect = new MenuButton("Connect an account");
        connect.setId("connectAccount");
        connect.getStyleClass().add(Styles.ACCENT);
        for (Network network : Network.values()) {
            MenuItem item = new MenuItem(network.label() + "…");
            item.setId("connect" + network.label());
            item.setOnAction(e -> ConnectDialog.ask(getScene().getWindow(), network)
                    .ifPresent(choice -> model.connect(network, choice.options(), choice.pages())));
            connect.getItems().add(item);
        }
        connect.disableProperty().bind(model.signingInProperty());
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox header = new HBox(12, title, gap, connect);
        header.setAlignment(Pos.CENTER_LEFT);

        ListView<Account> list = new ListView<>(model.accounts());
        list.setId("accountList");
        Label noneTitle = new Label("No accounts yet");
        noneTitle.getStyleClass().add(Styles.TITLE_4);
        Label noneHint = new Label("Connect LinkedIn, Facebook, Mastodon or Bluesky with Connect an account, then plan and publish posts from Scriptorium.");
        noneHint.setWrapText(true);
        noneHint.getStyleClass().add(Styles.TEXT_MUTED);
        VBox none = new VBox(8, noneTitle, noneHint);
        none.setAlignment(Pos.CENTER);
        none.setMaxWidth(420);
        noneHint.setTextAlignment(javafx.scene.text.TextAlignment.CENTER);
        list.setPlaceholder(none);
        list.setCellFactory(v -> new AccountCell(model));
        list.getSelectionModel().selectedItemProperty().addListener((o, a, b) -> model.selectedProperty().set(b));
        VBox.setVgrow(list, Priority.ALWAYS);
        Button disconnect = new Button("Disconnect");
        disconnect.setId("disconnectAccount");
        disconnect.getStyleClass().add(Styles.DANGER);
        disconnect.disableProperty().bind(model.selectedProperty().isNull());
        disconnect.setOnAction(e -> model.disconnect());

        TextArea post = new TextArea();
        post.setId("validateText");
        post.setPromptText("Write or paste a post. Validate checks it against the selected account's network and sends nothing; "
                + "Publish now sends it after asking.");
        post.setPrefRowCount(4);
        post.setWrapText(true);
        post.textProperty().bindBidirectional(postModel.textProperty());
        Button validate = new Button("Validate a post");
        validate.setId("validatePost");
        validate.disableProperty().bind(model.selectedProperty().isNull());
        validate.setOnAction(e -> postModel.validate());
        Button attach = new Button("Attach image…");
        attach.setId("attachImage");
        Label attached = new Label();
        attached.getStyleClass().add(Styles.TEXT_MUTED);
        attach.setOnAction(e -> postModel.images().addAll(imagePicker.pick(getScene().getWindow())));
        postModel.images().addListener((javafx.collections.ListChangeListener<java.nio.file.Path>) c -> attached.setText(postModel.imagesText()));
        Button publish = new Button("Publish now…");
        publish.setId("publishNow");
        publish.disableProperty().bind(model.selectedProperty().isNull().or(postModel.sendingProperty()));
        publish.setOnAction(e -> postModel.publishNow());
        Label verdict = new Label();
        verdict.setId("validation");
        verdict.setWrapText(true);
        verdict.textProperty().bind(postModel.verdictProperty());

        Label tryHeading = new Label("Try a post on the selected account");
        tryHeading.getStyleClass().add(Styles.TITLE_4);
        Button reconnect = new Button("Connect again");
        reconnect.setId("reconnectAccount");
        reconnect.disableProperty().bind(model.selectedProperty().isNull().or(model.signingInProperty()));
        reconnect.setOnAction(e -> {
            Account account = model.selectedProperty().get();
            if (account.network() == Network.BLUESKY) { // a new app password is the only way back
                ConnectDialog.ask(getScene().getWindow(), Network.BLUESKY).ifPresent(choice -> model.connect(Network.BLUESKY, choice.options(), false));
            } else {
                model.reconnect();
            }
        });
        Button tagLinks = new Button("Tag links…");
        tagLinks.setId("tagLinks");
        tagLinks.setTooltip(new javafx.scene.control.Tooltip("UTM parameters on the links of this account's posts, for your web analytics"));
        tagLinks.disableProperty().bind(model.selectedProperty().isNull());
        tagLinks.setOnAction(e -> model.linkTagging(current -> LinkTaggingDialog.ask(getScene().getWindow(), model.selectedProperty().get(), current)
                .ifPresent(model::saveLinkTagging)));
        HBox manage = new HBox(8, reconnect, tagLinks, disconnect);
        HBox tryActions = new HBox(8, validate, attach, publish, attached);
        // With no account there is nothing to manage or try a post on: only the way to connect one is shown.
        var some = javafx.beans.binding.Bindings.isNotEmpty(model.accounts());
        for (javafx.scene.Node node : new javafx.scene.Node[] {manage, tryHeading, post, tryActions, verdict}) {
            node.visibleProperty().bind(some);
            node.managedProperty().bind(some);
        }
        VBox content = new VBox(12, header, list, manage, tryHeading, post, tryActions, verdict);
        content.getStyleClass().add("research-page");
        setCenter(content);
        model.failedConnectProperty().addListener((o, was, failed) -> {
            if (failed != null) { // ask again, with what was typed and why it failed
                javafx.application.Platform.runLater(() -> ConnectDialog.ask(getScene().getWindow(), failed.network(),
                                new ConnectDialog.Choice(failed.typed(), failed.linkedInPages()), failed.reason())
                        .ifPresent(choice -> model.connect(failed.network(), choice.options(), choice.pages())));
            }
        });
        model.setSignInWindow(new SignInBrowser(null));
        sceneProperty().addListener((o, a, scene) -> {
            if (scene != null) {
                model.setSignInWindow(new SignInBrowser(scene.getWindow()));
            }
        });
        model.load();
    }

    /** One account: name, network and handle, status, and who manages a page. */
    private static final class AccountCell extends ListCell<Account> {
        private final AccountsViewModel model;

        AccountCell(AccountsViewModel model) {
            this.model = model;
        }

        @Override
        protected void updateItem(Account account, boolean empty) {
            super.updateItem(account, empty);
            if (empty || account == null) {
                setGraphic(null);
                return;
            }
            Label name = new Label(account.name());
            name.getStyleClass().add(Styles.TEXT_BOLD);
            Label where = new Label(account.network().label() + (account.handle() == null ? "" : " · " + account.handle())
                    + (account.owner() == null ? "" : " · managed by " + account.owner()));
            where.getStyleClass().add(Styles.TEXT_MUTED);
            Label status = new Label(model.status(account));
            status.getStyleClass().removeAll(Styles.SUCCESS, Styles.DANGER, Styles.WARNING);
            status.getStyleClass().add(status.getText().endsWith("soon") ? Styles.WARNING
                    : status.getText().startsWith("connected") ? Styles.SUCCESS : Styles.DANGER);
            Label scopes = new Label(account.scopes().isEmpty() ? "" : "Granted: " + String.join(", ", account.scopes()));
            scopes.getStyleClass().addAll(Styles.TEXT_MUTED, Styles.TEXT_SMALL);
            HBox row = new HBox(12, avatar(account), new VBox(2, name, where, status, scopes));
            row.setAlignment(Pos.CENTER_LEFT);
            setGraphic(row);
        }

        private static javafx.scene.Node avatar(Account account) {
            return org.scriptorium.app.common.AccountPicture.of(account, 20, true);
        }
    }
}
