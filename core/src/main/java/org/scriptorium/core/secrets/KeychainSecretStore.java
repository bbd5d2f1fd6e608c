package org.scriptorium.core.secrets;

import com.github.javakeyring.BackendNotSupportedException;
import com.github.javakeyring.Keyring;
import com.github.javakeyring.PasswordAccessException;
import org.scriptorium.core.ScriptoriumException;

import java.util.Optional;

/** Secrets in the OS keychain (macOS Keychain, Windows Credential Manager, the Secret Service on Linux). */
public final class KeychainSecretStore implements SecretStore {
    private static final String SERVICE = "Scriptorium";

    private final Keyring keyring;
    private final String scope;

    private KeychainSecretStore(Keyring keyring, String scope) {
        this.keyring = keyring;
        this.scope = scope;
    }

    /** The keychain, if one is there and answers; empty on a machine without one (a server, a CI box). */
    public static Optional<SecretStore> open(String scope) {
        try {
            Keyring keyring = Keyring.create();
            KeychainSecretStore store = new KeychainSecretStore(keyring, scope);
            store.get("probe"); // a keychain that cannot be reached fails here, not on the first real key
            return Optional.of(store);
        } catch (BackendNotSupportedException | RuntimeException | LinkageError e) {
            return Optional.empty();
        }
    }

    @Override
    public Optional<String> get(String name) {
        try {
            return Optional.ofNullable(keyring.getPassword(SERVICE, account(name)));
        } catch (PasswordAccessException e) {
            return Optional.empty(); // no such entry
        }
    }

    @Override
    public void put(String name, String secret) {
        try {
            keyring.setPassword(SERVICE, account(name), secret);
        } catch (PasswordAccessException e) {
            throw new ScriptoriumException("The system keychain refused to save the key: " + e.getMessage(), e);
        }
    }

    @Override
    public void delete(String name) {
        try {
            keyring.deletePassword(SERVICE, account(name));
        } catch (PasswordAccessException ignored) {
            // already gone
        }
    }

    @Override
    public String describe() {
        return "the system keychain";
    }

    private String account(String name) {
        return scope + ":" + name;
    }
}
