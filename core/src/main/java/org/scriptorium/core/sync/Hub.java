package org.scriptorium.core.sync;

import org.flywaydb.core.Flyway;
import org.postgresql.ds.PGSimpleDataSource;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The hub's side of the protocol (decision 18), in plain JDBC on the user's PostgreSQL. Every call is one transaction:
 * a dropped connection leaves the hub as it was before the call or after it, never between.
 */
public final class Hub {
    /** Where a push says it committed; the payload names the account's schema and the pushing device. */
    static final String CHANNEL = "scriptorium_sync";
    /** One lock per account (database and schema): every push takes it, so change numbers are given in commit order. */
    private static final long PUSH_LOCK = 0x5c71_9707_1a6eL;

    private final PGSimpleDataSource dataSource;
    private final HubAddress address;
    private Connection connection;
    /** Test seam: runs inside a push's transaction, after its changes and before its commit. */
    private volatile Runnable beforePushCommit = () -> { };

    private Hub(HubAddress address, PGSimpleDataSource dataSource) {
        this.address = address;
        this.dataSource = dataSource;
    }

    /** Connects, and creates or migrates the hub's tables (Flyway, in its own history table). */
    public static Hub connect(HubAddress address, String user, String password) {
        PGSimpleDataSource dataSource = new PGSimpleDataSource();
        dataSource.setURL(address.jdbcUrl());
        dataSource.setUser(user);
        dataSource.setPassword(password);
        Hub hub = new Hub(address, dataSource);
        try {
            Flyway.configure(Hub.class.getClassLoader())
                    .dataSource(dataSource)
                    .locations("classpath:db/hub")
                    .table("hub_schema_history")
                    .baselineOnMigrate(true)
                    .baselineVersion("0")
                    .load()
                    .migrate();
        } catch (RuntimeException e) {
            throw SyncFailure.from(address, e);
        }
        return hub;
    }

    public HubAddress address() {
        return address;
    }

    public record Device(UUID id, String name, Instant createdAt, Instant lastSeen, Instant removedAt) {
    }

    /** Records this device as seen now. Refused when another device removed it from the account. */
    public void seen(UUID device, String name, Instant now) {
        inTransaction(connection -> {
            try (PreparedStatement find = connection.prepareStatement("SELECT removed_at FROM hub_devices WHERE id = ?")) {
                find.setObject(1, device);
                try (ResultSet row = find.executeQuery()) {
                    if (row.next()) {
                        if (row.getTimestamp(1) != null) {
                            throw new SyncFailure(SyncFailure.Kind.DEVICE_REMOVED,
                                    "This device was removed from the sync account on another device; set up sync again to rejoin.");
                        }
                        try (PreparedStatement update = connection.prepareStatement("UPDATE hub_devices SET last_seen = ?, name = ? WHERE id = ?")) {
                            update.setTimestamp(1, Timestamp.from(now));
                            update.setString(2, name);
                            update.setObject(3, device);
                            update.executeUpdate();
                        }
                        return null;
                    }
                }
            }
            try (PreparedStatement insert = connection.prepareStatement(
                    "INSERT INTO hub_devices (id, name, created_at, last_seen) VALUES (?, ?, ?, ?) ON CONFLICT (id) DO NOTHING")) {
                insert.setObject(1, device);
                insert.setString(2, name);
                insert.setTimestamp(3, Timestamp.from(now));
                insert.setTimestamp(4, Timestamp.from(now));
                insert.executeUpdate();
            }
            return null;
        });
    }

    /** A device set up again after being removed: its old entry is taken back. */
    public void rejoin(UUID device) {
        inTransaction(connection -> {
            try (PreparedStatement update = connection.prepareStatement("UPDATE hub_devices SET removed_at = NULL WHERE id = ?")) {
                update.setObject(1, device);
                update.executeUpdate();
            }
            return null;
        });
    }

    public List<Device> devices() {
        return inTransaction(connection -> {
            List<Device> devices = new ArrayList<>();
            try (PreparedStatement query = connection.prepareStatement(
                    "SELECT id, name, created_at, last_seen, removed_at FROM hub_devices ORDER BY created_at, id");
                 ResultSet row = query.executeQuery()) {
                while (row.next()) {
                    devices.add(new Device(row.getObject(1, UUID.class), row.getString(2), instant(row.getTimestamp(3)),
                            instant(row.getTimestamp(4)), instant(row.getTimestamp(5))));
                }
            }
            return devices;
        });
    }

