package org.scriptorium.core.accounts;

import org.scriptorium.core.secrets.SecretStore;

import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * The secrets of accounts and of the user's own network apps, kept in the secret store (OS keychain, else the
 * encrypted file) under names that say whose they are. Nothing here is ever written to the database or a log.
 */
public final class AccountSecrets {
    /** What a secret is for. */
    public enum Kind {
        ACCESS_TOKEN, REFRESH_TOKEN, APP_PASSWORD, CLIENT_CREDENTIALS,
        /** The sign-in window's cookies for this account, so connecting it again can skip typing the password. */
        SIGN_IN_COOKIES
    }

    private final Supplier<SecretStore> store;
    private volatile java.util.function.Consumer<UUID> changed = account -> { };

    public AccountSecrets(Supplier<SecretStore> store) {
        this.store = store;
    }

    public Optional<String> get(UUID account, Kind kind) {
        return store.get().get(name(account, kind));
    }

    public void put(UUID account, Kind kind, String secret) {
        String before = store.get().get(name(account, kind)).orElse(null);
        if (secret == null || secret.isEmpty()) {
            store.get().delete(name(account, kind));
        } else {
            store.get().put(name(account, kind), secret);
        }
        if (!java.util.Objects.equals(before, secret == null || secret.isEmpty() ? null : secret)) {
            changed.accept(account);
        }
    }

    /**
     * Told which account's secrets changed (a refreshed token): the account counts as changed, so sync carries the
     * new token, sealed, to the other devices.
     */
    void onChange(java.util.function.Consumer<UUID> listener) {
        this.changed = listener;
    }

    public void forget(UUID account) {
        for (Kind kind : Kind.values()) {
            store.get().delete(name(account, kind));
        }
    }

    /** The client secret of the user's own LinkedIn or Facebook app (an open-source app cannot ship one). */
    public Optional<String> clientSecret(Network network) {
        return store.get().get("app:" + network.cliName() + ":client-secret");
    }

    public void putClientSecret(Network network, String secret) {
        store.get().put("app:" + network.cliName() + ":client-secret", secret);
    }

    /**
     * The client id of the user's own LinkedIn or Facebook app. Not a secret, but it belongs with the app's secret:
     * renewing or revoking a token later needs both, long after the sign-in that gave them.
     */
    public Optional<String> clientId(Network network) {
        return store.get().get("app:" + network.cliName() + ":client-id");
    }

    public void putClientId(Network network, String clientId) {
        store.get().put("app:" + network.cliName() + ":client-id", clientId);
    }

    public String describe() {
        return store.get().describe();
    }

    private static String name(UUID account, Kind kind) {
        return "account:" + account + ":" + kind.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }
}
