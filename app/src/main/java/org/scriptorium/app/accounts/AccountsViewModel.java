package org.scriptorium.app.accounts;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.scriptorium.app.common.Confirmations;
import org.scriptorium.app.common.Messages;
import org.scriptorium.app.common.TaskRunner;
import org.scriptorium.core.accounts.Account;
import org.scriptorium.core.accounts.Network;
import org.scriptorium.core.publishing.AccountConnector;
import org.scriptorium.core.publishing.AuthorizationRequest;
import org.scriptorium.core.publishing.ConnectOptions;
import org.scriptorium.core.publishing.Publishing;
import org.scriptorium.core.publishing.oauth.LoopbackReceiver;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.function.Consumer;

/**
 * The Accounts area: the connected accounts with their status, connecting one (Bluesky with an app password; the
 * others through a sign-in window, or the system browser when a network refuses embedded ones) and disconnecting. Trying
 * a post on the selected account is {@link AccountPostViewModel}'s.
 */
public final class AccountsViewModel {
    /** The embedded browser a sign-in runs in; the view supplies it. */
    public interface SignInWindow {
        /** Shows the sign-in page, with {@code cookies} as the window's only cookie jar. */
        void open(AuthorizationRequest request, SignInEvents events, java.net.CookieManager cookies);

        void close();
    }

    /** What the sign-in window reports back. */
    public interface SignInEvents {
        /** The page tried to go somewhere that is neither the network's sign-in pages nor the way back here. */
        void leftAllowedHosts(String host);

        /** The network said it does not sign in inside embedded browsers. */
        void refusedEmbedded();

        /** The user closed the window. */
        void closed();
    }

    private static final Duration SIGN_IN_TIME = Duration.ofMinutes(5);
    private final Publishing publishing;
    private final TaskRunner tasks;
    private final Clock clock;
    private final Confirmations confirmations;
    private final Consumer<String> systemBrowser;
    private final ObservableList<Account> accounts = FXCollections.observableArrayList();
    private final ObjectProperty<Account> selected = new SimpleObjectProperty<>();
    private final org.scriptorium.app.common.AreaMessage message = new org.scriptorium.app.common.AreaMessage();
    private final ReadOnlyBooleanWrapper signingIn = new ReadOnlyBooleanWrapper(false);
    private final ObjectProperty<FailedConnect> failedConnect = new SimpleObjectProperty<>();
    private SignInWindow window;

    public AccountsViewModel(Publishing publishing, TaskRunner tasks, Clock clock, Confirmations confirmations, Consumer<String> systemBrowser) {
        this.confirmations = confirmations;
        this.publishing = publishing;
        this.tasks = tasks;
        this.clock = clock;
        this.systemBrowser = systemBrowser;
    }


    public void setSignInWindow(SignInWindow window) {
        this.window = window;
    }

    public void load() {
        tasks.run(() -> publishing.accounts().list(), accounts::setAll, this::failed);
    }

    /** "connected, expires in 12 days" for the list. */
    public String status(Account account) {
        return account.describeStatus(clock.instant());
    }

    /** A connect that failed: what the user typed (to ask again with it filled in) and why it failed. */
    public record FailedConnect(Network network, ConnectOptions typed, boolean linkedInPages, String reason) {
    }

    /** Connects a new account: a sign-in with an empty cookie jar, so it can be a second account of the network. */
    public void connect(Network network, ConnectOptions options, boolean linkedInPages) {
        failedConnect.set(null);
        signIn(network, () -> options, CookieJars::empty, linkedInPages,
                reason -> failedConnect.set(new FailedConnect(network, options, linkedInPages, reason)));
    }

    /** Set when a connect the user typed failed; the view asks again with what they typed. */
    public ObjectProperty<FailedConnect> failedConnectProperty() {
        return failedConnect;
    }

    /**
     * Connects the selected account again (an expired or revoked token) with what is kept of it: its server, the
     * user's app for LinkedIn and Facebook, and its sign-in cookies, so the network may not even ask for the password.
     * Bluesky needs a new app password, which the view asks for.
     */
    public void reconnect() {
        Account account = selected.get();
        if (account == null) {
            return;
        }
        var secrets = publishing.accounts().secrets();
        signIn(account.network(), () -> switch (account.network()) {
            case MASTODON -> new ConnectOptions(account.apiBase().toString(), null, null, null, null);
            case LINKEDIN, FACEBOOK -> new ConnectOptions(null, null, null, secrets.clientId(account.network()).orElseThrow(() ->
                    new org.scriptorium.core.InvalidInput("The client id of your " + account.network().label()
                            + " app is not kept here; use Connect an account and type it.")), null);
            case BLUESKY -> throw new org.scriptorium.core.InvalidInput("Bluesky needs a new app password: use Connect an account.");
        }, () -> secrets.get(account.id(), org.scriptorium.core.accounts.AccountSecrets.Kind.SIGN_IN_COOKIES)
                .map(CookieJars::of).orElseGet(CookieJars::empty), false, reason -> { });
    }

