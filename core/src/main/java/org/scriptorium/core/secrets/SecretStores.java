package org.scriptorium.core.secrets;

import java.nio.file.Path;
import java.util.Locale;

/** Chooses where secrets live: the keychain, unless there is none or {@code SCRIPTORIUM_SECRETS=file} asks for the file. */
public final class SecretStores {
    private SecretStores() {
    }

    /** @param scope separates the keys of different data directories (the device id) */
    /** The store, opened on first use and kept: most runs never need a secret, and opening a keychain can be slow. */
    public static java.util.function.Supplier<SecretStore> lazily(Path dataDir, java.util.UUID deviceId) {
        return new java.util.function.Supplier<>() {
            private SecretStore store;

            @Override
            public synchronized SecretStore get() {
                if (store == null) {
                    store = open(dataDir, deviceId.toString());
                }
                return store;
            }
        };
    }

    public static SecretStore open(Path dataDir, String scope) {
        String wanted = System.getProperty("scriptorium.secrets", System.getenv().getOrDefault("SCRIPTORIUM_SECRETS", "keychain"));
        EncryptedFileSecretStore file = new EncryptedFileSecretStore(dataDir.resolve("secrets"));
        if ("file".equals(wanted.toLowerCase(Locale.ROOT))) {
            return file;
        }
        return KeychainSecretStore.open(scope).orElse(file);
    }
}
