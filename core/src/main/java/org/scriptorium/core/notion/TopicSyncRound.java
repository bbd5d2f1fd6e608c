package org.scriptorium.core.notion;

import com.fasterxml.jackson.databind.JsonNode;
import org.scriptorium.core.research.topics.TopicSummary;

import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.function.BooleanSupplier;

/**
 * One sync of the topics with a data source: pages edited since the last sync are read (every page the first time)
 * and merged into their topics, a page new to the studio becomes a topic, a topic new to Notion becomes a page, and a
 * topic changed here since goes to its page with only the changed properties. Each page's link is stored right after
 * the page is written, so a sync stopped or failing half-way leaves every page linked to its topic.
 */
final class TopicSyncRound {
    private final NotionApi api;
    private final String dataSourceId;
    private final DataSourceSchema schema;
    private final NotionTopicProperties properties;
    private final StudioTopics studio;
    private final NotionLinks links;
    private final Clock clock;
    private final BooleanSupplier stop;
    private final List<NotionSync.Overwrite> overwritten = new ArrayList<>();
    private int created;
    private int updated;
    private int pulled;
    private int changedHere;
    private Map<UUID, String> draftPages;

    TopicSyncRound(NotionApi api, String dataSourceId, DataSourceSchema schema, StudioTopics studio, NotionLinks links, Clock clock,
                   BooleanSupplier stop) {
        this.api = api;
        this.dataSourceId = dataSourceId;
        this.schema = schema;
        this.properties = new NotionTopicProperties(schema);
        this.studio = studio;
        this.links = links;
        this.clock = clock;
        this.stop = stop;
    }

    /** {@code since}: the start of the last complete sync, null for the first. */
    NotionSync.Report run(Instant since) throws InterruptedException {
        List<JsonNode> pages = since == null ? api.pages(dataSourceId) : api.pagesEditedSince(dataSourceId, since);
        Map<UUID, NotionLinks.TopicLink> linked = links.topicLinks(dataSourceId);
        Map<String, NotionLinks.TopicLink> byPage = new HashMap<>();
        linked.values().forEach(link -> byPage.put(link.pageId(), link));
        // Drafts sent to the same database are pages too, but they are not topics.
        Set<String> draftPageIds = new HashSet<>();
        links.draftPages().values().forEach(page -> draftPageIds.add(page.pageId()));
        draftPages = studio.draftPagesByTopic();
        Map<UUID, TopicSummary> local = studio.all();
        Set<UUID> done = new HashSet<>();
        for (JsonNode page : pages) {
            if (stop.getAsBoolean()) {
                return report(true);
            }
            String pageId = page.path("id").asText();
            if (page.path("in_trash").asBoolean(false) || page.path("archived").asBoolean(false) || draftPageIds.contains(pageId)) {
                continue;
            }
            NotionTopic theirs = properties.read(page);
            Instant edited = editedAt(page);
            NotionLinks.TopicLink link = byPage.get(pageId);
            TopicSummary topic;
            if (link == null) {
                topic = studio.create(theirs);
                if (topic == null) {
                    continue;
                }
                pulled++;
                // What Notion holds counts as agreed: whatever the new topic adds (its score) goes back as a change here.
                link = new NotionLinks.TopicLink(topic.id(), pageId, theirs, edited);
            } else {
                topic = local.get(link.topicId());
                if (topic == null) {
                    continue; // deleted here: the page stays in Notion for the user to delete
                }
            }
            reconcile(topic, link, theirs, edited);
            done.add(topic.id());
        }
        for (TopicSummary topic : local.values()) {
            if (done.contains(topic.id())) {
                continue;
            }
            if (stop.getAsBoolean()) {
                return report(true);
            }
            NotionLinks.TopicLink link = linked.get(topic.id());
            if (link == null) {
                NotionTopic mine = properties.asWritten(studio.of(topic, schema, draftPages));
                JsonNode page = api.createPage(dataSourceId, properties.properties(mine), List.of());
                links.linkTopic(topic.id(), page.path("id").asText(), dataSourceId, mine);
                created++;
            } else if (!properties.asWritten(studio.of(topic, schema, draftPages)).equals(link.synced())) {
                // Not among the pages edited since the last sync: Notion still holds what was last agreed.
                reconcile(topic, link, link.synced(), link.syncedAt());
            }
        }
        return report(false);
    }

    private void reconcile(TopicSummary topic, NotionLinks.TopicLink link, NotionTopic theirs, Instant notionEdited) throws InterruptedException {
        NotionTopic mine = properties.asWritten(studio.of(topic, schema, draftPages));
        NotionTopicMerge.Result merge = NotionTopicMerge.merge(link.synced(), mine, topic.updatedAt(), forMerge(theirs, mine, link.synced()), notionEdited);
        if (!merge.localUpdates().isEmpty()) {
            studio.apply(topic.id(), merge.merged(), merge.localUpdates());
            changedHere++;
            topic = studio.get(topic.id());
        }
        // What the topic now holds (as the studio spells it: a label in lower case) is what Notion must show.
        NotionTopic agreed = properties.asWritten(studio.of(topic, schema, draftPages));
        Set<NotionTopic.Field> changed = EnumSet.noneOf(NotionTopic.Field.class);
        for (NotionTopic.Field field : NotionTopic.Field.values()) {
            boolean keepNotionsOwnStatus = field == NotionTopic.Field.STATUS && StudioTopics.status(theirs.status()) == null
                    && !merge.notionUpdates().contains(field); // an option the studio has no status for stays until the studio's status changes
            if (!keepNotionsOwnStatus && !Objects.equals(field.of(agreed), field.of(theirs))) {
                changed.add(field);
            }
        }
        if (!changed.isEmpty() && !properties.properties(agreed, changed).isEmpty()) {
            api.updatePage(link.pageId(), properties.properties(agreed, changed));
            updated++;
        }
        links.linkTopic(topic.id(), link.pageId(), dataSourceId, agreed);
        Instant now = clock.instant();
        List<NotionSync.Overwrite> lost = merge.overwritten().stream().map(o -> new NotionSync.Overwrite(link.topicId(), agreed.title() == null
                ? "" : agreed.title(), o.field().label(), o.lostValue() == null ? null : o.lostValue().toString(), o.lostOn(), now)).toList();
        links.recordOverwrites(lost);
        overwritten.addAll(lost);
    }

    /**
     * Notion's side as the merge should see it: the studio's own fields as the studio has them (an edit in Notion is
     * put back, never merged), and a status the studio has no name for as if unchanged (Notion keeps it until the
     * studio's status changes).
     */
    private static NotionTopic forMerge(NotionTopic theirs, NotionTopic mine, NotionTopic lastSynced) {
        Map<NotionTopic.Field, Object> values = new EnumMap<>(NotionTopic.Field.class);
        values.putAll(theirs.values());
        StudioTopics.STUDIO_OWNED.forEach(field -> values.put(field, field.of(mine)));
        if (StudioTopics.status(theirs.status()) == null) {
            values.put(NotionTopic.Field.STATUS, lastSynced != null && StudioTopics.status(lastSynced.status()) != null ? lastSynced.status() : mine.status());
        }
        return NotionTopic.of(values);
    }

    private Instant editedAt(JsonNode page) {
        try {
            return Instant.parse(page.path("last_edited_time").asText());
        } catch (DateTimeParseException e) {
            return clock.instant();
        }
    }

    private NotionSync.Report report(boolean stopped) {
        return new NotionSync.Report(created, updated, pulled, changedHere, overwritten, stopped);
    }
}