    /**
     * {@code onFailure} hears why it failed when what was typed may be the cause (a password refused, a server that
     * does not answer), after the message says it; a sign-in page that fails later is only said.
     */
    private void signIn(Network network, java.util.function.Supplier<ConnectOptions> options,
                        java.util.function.Supplier<java.net.CookieManager> jar, boolean linkedInPages, Consumer<String> onFailure) {
        Consumer<Throwable> fail = failure -> {
            failed(failure);
            onFailure.accept(Messages.of(failure));
        };
        signingIn.set(true);
        say("Connecting " + network.label() + "…");
        // Everything that may touch the network or the store runs off the FX thread; the sign-in window opens on it.
        tasks.run(() -> {
            if (network == Network.LINKEDIN && linkedInPages) { // kept as a setting: later sign-ins ask for the pages too
                publishing.endpoints().setFlag(Network.LINKEDIN, "pages", true);
            }
            AccountConnector connector = publishing.connector(network);
            if (!connector.usesBrowser()) {
                return (Step) new Done(connector.signIn(options.get()));
            }
            ConnectOptions chosen = options.get();
            java.net.CookieManager cookies = jar.get();
            LoopbackReceiver receiver = LoopbackReceiver.start("/callback", connector.loopbackPort());
            try {
                return new Started(receiver, connector, connector.authorization(chosen, receiver.redirectUri()), cookies);
            } catch (RuntimeException e) {
                receiver.close();
                throw e;
            }
        }, step -> {
            switch (step) {
                case Done done -> connected(done.accounts());
                case Started started -> {
                    window.open(started.request(), events(started.receiver(), started.request()), started.cookies());
                    tasks.run(() -> {
                        try (LoopbackReceiver receiver = started.receiver()) {
                            List<Account> accounts = started.connector().complete(started.request(), receiver.await(SIGN_IN_TIME));
                            String cookies = CookieJars.save(started.cookies());
                            accounts.forEach(a -> publishing.accounts().secrets().put(a.id(),
                                    org.scriptorium.core.accounts.AccountSecrets.Kind.SIGN_IN_COOKIES, cookies));
                            return accounts;
                        }
                    }, accounts -> {
                        window.close();
                        connected(accounts);
                    }, failure -> {
                        window.close();
                        failed(failure); // the sign-in page failed, not what was typed: said, not asked again
                    });
                }
            }
        }, fail);
    }

    /** How far a connect got off the FX thread: done (no browser needed), or a sign-in to show. */
    private sealed interface Step permits Done, Started {
    }

    private record Done(List<Account> accounts) implements Step {
    }

    private record Started(LoopbackReceiver receiver, AccountConnector connector, AuthorizationRequest request,
                           java.net.CookieManager cookies) implements Step {
    }

    private SignInEvents events(LoopbackReceiver receiver, AuthorizationRequest request) {
        String label = request.network().label();
        return new SignInEvents() {
            @Override
            public void leftAllowedHosts(String host) {
                receiver.fail("The sign-in tried to leave " + label + "'s pages for " + host + " and was stopped; nothing was connected.");
            }

            @Override
            public void refusedEmbedded() {
                window.close();
                say(label + " does not sign in inside apps: continue in your browser, then come back here.");
                systemBrowser.accept(request.authorizationUrl().toString());
            }

            @Override
            public void closed() {
                receiver.fail("The sign-in window was closed; nothing was connected.");
            }
        };
    }

    private void connected(List<Account> added) {
        signingIn.set(false);
        say(added.isEmpty() ? "Signed in, but the account gave access to nothing to publish to."
                : "Connected " + String.join(", ", added.stream().map(a -> a.network().label() + ": " + a.name()).toList()) + ".");
        load();
    }

    private void failed(Throwable failure) {
        signingIn.set(false);
        message.failure(failure);
    }

    /** Where what this area says is shown: the window's notices (without them, only {@link #messageProperty()}). */
    public void setNotices(org.scriptorium.app.common.Notices notices) {
        message.showIn(notices);
    }

    private void say(String text) {
        message.info(text);
    }

    private org.scriptorium.core.scheduling.LinkTagging tagging;

    /** Where each account's UTM link tagging is kept. */
    public void setTagging(org.scriptorium.core.scheduling.LinkTagging tagging) {
        this.tagging = tagging;
    }

    /** Reads the selected account's link tagging in the background and hands it to {@code then}. */
    public void linkTagging(Consumer<org.scriptorium.core.scheduling.LinkTagging.Setting> then) {
        Account account = selected.get();
        if (account != null && tagging != null) {
            tasks.run(() -> tagging.setting(account.id()), then, this::failed);
        }
    }

    /** Saves the selected account's link tagging; posts planned or edited from now on carry it. */
    public void saveLinkTagging(org.scriptorium.core.scheduling.LinkTagging.Setting setting) {
        Account account = selected.get();
        if (account == null || tagging == null) {
            return;
        }
        tasks.run(() -> {
            tagging.set(account.id(), setting);
            return tagging.paramsFor(account, null);
        }, params -> say(params.map(p -> "Links in " + account.name() + "'s posts will carry " + p.describe()
                + " and the campaign, from the next post planned or edited.").orElse("Links in " + account.name() + "'s posts are left as written.")),
                this::failed);
    }

    public void disconnect() {
        Account account = selected.get();
        if (account == null || !confirmations.confirm(new Confirmations.Question("Disconnect " + account.network().label() + "?",
                account.name() + " is signed out and its tokens are forgotten; posts planned for it will not go out until it is "
                        + "connected again.", "Disconnect"))) {
            return;
        }
        tasks.run(() -> {
            publishing.disconnect(account);
            return account;
        }, gone -> {
            say("Disconnected " + gone.network().label() + ": " + gone.name() + ". Its tokens are forgotten.");
            load();
        }, this::failed);
    }

    public ObservableList<Account> accounts() {
        return accounts;
    }

    public ObjectProperty<Account> selectedProperty() {
        return selected;
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.property();
    }

    public ReadOnlyBooleanProperty signingInProperty() {
        return signingIn.getReadOnlyProperty();
    }
}
