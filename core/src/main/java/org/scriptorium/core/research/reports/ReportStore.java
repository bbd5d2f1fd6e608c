package org.scriptorium.core.research.reports;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.hibernate.Session;
import org.hibernate.SessionFactory;
import org.scriptorium.core.ScriptoriumException;
import org.scriptorium.core.store.Ids;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Keeps research reports with their topic. A report is checked before it is stored: a citation that does
 * not resolve to one of its sources is removed. Running research again adds a version; none is overwritten.
 */
public final class ReportStore {
    private static final ObjectMapper JSON = new ObjectMapper();

    private final SessionFactory sessions;
    private final Clock clock;
    private final UUID deviceId;

    public ReportStore(SessionFactory sessions, Clock clock, UUID deviceId) {
        this.sessions = sessions;
        this.clock = clock;
        this.deviceId = deviceId;
    }

    private record Content(String summary, List<String> keyPoints, List<String> openQuestions) {
    }

    public StoredReport save(UUID topicId, String query, String synthesizer, ResearchReport draft) {
        ResearchReport report = Citations.keepValid(draft);
        String content;
        try {
            content = JSON.writeValueAsString(new Content(report.summary(), report.keyPoints(), report.openQuestions()));
        } catch (JsonProcessingException e) {
            throw new ScriptoriumException("Could not store the report: " + e.getMessage(), e);
        }
        return sessions.fromTransaction(session -> {
            Integer last = session.createSelectionQuery(
                    "select max(r.version) from ReportRecord r where r.topicId = :topic", Integer.class)
                    .setParameter("topic", topicId).getSingleResult();
            Instant now = clock.instant();
            ReportRecord row = new ReportRecord(Ids.newId(), topicId, last == null ? 1 : last + 1, clip(query, 1000), synthesizer, content, now, deviceId);
            session.persist(row);
            session.flush();
            for (ReportSource s : report.sources()) {
                session.createNativeMutationQuery("insert into research_report_sources (report_id, number, document_id, url, title, excerpt, fetched_at) "
                                + "values (:report, :number, :document, :url, :title, :excerpt, :fetched)")
                        .setParameter("report", row.getId()).setParameter("number", s.number())
                        .setParameter("document", s.documentId(), UUID.class).setParameter("url", clip(s.url(), 2048))
                        .setParameter("title", clip(s.title(), 1000)).setParameter("excerpt", clip(s.excerpt(), 4000))
                        .setParameter("fetched", OffsetDateTime.ofInstant(s.fetchedAt(), ZoneOffset.UTC))
                        .executeUpdate();
            }
            return toStored(session, row);
        });
    }

    /** The newest report on the topic, if research ran on it. */
    public Optional<StoredReport> current(UUID topicId) {
        return sessions.fromTransaction(session -> session.createSelectionQuery(
                        "from ReportRecord r where r.topicId = :topic and r.deletedAt is null order by r.version desc", ReportRecord.class)
                .setParameter("topic", topicId).setMaxResults(1).getResultList().stream().findFirst().map(r -> toStored(session, r)));
    }

    /** Every report on the topic, newest first. */
    public List<StoredReport> history(UUID topicId) {
        return sessions.fromTransaction(session -> session.createSelectionQuery(
                        "from ReportRecord r where r.topicId = :topic and r.deletedAt is null order by r.version desc", ReportRecord.class)
                .setParameter("topic", topicId).getResultList().stream().map(r -> toStored(session, r)).toList());
    }

    private StoredReport toStored(Session session, ReportRecord row) {
        Content content;
        try {
            content = JSON.readValue(row.getContent(), Content.class);
        } catch (JsonProcessingException e) {
            throw new ScriptoriumException("A stored report could not be read: " + e.getMessage(), e);
        }
        List<ReportSource> sources = new ArrayList<>();
        for (Object[] r : session.createNativeQuery("select number, document_id, url, title, excerpt, fetched_at from research_report_sources "
                        + "where report_id = :report order by number", Object[].class)
                .setParameter("report", row.getId()).getResultList()) {
            sources.add(new ReportSource(((Number) r[0]).intValue(), toUuid(r[1]), (String) r[2], (String) r[3], (String) r[4], toInstant(r[5])));
        }
        // Checked again on the way out: a row edited elsewhere (sync, by hand) still never shows a dangling [n].
        ResearchReport report = Citations.keepValid(new ResearchReport(content.summary(), content.keyPoints(), content.openQuestions(), sources));
        return new StoredReport(row.getId(), row.getTopicId(), row.getVersion(), row.getQuery(), row.getSynthesizer(), report, row.getCreatedAt());
    }

    private static UUID toUuid(Object value) {
        return switch (value) {
            case null -> null;
            case UUID u -> u;
            // H2 hands a UUID column to a native query as its 16 bytes.
            case byte[] b when b.length == 16 -> {
                java.nio.ByteBuffer buffer = java.nio.ByteBuffer.wrap(b);
                yield new UUID(buffer.getLong(), buffer.getLong());
            }
            default -> UUID.fromString(value.toString());
        };
    }

    private static Instant toInstant(Object value) {
        return switch (value) {
            case Instant i -> i;
            case OffsetDateTime o -> o.toInstant();
            case Timestamp t -> t.toInstant();
            case java.time.ZonedDateTime z -> z.toInstant();
            default -> Instant.parse(value.toString());
        };
    }

    private static String clip(String text, int max) {
        String t = text == null ? "" : text;
        return t.length() <= max ? t : t.substring(0, max - 1) + "…";
    }
}
