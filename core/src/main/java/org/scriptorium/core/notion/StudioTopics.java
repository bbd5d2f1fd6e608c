package org.scriptorium.core.notion;

import org.scriptorium.core.InvalidInput;
import org.scriptorium.core.research.reports.ReportStore;
import org.scriptorium.core.research.sources.SourceLabel;
import org.scriptorium.core.research.topics.TopicFilter;
import org.scriptorium.core.research.topics.TopicService;
import org.scriptorium.core.research.topics.TopicStatus;
import org.scriptorium.core.research.topics.TopicSummary;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * The studio's side of the topic sync: a research topic as a {@link NotionTopic}, and Notion's values written back
 * through the topic service. The score, the report and the draft belong to the studio (it computes them): they are
 * written to Notion and never read back. A report has no web address, so it goes to Notion as a line of text, and only
 * into a text column; a draft's link is the Notion page it was sent to (see {@link NotionSync#pushDraft}).
 */
final class StudioTopics {
    /** Fields the studio owns: Notion shows them, an edit there is put back at the next sync. */
    static final List<NotionTopic.Field> STUDIO_OWNED = List.of(NotionTopic.Field.SCORE, NotionTopic.Field.REPORT_URL, NotionTopic.Field.DRAFT_URL);
    private static final Logger LOG = LoggerFactory.getLogger(StudioTopics.class);
    private static final int REPORT_TEXT = 300;

    private final TopicService topics;
    private final ReportStore reports;
    private final Supplier<Map<UUID, UUID>> draftTopics;
    private final NotionLinks links;

    StudioTopics(TopicService topics, ReportStore reports, Supplier<Map<UUID, UUID>> draftTopics, NotionLinks links) {
        this.topics = topics;
        this.reports = reports;
        this.draftTopics = draftTopics;
        this.links = links;
    }

    /** Every live topic, by id. */
    Map<UUID, TopicSummary> all() {
        Map<UUID, TopicSummary> all = new java.util.LinkedHashMap<>();
        topics.list(TopicFilter.ALL).forEach(t -> all.put(t.id(), t));
        return all;
    }

    TopicSummary get(UUID id) {
        return topics.get(id);
    }

    /** The pages of drafts sent to Notion, by the topic each draft was started from. */
    Map<UUID, String> draftPagesByTopic() {
        Map<UUID, UUID> topicOf = draftTopics.get();
        Map<UUID, String> urls = new HashMap<>();
        links.draftPages().values().forEach(page -> {
            UUID topic = topicOf.get(page.draftId());
            if (topic != null && page.pageUrl() != null) {
                urls.put(topic, page.pageUrl());
            }
        });
        return urls;
    }

    /** The topic as Notion should show it. */
    NotionTopic of(TopicSummary topic, DataSourceSchema schema, Map<UUID, String> draftPages) {
        SourceLabel label = topic.label();
        return new NotionTopic(topic.title(), statusOption(topic.status(), schema), topic.priority(), label.domain(), label.market(),
                label.language(), Math.round(topic.measures().score() * 10) / 10.0, reportText(topic.id(), schema), draftPages.get(topic.id()));
    }

    /** The status column's option for a status: the column's own spelling when it has it. */
    static String statusOption(TopicStatus status, DataSourceSchema schema) {
        DataSourceSchema.Property column = schema.properties().get(NotionTopicProperties.Names.DEFAULT.status());
        if (column != null) {
            for (String option : column.options()) {
                if (option.strip().equalsIgnoreCase(status.name()) || option.strip().equalsIgnoreCase(status.label())) {
                    return option;
                }
            }
        }
        return status.label();
    }

    /** A status as Notion names it, or null for an option the studio has no status for ("Not started"). */
    static TopicStatus status(String option) {
        if (option == null) {
            return null;
        }
        for (TopicStatus status : TopicStatus.values()) {
            if (status.name().equalsIgnoreCase(option.strip())) {
                return status;
            }
        }
        return null;
    }

    /** The current report in a line of text, for a text column only: a URL column stays empty, there is no address to give. */
    private String reportText(UUID topicId, DataSourceSchema schema) {
        if (!"rich_text".equals(schema.typeOf(NotionTopicProperties.Names.DEFAULT.report()))) {
            return null;
        }
        return reports.current(topicId).map(r -> {
            String line = "Report " + r.version() + " (" + r.report().sources().size() + " sources, "
                    + r.createdAt().toString().substring(0, 10) + "): " + Objects.toString(r.report().summary(), "").strip();
            return line.length() <= REPORT_TEXT ? line : line.substring(0, REPORT_TEXT - 1) + "…";
        }).orElse(null);
    }

    /** A topic for a page new to the studio; null when the page has no title to name it by. */
    TopicSummary create(NotionTopic page) {
        if (page.title() == null || page.title().isBlank()) {
            return null;
        }
        TopicSummary topic = topics.create(page.title(), label(page, SourceLabel.NONE));
        apply(topic.id(), page, List.of(NotionTopic.Field.STATUS, NotionTopic.Field.PRIORITY));
        return topics.get(topic.id());
    }

    /** Writes these fields of {@code merged} to the topic; a value the studio cannot take is left out (the next sync puts the studio's back). */
    void apply(UUID id, NotionTopic merged, List<NotionTopic.Field> fields) {
        for (NotionTopic.Field field : fields) {
            try {
                switch (field) {
                    case TITLE -> {
                        if (merged.title() != null) {
                            topics.rename(id, merged.title());
                        }
                    }
                    case STATUS -> {
                        TopicStatus status = status(merged.status());
                        if (status != null) {
                            topics.setStatus(id, status);
                        }
                    }
                    case PRIORITY -> topics.plan(id, topics.get(id).fields().intent(),
                            merged.priority() == null ? null : Math.max(1, Math.min(10, merged.priority())));
                    case DOMAIN, MARKET, LANGUAGE -> topics.relabel(id, label(merged, topics.get(id).label()));
                    default -> { } // the studio's own
                }
            } catch (InvalidInput e) {
                LOG.info("Notion's {} for topic {} was not taken: {}", field.label(), id, e.getMessage());
            }
        }
    }

    private static SourceLabel label(NotionTopic topic, SourceLabel fallback) {
        try {
            return new SourceLabel(topic.domain(), topic.market(), topic.language());
        } catch (InvalidInput e) {
            return fallback;
        }
    }
}
