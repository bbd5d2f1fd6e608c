package org.scriptorium.app.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.scriptorium.core.research.documents.DocumentSummary;
import org.scriptorium.core.research.reports.ReportSource;
import org.scriptorium.core.research.reports.StoredReport;
import org.scriptorium.core.research.sources.PollInterval;
import org.scriptorium.core.research.sources.PollResult;
import org.scriptorium.core.research.sources.SourceLabel;
import org.scriptorium.core.research.sources.SourceSummary;
import org.scriptorium.core.research.topics.TopicSummary;

import java.time.Instant;
import java.util.List;
import java.util.Locale;

/** The JSON of the research commands; like the drafts', its field names and value forms are a contract. */
final class ResearchJson {
    private ResearchJson() {
    }

    static ObjectNode source(SourceSummary s) {
        ObjectNode node = JsonOutput.object();
        node.put("id", s.id().toString());
        node.put("kind", s.kind().cliName());
        node.put("url", s.url());
        node.put("feedUrl", s.feedUrl());
        node.put("title", s.title());
        label(node, s.label());
        node.put("interval", PollInterval.format(s.pollIntervalMinutes()));
        node.put("enabled", s.enabled());
        node.put("disabledReason", s.disabledReason());
        node.put("documents", s.documentCount());
        ObjectNode health = node.putObject("health");
        health.put("lastPolledAt", instant(s.health().lastPolledAt()));
        health.put("lastSuccessAt", instant(s.health().lastSuccessAt()));
        health.put("successes", s.health().successCount());
        health.put("failures", s.health().failureCount());
        health.put("lastError", s.health().lastError());
        health.put("retryAfter", instant(s.health().retryAfter()));
        return node;
    }

    static ObjectNode poll(PollResult r) {
        ObjectNode node = JsonOutput.object();
        node.put("sourceId", r.sourceId().toString());
        node.put("title", r.title());
        node.put("status", r.status().name().toLowerCase(Locale.ROOT).replace('_', '-'));
        node.put("new", r.added());
        node.put("duplicate", r.duplicates());
        node.put("nearDuplicate", r.nearDuplicates());
        node.put("failed", r.failed());
        node.put("error", r.error());
        return node;
    }

    static ObjectNode document(DocumentSummary d) {
        ObjectNode node = JsonOutput.object();
        node.put("id", d.id().toString());
        node.put("title", d.title());
        node.put("url", d.url());
        node.put("sourceId", d.sourceId() == null ? null : d.sourceId().toString());
        node.put("author", d.author());
        node.put("publishedAt", instant(d.publishedAt()));
        node.put("fetchedAt", instant(d.fetchedAt()));
        node.put("summary", d.summary());
        node.put("language", d.language());
        if (d.points() != null) {
            node.put("points", d.points());
        }
        if (d.comments() != null) {
            node.put("comments", d.comments());
        }
        node.put("nearDuplicateOf", d.nearDuplicateOf() == null ? null : d.nearDuplicateOf().toString());
        return node;
    }

    static ObjectNode topic(TopicSummary t) {
        ObjectNode node = JsonOutput.object();
        node.put("id", t.id().toString());
        node.put("title", t.title());
        node.put("status", t.status().name().toLowerCase(Locale.ROOT));
        node.put("origin", t.origin().name().toLowerCase(Locale.ROOT));
        node.put("score", t.measures().score());
        node.put("freshness", round(t.measures().freshness()));
        node.put("sources", t.measures().sourceCount());
        node.put("engagement", t.measures().engagement());
        node.put("growth", round(t.measures().growth()));
        node.put("documents", t.measures().documentCount());
        node.put("latestDocumentAt", instant(t.measures().latestDocumentAt()));
        // The score's parts, strongest first, as the topic page says them.
        var why = node.putArray("scoreParts");
        t.measures().why().forEach(part -> why.addObject().put("what", part.what()).put("points", round(part.points())));
        strings(node.putArray("keywords"), t.keywords());
        strings(node.putArray("entities"), t.entities());
        label(node, t.label());
        // The plan's fields: priority as set (null: not set) and as it stands (set, else suggested).
        node.put("intent", t.fields().intent() == null ? null : t.fields().intent().name().toLowerCase(Locale.ROOT));
        node.put("priority", t.priority());
        node.put("prioritySet", t.fields().priority());
        node.put("trendingPercent", t.fields().trending());
        node.put("demand", t.fields().demand());
        node.put("createdAt", instant(t.createdAt()));
        node.put("updatedAt", instant(t.updatedAt()));
        return node;
    }

    static ObjectNode report(StoredReport r) {
        ObjectNode node = JsonOutput.object();
        node.put("id", r.id().toString());
        node.put("topicId", r.topicId().toString());
        node.put("version", r.version());
        node.put("synthesizer", r.synthesizer());
        node.put("createdAt", instant(r.createdAt()));
        node.put("summary", r.report().summary());
        strings(node.putArray("keyPoints"), r.report().keyPoints());
        strings(node.putArray("openQuestions"), r.report().openQuestions());
        ArrayNode sources = node.putArray("sources");
        for (ReportSource s : r.report().sources()) {
            ObjectNode source = sources.addObject();
            source.put("number", s.number());
            source.put("title", s.title());
            source.put("url", s.url());
            source.put("documentId", s.documentId() == null ? null : s.documentId().toString());
            source.put("excerpt", s.excerpt());
            source.put("fetchedAt", instant(s.fetchedAt()));
        }
        node.put("markdown", r.report().toMarkdown());
        return node;
    }

    private static void label(ObjectNode node, SourceLabel label) {
        ObjectNode l = node.putObject("label");
        l.put("domain", label.domain());
        l.put("market", label.market());
        l.put("language", label.language());
    }

    private static void strings(ArrayNode array, List<String> values) {
        values.forEach(array::add);
    }

    private static double round(double value) {
        return Math.round(value * 1000) / 1000.0;
    }

    private static String instant(Instant instant) {
        return instant == null ? null : instant.toString();
    }
}
