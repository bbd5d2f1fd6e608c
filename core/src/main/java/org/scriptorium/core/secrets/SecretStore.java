package org.scriptorium.core.secrets;

import java.util.Optional;

/** Where API keys live: the OS keychain when there is one, else an encrypted file in the data directory. */
public interface SecretStore {
    Optional<String> get(String name);

    void put(String name, String secret);

    void delete(String name);

    /** Where the secrets are, in words for the settings page ("the system keychain"). */
    String describe();
}
