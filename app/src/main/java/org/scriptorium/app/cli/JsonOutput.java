package org.scriptorium.app.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.scriptorium.core.drafts.DraftDocument;
import org.scriptorium.core.drafts.DraftSummary;
import org.scriptorium.core.drafts.RevisionSummary;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Collection;
import java.util.Locale;
import java.util.UUID;
import java.util.function.Function;

/** The JSON the CLI prints: field names and value forms (lower-case words, ISO-8601 UTC instants) are a contract. */
final class JsonOutput {
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final DefaultPrettyPrinter PRETTY = new DefaultPrettyPrinter()
            .withSeparators(Separators.createDefaultInstance()
                    .withObjectFieldValueSpacing(Separators.Spacing.AFTER)
                    .withObjectEmptySeparator("")
                    .withArrayEmptySeparator(""));

    static {
        PRETTY.indentArraysWith(DefaultIndenter.SYSTEM_LINEFEED_INSTANCE);
    }

    private JsonOutput() {
    }

    static ObjectNode object() {
        return MAPPER.createObjectNode();
    }

    static ObjectNode draft(DraftDocument draft, boolean withBody) {
        ObjectNode node = summary(draft.summary());
        if (withBody) {
            node.put("body", draft.body());
        }
        return node;
    }

    static ObjectNode summary(DraftSummary draft) {
        ObjectNode node = object();
        node.put("id", draft.id().toString());
        node.put("title", draft.title());
        node.put("status", draft.status().label());
        ArrayNode tags = node.putArray("tags");
        draft.tags().forEach(tags::add);
        node.put("wordCount", draft.wordCount());
        node.put("readingMinutes", draft.readingMinutes());
        node.put("createdAt", instant(draft.createdAt()));
        node.put("updatedAt", instant(draft.updatedAt()));
        node.put("trashed", draft.trashed());
        node.put("trashedAt", instant(draft.trashedAt()));
        node.put("plannedOn", draft.plannedOn() == null ? null : draft.plannedOn().toString());
        return node;
    }

    static ObjectNode revision(RevisionSummary revision) {
        ObjectNode node = object();
        node.put("id", revision.id().toString());
        node.put("draftId", revision.draftId().toString());
        node.put("title", revision.title());
        node.put("wordCount", revision.wordCount());
        node.put("reason", revision.reason().name().toLowerCase(Locale.ROOT));
        node.put("createdAt", instant(revision.createdAt()));
        return node;
    }

    /** One entry of an import or export report. */
    static ObjectNode transfer(Path file, UUID id, String title, String outcome) {
        ObjectNode node = object();
        node.put("file", file.toString());
        node.put("id", id.toString());
        node.put("title", title);
        node.put("outcome", outcome);
        return node;
    }

    static <T> ArrayNode array(Collection<T> items, Function<T, ? extends JsonNode> toNode) {
        ArrayNode array = MAPPER.createArrayNode();
        items.forEach(item -> array.add(toNode.apply(item)));
        return array;
    }

    static void print(PrintWriter out, JsonNode node) {
        try {
            out.println(MAPPER.writer(PRETTY).writeValueAsString(node));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("JSON output could not be written", e);
        }
    }

    private static String instant(Instant instant) {
        return instant == null ? null : instant.toString();
    }
}