    /** Removes a device from the account: it syncs no more until set up again. Its data stays where it is. */
    public boolean remove(UUID device, Instant now) {
        return inTransaction(connection -> {
            try (PreparedStatement update = connection.prepareStatement(
                    "UPDATE hub_devices SET removed_at = ? WHERE id = ? AND removed_at IS NULL")) {
                update.setTimestamp(1, Timestamp.from(now));
                update.setObject(2, device);
                return update.executeUpdate() == 1;
            }
        });
    }

    /** How the account's passphrase key is derived, and the value it must open; empty for a new account. */
    public Optional<SyncKey.Stored> storedKey() {
        return inTransaction(connection -> {
            try (PreparedStatement query = connection.prepareStatement("SELECT kdf, salt, check_value FROM hub_keys WHERE id = 1");
                 ResultSet row = query.executeQuery()) {
                return row.next() ? Optional.of(new SyncKey.Stored(row.getString(1), row.getBytes(2), row.getBytes(3))) : Optional.empty();
            }
        });
    }

    /** Stores the account's key record unless another device stored one first; returns the one that is stored. */
    public SyncKey.Stored storeKeyIfAbsent(SyncKey.Stored key) {
        inTransaction(connection -> {
            try (PreparedStatement insert = connection.prepareStatement(
                    "INSERT INTO hub_keys (id, kdf, salt, check_value) VALUES (1, ?, ?, ?) ON CONFLICT (id) DO NOTHING")) {
                insert.setString(1, key.kdf());
                insert.setBytes(2, key.salt());
                insert.setBytes(3, key.checkValue());
                insert.executeUpdate();
            }
            return null;
        });
        return storedKey().orElseThrow();
    }

    /** The changes after {@code cursor}, oldest first, at most {@code limit}. */
    public List<HubRow> pull(long cursor, int limit) {
        return inTransaction(connection -> {
            List<HubRow> rows = new ArrayList<>();
            try (PreparedStatement query = connection.prepareStatement(
                    "SELECT entity, id, hub_revision, seq, device_id, changed_at, payload FROM hub_rows WHERE seq > ? ORDER BY seq LIMIT ?")) {
                query.setLong(1, cursor);
                query.setInt(2, limit);
                try (ResultSet row = query.executeQuery()) {
                    while (row.next()) {
                        rows.add(new HubRow(row.getString(1), row.getObject(2, UUID.class), row.getLong(3), row.getLong(4),
                                row.getObject(5, UUID.class), instant(row.getTimestamp(6)), row.getString(7)));
                    }
                }
            }
            return rows;
        });
    }

    /** A record to push: its state, and the hub revision it was based on (0: the hub has never had it). */
    public record Outgoing(String entity, UUID id, long baseHubRevision, String payload) {
    }

    /** What a push did: the records taken (with their new hub revision), and those the hub had changed meanwhile. */
    public record PushResult(List<HubRow> accepted, List<Outgoing> rejected) {
    }

    /**
     * Pushes records in one transaction under the account's lock: each is taken only when the hub still has the
     * revision it was based on (compare-and-set); the others are left for the next pull to merge.
     */
    public PushResult push(UUID device, Instant now, List<Outgoing> rows) {
        return inTransaction(connection -> {
            try (PreparedStatement lock = connection.prepareStatement("SELECT pg_advisory_xact_lock(?)")) {
                lock.setLong(1, PUSH_LOCK);
                lock.execute();
            }
            List<HubRow> accepted = new ArrayList<>();
            List<Outgoing> rejected = new ArrayList<>();
            for (Outgoing row : rows) {
                long current = currentRevision(connection, row);
                if (current != row.baseHubRevision()) {
                    rejected.add(row);
                    continue;
                }
                long seq = nextSeq(connection);
                long revision = current + 1;
                try (PreparedStatement upsert = connection.prepareStatement("""
                        INSERT INTO hub_rows (entity, id, hub_revision, seq, device_id, changed_at, payload) VALUES (?, ?, ?, ?, ?, ?, ?)
                        ON CONFLICT (entity, id) DO UPDATE SET hub_revision = EXCLUDED.hub_revision, seq = EXCLUDED.seq,
                            device_id = EXCLUDED.device_id, changed_at = EXCLUDED.changed_at, payload = EXCLUDED.payload""")) {
                    upsert.setString(1, row.entity());
                    upsert.setObject(2, row.id());
                    upsert.setLong(3, revision);
                    upsert.setLong(4, seq);
                    upsert.setObject(5, device);
                    upsert.setTimestamp(6, Timestamp.from(now));
                    upsert.setString(7, row.payload());
                    upsert.executeUpdate();
                }
                accepted.add(new HubRow(row.entity(), row.id(), revision, seq, device, now, row.payload()));
            }
            if (!accepted.isEmpty()) {
                // Heard by the other devices' open windows when this commits (and only then): they sync at once.
                try (PreparedStatement notify = connection.prepareStatement("SELECT pg_notify(?, current_schema() || ' ' || ?)")) {
                    notify.setString(1, CHANNEL);
                    notify.setString(2, device.toString());
                    notify.execute();
                }
            }
            beforePushCommit.run();
            return new PushResult(accepted, rejected);
        });
    }

