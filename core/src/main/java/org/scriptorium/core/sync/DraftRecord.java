package org.scriptorium.core.sync;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.scriptorium.core.drafts.DraftStatus;
import org.scriptorium.core.drafts.SyncedDraft;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

/**
 * A draft as the hub stores it: its fields, and for each field the hybrid-clock stamp of its last change, which
 * decides between two devices that changed the same field (the body is merged by text, not by stamp).
 */
record DraftRecord(SyncedDraft draft, Map<String, String> clocks) {
    static final String ENTITY = "draft";
    static final List<String> FIELDS = List.of("title", "body", "status", "tags", "trashedAt", "plannedOn", "deletedAt");
    private static final ObjectMapper JSON = new ObjectMapper();

    DraftRecord {
        clocks = new TreeMap<>(clocks);
    }

    /** The value of one field, as compared between versions. */
    Object field(String name) {
        return switch (name) {
            case "title" -> draft.title();
            case "body" -> draft.body();
            case "status" -> draft.status();
            case "tags" -> draft.tags().stream().map(t -> t.toLowerCase(java.util.Locale.ROOT)).toList();
            case "trashedAt" -> draft.trashedAt();
            case "plannedOn" -> draft.plannedOn();
            case "deletedAt" -> draft.deletedAt();
            default -> throw new IllegalArgumentException(name);
        };
    }

    String clock(String field) {
        return clocks.getOrDefault(field, "");
    }

    String json() {
        ObjectNode node = JSON.createObjectNode();
        node.put("id", draft.id().toString());
        node.put("title", draft.title());
        node.put("body", draft.body());
        node.put("status", draft.status().name());
        ArrayNode tags = node.putArray("tags");
        draft.tags().forEach(tags::add);
        node.put("trashedAt", draft.trashedAt() == null ? null : draft.trashedAt().toString());
        node.put("plannedOn", draft.plannedOn() == null ? null : draft.plannedOn().toString());
        node.put("createdAt", draft.createdAt().toString());
        node.put("deletedAt", draft.deletedAt() == null ? null : draft.deletedAt().toString());
        ObjectNode stamps = node.putObject("clocks");
        clocks.forEach(stamps::put);
        return node.toString();
    }

    static DraftRecord parse(String json) {
        try {
            JsonNode node = JSON.readTree(json);
            List<String> tags = new ArrayList<>();
            node.path("tags").forEach(tag -> tags.add(tag.asText()));
            Map<String, String> clocks = new TreeMap<>();
            node.path("clocks").properties().forEach(entry -> clocks.put(entry.getKey(), entry.getValue().asText()));
            SyncedDraft draft = new SyncedDraft(UUID.fromString(node.get("id").asText()), node.get("title").asText(), node.get("body").asText(),
                    DraftStatus.valueOf(node.get("status").asText()), tags, instant(node.get("trashedAt")), date(node.get("plannedOn")),
                    Instant.parse(node.get("createdAt").asText()), instant(node.get("deletedAt")));
            return new DraftRecord(draft, clocks);
        } catch (java.io.IOException | RuntimeException e) {
            throw new SyncFailure(SyncFailure.Kind.HUB_ERROR, "A draft on the sync server could not be read: " + e.getMessage(), e);
        }
    }

    private static Instant instant(JsonNode node) {
        return node == null || node.isNull() ? null : Instant.parse(node.asText());
    }

    private static LocalDate date(JsonNode node) {
        return node == null || node.isNull() ? null : LocalDate.parse(node.asText());
    }
}
