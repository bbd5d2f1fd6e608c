package org.scriptorium.core.drafts;

import org.hibernate.SessionFactory;
import org.scriptorium.core.store.Ids;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * What sync reads and writes of the drafts: whole records, deleted ones included, through the same lock and search
 * index upkeep as every other save. Sync decides what to write; this only writes it.
 */
public final class DraftSyncPort {
    private final DraftService service;
    private final SessionFactory sessions;
    private final Clock clock;
    private final UUID deviceId;

    DraftSyncPort(DraftService service, SessionFactory sessions, Clock clock, UUID deviceId) {
        this.service = service;
        this.sessions = sessions;
        this.clock = clock;
        this.deviceId = deviceId;
    }

    /** A draft as this device has it, with its local revision (the optimistic lock, bumped by every write). */
    public record LocalDraft(SyncedDraft state, long revision, Instant updatedAt) {
    }

    public Optional<LocalDraft> find(UUID id) {
        return sessions.fromTransaction(session -> Optional.ofNullable(session.find(Draft.class, id)).map(DraftSyncPort::local));
    }

    /** Every draft written at or after {@code since} (deleted ones too), by an indexed range on the update time. */
    public List<UUID> changedSince(Instant since) {
        return sessions.fromTransaction(session -> session.createSelectionQuery(
                        "select d.id from Draft d where d.updatedAt >= :since order by d.updatedAt", UUID.class)
                .setParameter("since", since)
                .getResultList());
    }

    /** Writes a draft's whole state (creating it when new) and returns it as now stored. */
    public LocalDraft apply(SyncedDraft state) {
        DraftDocument[] written = new DraftDocument[1];
        LocalDraft[] stored = new LocalDraft[1];
        written[0] = service.writeSynced(session -> {
            Instant now = clock.instant();
            Draft draft = session.find(Draft.class, state.id());
            if (draft == null) {
                draft = new Draft(state.id(), state.title(), state.body(), state.status(), state.createdAt(), deviceId);
                service.replaceTagsOf(session, draft, state.tags());
                draft.setTrashedAt(state.trashedAt());
                draft.setPlannedOn(state.plannedOn());
                draft.touch(now, deviceId);
                session.persist(draft);
            } else {
                draft.setTitle(state.title());
                draft.setBody(state.body());
                draft.setStatus(state.status());
                service.replaceTagsOf(session, draft, state.tags());
                draft.setTrashedAt(state.trashedAt());
                draft.setPlannedOn(state.plannedOn());
                draft.touch(now, deviceId);
            }
            if (state.deletedAt() != null && draft.getDeletedAt() == null) {
                draft.bury(state.deletedAt());
            } else if (state.deletedAt() == null && draft.getDeletedAt() != null) {
                draft.undelete();
            }
            session.flush();
            stored[0] = local(draft);
            return DraftDocument.of(draft);
        }, state.deletedAt() != null);
        return stored[0];
    }

    /** A copy of another device's version, beside the draft it conflicted with; returns the copy's id. */
    public UUID copy(SyncedDraft other, String title) {
        UUID id = Ids.newId();
        apply(new SyncedDraft(id, title, other.body(), other.status(), other.tags(), null, other.plannedOn(), clock.instant(), null));
        return id;
    }

    /** Revisions saved at or after {@code since}, oldest first. */
    public List<SyncedRevision> revisionsSince(Instant since) {
        return sessions.fromTransaction(session -> session.createSelectionQuery(
                        "from DraftRevision r where r.updatedAt >= :since order by r.updatedAt", DraftRevision.class)
                .setParameter("since", since)
                .getResultList()
                .stream()
                .map(DraftSyncPort::synced)
                .toList());
    }

    public Optional<SyncedRevision> revision(UUID id) {
        return sessions.fromTransaction(session -> Optional.ofNullable(session.find(DraftRevision.class, id)).map(DraftSyncPort::synced));
    }

    /** Stores a revision another device saved, unless it is here already or its draft is not. Returns whether it was stored. */
    public boolean addRevision(SyncedRevision revision) {
        return Boolean.TRUE.equals(sessions.fromTransaction(session -> {
            if (session.find(DraftRevision.class, revision.id()) != null || session.find(Draft.class, revision.draftId()) == null) {
                return false;
            }
            session.persist(new DraftRevision(revision.id(), revision.draftId(), revision.title(), revision.body(), revision.reason(),
                    revision.createdAt(), deviceId));
            return true;
        }));
    }

    private static LocalDraft local(Draft draft) {
        return new LocalDraft(new SyncedDraft(draft.getId(), draft.getTitle(), draft.getBody(), draft.getStatus(), draft.tagNames(),
                draft.getTrashedAt(), draft.getPlannedOn(), draft.getCreatedAt(), draft.getDeletedAt()), draft.getRevision(), draft.getUpdatedAt());
    }

    private static SyncedRevision synced(DraftRevision revision) {
        return new SyncedRevision(revision.getId(), revision.getDraftId(), revision.getTitle(), revision.getBody(), revision.getReason(),
                revision.getCreatedAt());
    }
}
