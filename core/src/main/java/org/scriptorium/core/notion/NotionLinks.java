package org.scriptorium.core.notion;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.hibernate.SessionFactory;
import org.scriptorium.core.store.Ids;

import java.time.Clock;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** Which page each topic and draft is in Notion, the fields as last synced, and what syncs overwrote. */
final class NotionLinks {
    private static final ObjectMapper JSON = new ObjectMapper();

    /** A topic's page and its fields as both sides last agreed on them. */
    record TopicLink(UUID topicId, String pageId, NotionTopic synced, java.time.Instant syncedAt) {
    }

    /** The page a draft was sent to. */
    record DraftLink(UUID draftId, String pageId, String pageUrl, String dataSourceId) {
    }

    private final SessionFactory sessions;
    private final Clock clock;
    private final UUID deviceId;

    NotionLinks(SessionFactory sessions, Clock clock, UUID deviceId) {
        this.sessions = sessions;
        this.clock = clock;
        this.deviceId = deviceId;
    }

    /** The live links to pages of this data source, by topic. */
    Map<UUID, TopicLink> topicLinks(String dataSourceId) {
        Map<UUID, TopicLink> links = new HashMap<>();
        sessions.inTransaction(session -> session.createSelectionQuery(
                        "from NotionTopicPage l where l.dataSourceId = :source and l.deletedAt is null order by l.id", NotionTopicPage.class)
                .setParameter("source", dataSourceId).getResultList()
                .forEach(l -> links.putIfAbsent(l.topicId(), new TopicLink(l.topicId(), l.pageId(), decode(l.syncedFields()), l.syncedAt()))));
        return links;
    }

    /** Stores what both sides now hold, right after the page was written, so a sync cut short leaves no page unlinked. */
    void linkTopic(UUID topicId, String pageId, String dataSourceId, NotionTopic synced) {
        var now = clock.instant();
        sessions.inTransaction(session -> {
            List<NotionTopicPage> rows = session.createSelectionQuery(
                            "from NotionTopicPage l where l.topicId = :topic and l.deletedAt is null", NotionTopicPage.class)
                    .setParameter("topic", topicId).getResultList();
            NotionTopicPage link = rows.stream().filter(l -> l.pageId().equals(pageId)).findFirst().orElse(null);
            if (link == null) {
                rows.forEach(old -> { // the topic moved to another database: its old page is no longer its
                    old.markGone(now, deviceId);
                });
                link = new NotionTopicPage(Ids.newId(), topicId, pageId, dataSourceId, now, deviceId);
                session.persist(link);
            }
            link.synced(encode(synced), now, deviceId);
        });
    }

    Optional<DraftLink> draftPage(UUID draftId) {
        return Optional.ofNullable(sessions.fromTransaction(session -> session.find(NotionDraftPage.class, draftId)))
                .map(p -> new DraftLink(p.draftId(), p.pageId(), p.pageUrl(), p.dataSourceId()));
    }

    void linkDraft(UUID draftId, String pageId, String pageUrl, String dataSourceId) {
        var now = clock.instant();
        sessions.inTransaction(session -> {
            NotionDraftPage page = session.find(NotionDraftPage.class, draftId);
            if (page == null || !page.pageId().equals(pageId)) {
                if (page != null) {
                    session.remove(page);
                    session.flush();
                }
                session.persist(new NotionDraftPage(draftId, pageId, pageUrl, dataSourceId, now));
            } else {
                page.sent(pageUrl, now);
            }
        });
    }

    /** Every draft sent to Notion, by draft. */
    Map<UUID, DraftLink> draftPages() {
        Map<UUID, DraftLink> pages = new HashMap<>();
        sessions.inTransaction(session -> session.createSelectionQuery("from NotionDraftPage", NotionDraftPage.class).getResultList()
                .forEach(p -> pages.put(p.draftId(), new DraftLink(p.draftId(), p.pageId(), p.pageUrl(), p.dataSourceId()))));
        return pages;
    }

    void recordOverwrites(List<NotionSync.Overwrite> overwrites) {
        if (!overwrites.isEmpty()) {
            sessions.inTransaction(session -> overwrites.forEach(o -> session.persist(new NotionOverwrite(Ids.newId(), o))));
        }
    }

    /** The latest overwritten values, newest first. */
    List<NotionSync.Overwrite> overwrites(int limit) {
        return sessions.fromTransaction(session -> session.createSelectionQuery(
                        "from NotionOverwrite o order by o.happenedAt desc, o.id desc", NotionOverwrite.class)
                .setMaxResults(limit).getResultList().stream().map(NotionOverwrite::overwrite).toList());
    }

    long linkedTopics(String dataSourceId) {
        return topicLinks(dataSourceId).size();
    }

    static String encode(NotionTopic topic) {
        ObjectNode node = JSON.createObjectNode();
        topic.values().forEach((field, value) -> {
            switch (value) {
                case null -> { }
                case Integer number -> node.put(field.name(), number);
                case Double number -> node.put(field.name(), number);
                default -> node.put(field.name(), value.toString());
            }
        });
        return node.toString();
    }

    static NotionTopic decode(String json) {
        Map<NotionTopic.Field, Object> values = new EnumMap<>(NotionTopic.Field.class);
        try {
            JsonNode node = JSON.readTree(json == null || json.isBlank() ? "{}" : json);
            for (NotionTopic.Field field : NotionTopic.Field.values()) {
                JsonNode value = node.path(field.name());
                if (value.isMissingNode() || value.isNull()) {
                    continue;
                }
                values.put(field, switch (field) {
                    case PRIORITY -> value.asInt();
                    case SCORE -> value.asDouble();
                    default -> value.asText();
                });
            }
        } catch (JsonProcessingException e) {
            // A row that cannot be read counts as never synced: the next sync compares the two sides afresh.
        }
        return NotionTopic.of(values);
    }
}