    /** The newest change number: what a device that has pulled everything has as its cursor. */
    public long head() {
        return inTransaction(connection -> {
            try (PreparedStatement query = connection.prepareStatement("SELECT COALESCE(MAX(seq), 0) FROM hub_rows");
                 ResultSet row = query.executeQuery()) {
                row.next();
                return row.getLong(1);
            }
        });
    }

    private static long currentRevision(Connection connection, Outgoing row) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement(
                "SELECT hub_revision FROM hub_rows WHERE entity = ? AND id = ? FOR UPDATE")) {
            query.setString(1, row.entity());
            query.setObject(2, row.id());
            try (ResultSet result = query.executeQuery()) {
                return result.next() ? result.getLong(1) : 0;
            }
        }
    }

    private static long nextSeq(Connection connection) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement("SELECT nextval('hub_change_seq')");
             ResultSet row = query.executeQuery()) {
            row.next();
            return row.getLong(1);
        }
    }

    interface Work<T> {
        T run(Connection connection) throws SQLException;
    }

    /**
     * Runs {@code work} in one transaction on the hub's one connection (opened when first needed). A failure rolls back
     * and drops the connection: the next call opens a new one, so a cut network costs one failed call, not the hub.
     */
    synchronized <T> T inTransaction(Work<T> work) {
        try {
            if (connection == null || connection.isClosed()) {
                connection = dataSource.getConnection();
                connection.setAutoCommit(false);
            }
            T result = work.run(connection);
            connection.commit();
            return result;
        } catch (SQLException | RuntimeException e) {
            drop();
            throw e instanceof SyncFailure known ? known : SyncFailure.from(address, e);
        }
    }

    private void drop() {
        if (connection != null) {
            try {
                connection.rollback();
            } catch (SQLException ignored) {
                // the connection is gone; the server rolls back on its own
            }
            try {
                connection.close();
            } catch (SQLException ignored) {
                // as above
            }
            connection = null;
        }
    }

    /**
     * Waits for other devices' pushes on this account, on a connection of its own, calling {@code onPush} for each,
     * until {@code stop} says so; returns when the connection fails (the caller waits and listens again).
     */
    public void listen(UUID self, Runnable onPush, java.util.function.BooleanSupplier stop) throws SQLException {
        try (Connection listening = dataSource.getConnection()) {
            listening.setAutoCommit(true);
            String schema;
            try (PreparedStatement query = listening.prepareStatement("SELECT current_schema()"); ResultSet row = query.executeQuery()) {
                row.next();
                schema = row.getString(1);
            }
            try (java.sql.Statement statement = listening.createStatement()) {
                statement.execute("LISTEN " + CHANNEL);
            }
            org.postgresql.PGConnection notifications = listening.unwrap(org.postgresql.PGConnection.class);
            String mine = schema + " " + self;
            while (!stop.getAsBoolean()) {
                org.postgresql.PGNotification[] heard = notifications.getNotifications(5_000);
                if (heard == null) {
                    continue;
                }
                for (org.postgresql.PGNotification notification : heard) {
                    String payload = notification.getParameter();
                    if (payload.startsWith(schema + " ") && !payload.equals(mine)) {
                        onPush.run();
                        break;
                    }
                }
            }
        }
    }

    void beforePushCommitForTest(Runnable step) {
        this.beforePushCommit = step;
    }

    /** Closes the hub's connection; a later call opens a new one. */
    public synchronized void close() {
        drop();
    }

    private static Instant instant(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }
}
