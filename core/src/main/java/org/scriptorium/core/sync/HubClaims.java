package org.scriptorium.core.sync;

import org.scriptorium.core.scheduling.PublishClaims.Claim;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.UUID;

/**
 * The hub's claims on posts (decision 19), in one transaction each. Leases are measured on the server's clock, the
 * one clock every device and worker shares, so a device whose clock is off neither steals a live lease nor keeps a
 * dead one.
 */
final class HubClaims {
    private HubClaims() {
    }

    static Claim claim(Hub hub, UUID post, UUID device, String deviceName, Duration lease) {
        return claim(hub, post, "post", device, deviceName, lease);
    }

    /** {@code kind}: "post", or "job" for a turn of a shared recurring job. */
    static Claim claim(Hub hub, UUID post, String kind, UUID device, String deviceName, Duration lease) {
        return hub.inTransaction(connection -> {
            try (PreparedStatement insert = connection.prepareStatement(
                    "INSERT INTO hub_claims (post_id, kind, state, updated_at) VALUES (?, ?, 'RELEASED', now()) ON CONFLICT (post_id) DO NOTHING")) {
                insert.setObject(1, post);
                insert.setString(2, kind);
                insert.executeUpdate();
            }
            String state;
            UUID holder;
            boolean live;
            // SKIP LOCKED: a row another device is claiming this instant is theirs; nobody waits on anybody.
            try (PreparedStatement query = connection.prepareStatement(
                    "SELECT state, holder, expires_at > now() FROM hub_claims WHERE post_id = ? FOR UPDATE SKIP LOCKED")) {
                query.setObject(1, post);
                try (ResultSet row = query.executeQuery()) {
                    if (!row.next()) {
                        return Claim.HELD_ELSEWHERE;
                    }
                    state = row.getString(1);
                    holder = row.getObject(2, UUID.class);
                    live = row.getBoolean(3);
                }
            }
            if (state.equals("PUBLISHED")) {
                return Claim.PUBLISHED_ELSEWHERE;
            }
            boolean heldByOther = state.equals("HELD") && !device.equals(holder);
            if (heldByOther && live) {
                return Claim.HELD_ELSEWHERE;
            }
            try (PreparedStatement take = connection.prepareStatement("""
                    UPDATE hub_claims SET state = 'HELD', holder = ?, holder_name = ?, expires_at = now() + ? * interval '1 millisecond',
                    updated_at = now() WHERE post_id = ?""")) {
                take.setObject(1, device);
                take.setString(2, deviceName);
                take.setLong(3, lease.toMillis());
                take.setObject(4, post);
                take.executeUpdate();
            }
            return heldByOther ? Claim.TAKEN_OVER : Claim.TAKEN;
        });
    }

    /**
     * Published: no one may send it again, whoever held it (a device that found it on the network while reconciling
     * says so too). Released: anyone may; only the holder's own claim is released.
     */
    static void finish(Hub hub, UUID post, UUID device, boolean published) {
        hub.inTransaction(connection -> {
            String sql = published ? """
                    INSERT INTO hub_claims (post_id, state, updated_at) VALUES (?, 'PUBLISHED', now())
                    ON CONFLICT (post_id) DO UPDATE SET state = 'PUBLISHED', holder = NULL, holder_name = NULL, expires_at = NULL, updated_at = now()"""
                    : """
                    UPDATE hub_claims SET state = 'RELEASED', holder = NULL, holder_name = NULL, expires_at = NULL, updated_at = now()
                    WHERE post_id = ? AND state = 'HELD' AND holder = ?""";
            try (PreparedStatement update = connection.prepareStatement(sql)) {
                update.setObject(1, post);
                if (!published) {
                    update.setObject(2, device);
                }
                update.executeUpdate();
            }
            return null;
        });
    }

    /** Claims on posts {@code device} holds now: what a worker stopping cleanly must not leave behind. */
    static int heldBy(Hub hub, UUID device) {
        return hub.inTransaction(connection -> {
            try (PreparedStatement query = connection.prepareStatement("SELECT count(*) FROM hub_claims WHERE kind = 'post' AND state = 'HELD' AND holder = ?")) {
                query.setObject(1, device);
                try (ResultSet row = query.executeQuery()) {
                    row.next();
                    return row.getInt(1);
                }
            }
        });
    }
}
