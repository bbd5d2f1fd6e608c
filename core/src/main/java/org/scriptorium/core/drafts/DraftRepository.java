package org.scriptorium.core.drafts;

import org.hibernate.Session;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** Queries over drafts, tags and revisions, inside a transaction the caller owns. */
final class DraftRepository {

    Optional<Draft> find(Session session, UUID id) {
        Draft draft = session.find(Draft.class, id);
        return draft == null || draft.getDeletedAt() != null ? Optional.empty() : Optional.of(draft);
    }

    List<DraftSummary> summaries(Session session, DraftFilter filter) {
        StringBuilder jpql = new StringBuilder("""
                select d.id, d.title, d.status, d.wordCount, d.createdAt, d.updatedAt, d.trashedAt, d.plannedOn
                from Draft d where d.deletedAt is null""");
        jpql.append(filter.trashed() ? " and d.trashedAt is not null" : " and d.trashedAt is null");
        if (filter.status() != null) {
            jpql.append(" and d.status = :status");
        }
        if (filter.tag() != null) {
            jpql.append(" and exists (select 1 from Draft d2 join d2.tags t where d2 = d and lower(t.name) = :tag)");
        }
        jpql.append(" order by d.updatedAt desc");
        var query = session.createSelectionQuery(jpql.toString(), Object[].class);
        if (filter.status() != null) {
            query.setParameter("status", filter.status());
        }
        if (filter.tag() != null) {
            query.setParameter("tag", filter.tag().toLowerCase(Locale.ROOT));
        }
        return withTags(session, query.getResultList(), null);
    }

    /** Summaries of the given drafts that pass the filter, in the order of {@code ids}. */
    List<DraftSummary> summaries(Session session, List<UUID> ids, DraftFilter filter) {
        if (ids.isEmpty()) {
            return List.of();
        }
        List<Object[]> rows = session.createSelectionQuery("""
                        select d.id, d.title, d.status, d.wordCount, d.createdAt, d.updatedAt, d.trashedAt, d.plannedOn
                        from Draft d where d.deletedAt is null and d.id in :ids""", Object[].class)
                .setParameter("ids", ids)
                .getResultList();
        Map<UUID, DraftSummary> byId = new HashMap<>();
        for (DraftSummary summary : withTags(session, rows, ids)) {
            byId.put(summary.id(), summary);
        }
        List<DraftSummary> ordered = new ArrayList<>();
        for (UUID id : ids) {
            DraftSummary summary = byId.get(id);
            if (summary != null && matches(summary, filter)) {
                ordered.add(summary);
            }
        }
        return ordered;
    }

    private static boolean matches(DraftSummary summary, DraftFilter filter) {
        return summary.trashed() == filter.trashed()
                && (filter.status() == null || summary.status() == filter.status())
                && (filter.tag() == null || summary.tags().stream().anyMatch(t -> t.equalsIgnoreCase(filter.tag())));
    }

    private static List<DraftSummary> withTags(Session session, List<Object[]> rows, Collection<UUID> onlyIds) {
        String jpql = "select d.id, t.name from Draft d join d.tags t where d.deletedAt is null"
                + (onlyIds == null ? "" : " and d.id in :ids");
        var query = session.createSelectionQuery(jpql, Object[].class);
        if (onlyIds != null) {
            query.setParameter("ids", onlyIds);
        }
        Map<UUID, List<String>> tags = new HashMap<>();
        for (Object[] row : query.getResultList()) {
            tags.computeIfAbsent((UUID) row[0], k -> new ArrayList<>()).add((String) row[1]);
        }
        List<DraftSummary> summaries = new ArrayList<>(rows.size());
        for (Object[] row : rows) {
            UUID id = (UUID) row[0];
            List<String> names = tags.getOrDefault(id, List.of()).stream().sorted().toList();
            summaries.add(new DraftSummary(id, (String) row[1], (DraftStatus) row[2], names, (Integer) row[3],
                    (Instant) row[4], (Instant) row[5], (Instant) row[6], (java.time.LocalDate) row[7]));
        }
        return summaries;
    }

    /** Drafts outside the trash planned for a day from {@code from} to {@code to}, both included, by day. */
    List<PlannedDraft> planned(Session session, java.time.LocalDate from, java.time.LocalDate to) {
        return session.createSelectionQuery("""
                        select new org.scriptorium.core.drafts.PlannedDraft(d.id, d.title, d.status, d.plannedOn)
                        from Draft d where d.deletedAt is null and d.trashedAt is null
                        and d.plannedOn >= :from and d.plannedOn <= :to
                        order by d.plannedOn, d.title""", PlannedDraft.class)
                .setParameter("from", from)
                .setParameter("to", to)
                .getResultList();
    }

    Map<UUID, Long> liveRevisions(Session session) {
        Map<UUID, Long> revisions = new HashMap<>();
        session.createSelectionQuery("select d.id, d.revision from Draft d where d.deletedAt is null", Object[].class)
                .getResultList()
                .forEach(row -> revisions.put((UUID) row[0], (Long) row[1]));
        return revisions;
    }

    List<Draft> findAll(Session session, Collection<UUID> ids) {
        return session.createSelectionQuery("from Draft d left join fetch d.tags where d.id in :ids", Draft.class)
                .setParameter("ids", ids)
                .getResultList();
    }

    Optional<Tag> findTag(Session session, String name) {
        return session.createSelectionQuery("from Tag t where lower(t.name) = :name and t.deletedAt is null", Tag.class)
                .setParameter("name", name.toLowerCase(Locale.ROOT))
                .getResultStream()
                .findFirst();
    }

    /** Every tag in use on a live draft, with how many drafts carry it. */
    Map<String, Long> tagCounts(Session session) {
        Map<String, Long> counts = new java.util.TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        session.createSelectionQuery("""
                        select t.name, count(d) from Draft d join d.tags t
                        where d.deletedAt is null and d.trashedAt is null group by t.name""", Object[].class)
                .getResultList()
                .forEach(row -> counts.put((String) row[0], (Long) row[1]));
        return counts;
    }

    List<RevisionSummary> revisions(Session session, UUID draftId) {
        return session.createSelectionQuery("""
                        select new org.scriptorium.core.drafts.RevisionSummary(r.id, r.draftId, r.title, r.wordCount, r.reason, r.createdAt)
                        from DraftRevision r where r.draftId = :draft and r.deletedAt is null
                        order by r.createdAt desc, r.id desc""", RevisionSummary.class)
                .setParameter("draft", draftId)
                .getResultList();
    }

    Optional<DraftRevision> latestRevision(Session session, UUID draftId) {
        return session.createSelectionQuery("""
                        from DraftRevision r where r.draftId = :draft and r.deletedAt is null
                        order by r.createdAt desc, r.id desc""", DraftRevision.class)
                .setParameter("draft", draftId)
                .setMaxResults(1)
                .getResultStream()
                .findFirst();
    }

    DraftCounts counts(Session session) {
        Object[] row = session.createSelectionQuery("select sum(case when d.trashedAt is null then 1 else 0 end), "
                        + "sum(case when d.trashedAt is null then 0 else 1 end) from Draft d where d.deletedAt is null", Object[].class)
                .getSingleResult();
        return new DraftCounts(row[0] == null ? 0 : ((Number) row[0]).intValue(), row[1] == null ? 0 : ((Number) row[1]).intValue());
    }

    List<UUID> allIds(Session session) {
        return session.createSelectionQuery("select d.id from Draft d where d.deletedAt is null", UUID.class).getResultList();
    }
}
