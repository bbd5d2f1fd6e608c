package org.scriptorium.app.posts;

import javafx.collections.ListChangeListener;
import javafx.scene.control.ToggleButton;
import javafx.scene.layout.FlowPane;
import org.scriptorium.app.common.AccountPicture;
import org.scriptorium.core.accounts.Account;

import java.util.List;

/**
 * The accounts a new post goes to, each a toggle with its picture and network mark: one text, as many accounts as
 * are switched on, each checked against its own network.
 */
final class ComposerAccounts extends FlowPane {
    private boolean syncing;

    ComposerAccounts(List<Account> connected, PostComposerViewModel model) {
        super(6, 6);
        setId("planAccounts");
        Runnable rebuild = () -> {
            syncing = true;
            getChildren().setAll(connected.stream().map(account -> toggle(account, model)).toList());
            syncing = false;
        };
        ((javafx.collections.ObservableList<Account>) connected).addListener((ListChangeListener<Account>) change -> rebuild.run());
        model.chosen().addListener((ListChangeListener<Account>) change -> {
            syncing = true;
            getChildren().forEach(node -> ((ToggleButton) node).setSelected(model.chosen().contains((Account) node.getUserData())));
            syncing = false;
        });
        rebuild.run();
    }

    private ToggleButton toggle(Account account, PostComposerViewModel model) {
        ToggleButton toggle = new ToggleButton(account.name(), AccountPicture.badge(account));
        toggle.setUserData(account);
        toggle.getStyleClass().add("account-toggle");
        toggle.setMnemonicParsing(false);
        toggle.setAccessibleText(account.network().label() + " · " + account.name());
        toggle.setTooltip(new javafx.scene.control.Tooltip(account.network().label() + " · " + account.name()
                + (account.handle() == null || account.handle().isBlank() ? "" : " (" + account.handle() + ")")));
        toggle.setSelected(model.chosen().contains(account));
        toggle.selectedProperty().addListener((o, was, on) -> {
            if (!syncing) {
                model.choose(account, on);
            }
        });
        return toggle;
    }
}
