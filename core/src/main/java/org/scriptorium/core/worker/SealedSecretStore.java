package org.scriptorium.core.worker;

import org.scriptorium.core.ScriptoriumException;
import org.scriptorium.core.secrets.SecretStore;
import org.scriptorium.core.sync.SyncKey;

import javax.sql.DataSource;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The worker's secrets, where a server has no keychain: the sync password and key only in memory (given again at
 * each start), every other secret (an account's tokens) sealed with the account's sync key in a table of the
 * worker's own schema. The database holds nothing it can read; a token the worker refreshes is sealed the same way
 * before it syncs, so the desktops get it.
 */
final class SealedSecretStore implements SecretStore {
    static final String TABLE = "worker_secrets";
    private final DataSource dataSource;
    private final Map<String, String> inMemory = new ConcurrentHashMap<>();

    SealedSecretStore(DataSource dataSource) {
        this.dataSource = dataSource;
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            statement.execute("CREATE TABLE IF NOT EXISTS " + TABLE + " (name VARCHAR(300) NOT NULL PRIMARY KEY, sealed BYTEA NOT NULL)");
        } catch (SQLException e) {
            throw new ScriptoriumException("The worker cannot keep its secrets in its schema: " + e.getMessage(), e);
        }
    }

    private static boolean kept(String name) {
        return name.startsWith("sync.");
    }

    @Override
    public Optional<String> get(String name) {
        if (kept(name)) {
            return Optional.ofNullable(inMemory.get(name));
        }
        try (Connection connection = dataSource.getConnection();
             PreparedStatement query = connection.prepareStatement("SELECT sealed FROM " + TABLE + " WHERE name = ?")) {
            query.setString(1, name);
            try (ResultSet row = query.executeQuery()) {
                return row.next() ? Optional.of(new String(key().open(row.getBytes(1)), StandardCharsets.UTF_8)) : Optional.empty();
            }
        } catch (SQLException e) {
            throw new ScriptoriumException("The worker could not read a secret: " + e.getMessage(), e);
        }
    }

    @Override
    public void put(String name, String secret) {
        if (secret == null) {
            delete(name);
            return;
        }
        if (kept(name)) {
            inMemory.put(name, secret);
            return;
        }
        byte[] sealed = key().seal(secret.getBytes(StandardCharsets.UTF_8));
        try (Connection connection = dataSource.getConnection();
             PreparedStatement upsert = connection.prepareStatement(
                     "INSERT INTO " + TABLE + " (name, sealed) VALUES (?, ?) ON CONFLICT (name) DO UPDATE SET sealed = EXCLUDED.sealed")) {
            upsert.setString(1, name);
            upsert.setBytes(2, sealed);
            upsert.executeUpdate();
        } catch (SQLException e) {
            throw new ScriptoriumException("The worker could not keep a secret: " + e.getMessage(), e);
        }
    }

    @Override
    public void delete(String name) {
        if (kept(name)) {
            inMemory.remove(name);
            return;
        }
        try (Connection connection = dataSource.getConnection();
             PreparedStatement delete = connection.prepareStatement("DELETE FROM " + TABLE + " WHERE name = ?")) {
            delete.setString(1, name);
            delete.executeUpdate();
        } catch (SQLException e) {
            throw new ScriptoriumException("The worker could not forget a secret: " + e.getMessage(), e);
        }
    }

    @Override
    public String describe() {
        return "the worker's schema, sealed with the sync passphrase's key";
    }

    private SyncKey key() {
        String key = inMemory.get("sync.key");
        if (key == null) {
            throw new ScriptoriumException("The worker has no sync key yet: it opens the account with the passphrase first");
        }
        return SyncKey.of(Base64.getDecoder().decode(key));
    }
}
