package org.scriptorium.core.sync;

import org.hibernate.SessionFactory;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** This device's memory of the hub (local tables, decision 18): what each record was when last synced, and the conflicts. */
final class SyncLedger {
    private final SessionFactory sessions;

    SyncLedger(SessionFactory sessions) {
        this.sessions = sessions;
    }

    /** A record as last synced: the hub's revision of it, the local revision that matched it, and its state then. */
    record Entry(long hubRevision, long localRevision, String basePayload) {
    }

    Optional<Entry> get(String entity, UUID id) {
        return sessions.fromTransaction(session -> session.createNativeQuery(
                        "SELECT hub_revision, local_revision, base_payload FROM sync_rows WHERE entity = :entity AND id = :id", Object[].class)
                .setParameter("entity", entity)
                .setParameter("id", id)
                .getResultStream()
                .findFirst()
                .map(row -> new Entry(((Number) row[0]).longValue(), ((Number) row[1]).longValue(), (String) row[2])));
    }

    /** Every record of one kind as last synced (for the few kinds read whole, as settings). */
    List<Entry> entries(String entity) {
        return sessions.fromTransaction(session -> session.createNativeQuery(
                        "SELECT hub_revision, local_revision, base_payload FROM sync_rows WHERE entity = :entity", Object[].class)
                .setParameter("entity", entity)
                .getResultList()
                .stream()
                .map(row -> new Entry(((Number) row[0]).longValue(), ((Number) row[1]).longValue(), (String) row[2]))
                .toList());
    }

    void put(String entity, UUID id, Entry entry) {
        sessions.inTransaction(session -> {
            session.createNativeMutationQuery("DELETE FROM sync_rows WHERE entity = :entity AND id = :id")
                    .setParameter("entity", entity).setParameter("id", id).executeUpdate();
            session.createNativeMutationQuery("""
                            INSERT INTO sync_rows (entity, id, hub_revision, local_revision, base_payload)
                            VALUES (:entity, :id, :hub, :local, :base)""")
                    .setParameter("entity", entity).setParameter("id", id)
                    .setParameter("hub", entry.hubRevision()).setParameter("local", entry.localRevision())
                    .setParameter("base", entry.basePayload())
                    .executeUpdate();
        });
    }

    /**
     * Drafts written at or after {@code since} whose local revision is not the one last synced (or never synced): one
     * indexed query, whatever the number of drafts.
     */
    List<UUID> dirtyDrafts(Instant since) {
        return dirty("drafts", "draft", since);
    }

    /** Accounts written at or after {@code since} and not synced as they are, as {@link #dirtyDrafts}. */
    List<UUID> dirtyAccounts(Instant since) {
        return dirty("accounts", "account", since);
    }

    /** Revisions saved at or after {@code since} that the hub has not taken yet, oldest first. */
    List<UUID> unsentRevisions(Instant since) {
        return ids("""
                SELECT r.id FROM draft_revisions r LEFT JOIN sync_rows s ON s.entity = 'draft_revision' AND s.id = r.id
                WHERE r.updated_at >= :since AND s.id IS NULL ORDER BY r.updated_at""", since);
    }

    /** Rows of a synced table written at or after {@code since} and not synced as they are, as {@link #dirtyDrafts}. */
    List<UUID> dirtyRows(String table, String entity, Instant since) {
        return dirty(table, entity, since);
    }

    /** {@code table} and {@code entity} are sync's own constants, never input. */
    private List<UUID> dirty(String table, String entity, Instant since) {
        return ids("SELECT t.id FROM " + table + " t LEFT JOIN sync_rows s ON s.entity = '" + entity + "' AND s.id = t.id"
                + " WHERE t.updated_at >= :since AND (s.id IS NULL OR s.local_revision <> t.revision) ORDER BY t.updated_at", since);
    }

    private List<UUID> ids(String query, Instant since) {
        return sessions.fromTransaction(session -> session.createNativeQuery(query, Object.class)
                .setParameter("since", since)
                .getResultList()
                .stream()
                .map(SyncLedger::uuid)
                .toList());
    }

    /** Forgets everything synced: the next sync with an account starts from its first change. */
    void clear() {
        sessions.inTransaction(session -> session.createNativeMutationQuery("DELETE FROM sync_rows").executeUpdate());
    }

    /**
     * @param recordId     the draft or post the conflict is about (of kind {@code entity})
     * @param copyId       a draft's conflict copy, made of the other device's version
     * @param otherPayload a post's text as the other device had it, kept here until the user chooses
     */
    record Conflict(UUID id, UUID recordId, UUID copyId, String otherDevice, String kind, Instant detectedAt, String entity,
                    String otherPayload) {
        Conflict(UUID id, UUID recordId, UUID copyId, String otherDevice, String kind, Instant detectedAt) {
            this(id, recordId, copyId, otherDevice, kind, detectedAt, DraftRecord.ENTITY, null);
        }
    }

    void addConflict(Conflict conflict) {
        sessions.inTransaction(session -> session.createNativeMutationQuery("""
                        INSERT INTO sync_conflicts (id, draft_id, copy_id, other_device, kind, detected_at, entity, other_payload)
                        VALUES (:id, :draft, :copy, :device, :kind, :at, :entity, :other)""")
                .setParameter("entity", conflict.entity()).setParameter("other", conflict.otherPayload())
                .setParameter("id", conflict.id()).setParameter("draft", conflict.recordId())
                .setParameter("copy", conflict.copyId()).setParameter("device", conflict.otherDevice())
                .setParameter("kind", conflict.kind()).setParameter("at", conflict.detectedAt())
                .executeUpdate());
    }

    List<Conflict> openConflicts() {
        return sessions.fromTransaction(session -> session.createNativeQuery("""
                        SELECT id, draft_id, copy_id, other_device, kind, detected_at, entity, other_payload FROM sync_conflicts
                        WHERE resolved_at IS NULL ORDER BY detected_at, id""", Object[].class)
                .getResultList()
                .stream()
                .map(row -> new Conflict(uuid(row[0]), uuid(row[1]), uuid(row[2]), (String) row[3], (String) row[4], instant(row[5]),
                        (String) row[6], (String) row[7]))
                .toList());
    }

    void resolve(UUID conflict, Instant now) {
        sessions.inTransaction(session -> session.createNativeMutationQuery("UPDATE sync_conflicts SET resolved_at = :now WHERE id = :id")
                .setParameter("now", now).setParameter("id", conflict).executeUpdate());
    }

    /** H2 hands a native query's UUID column back as its 16 bytes; PostgreSQL as a UUID. */
    private static UUID uuid(Object value) {
        return switch (value) {
            case null -> null;
            case UUID id -> id;
            case byte[] bytes -> {
                java.nio.ByteBuffer buffer = java.nio.ByteBuffer.wrap(bytes);
                yield new UUID(buffer.getLong(), buffer.getLong());
            }
            default -> UUID.fromString(value.toString());
        };
    }

    private static Instant instant(Object value) {
        return switch (value) {
            case Instant instant -> instant;
            case java.time.OffsetDateTime offset -> offset.toInstant();
            case java.sql.Timestamp timestamp -> timestamp.toInstant();
            default -> throw new IllegalStateException("Not a time: " + value);
        };
    }
}
