package org.scriptorium.core.sync;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.scriptorium.core.drafts.RevisionReason;
import org.scriptorium.core.drafts.SyncedRevision;

import java.time.Instant;
import java.util.UUID;

/** A saved revision as the hub stores it. Revisions never change, so they never conflict. */
final class RevisionRecord {
    static final String ENTITY = "draft_revision";
    private static final ObjectMapper JSON = new ObjectMapper();

    private RevisionRecord() {
    }

    static String json(SyncedRevision revision) {
        ObjectNode node = JSON.createObjectNode();
        node.put("id", revision.id().toString());
        node.put("draftId", revision.draftId().toString());
        node.put("title", revision.title());
        node.put("body", revision.body());
        node.put("reason", revision.reason().name());
        node.put("createdAt", revision.createdAt().toString());
        return node.toString();
    }

    static SyncedRevision parse(String json) {
        try {
            JsonNode node = JSON.readTree(json);
            return new SyncedRevision(UUID.fromString(node.get("id").asText()), UUID.fromString(node.get("draftId").asText()),
                    node.get("title").asText(), node.get("body").asText(), RevisionReason.valueOf(node.get("reason").asText()),
                    Instant.parse(node.get("createdAt").asText()));
        } catch (java.io.IOException | RuntimeException e) {
            throw new SyncFailure(SyncFailure.Kind.HUB_ERROR, "A revision on the sync server could not be read: " + e.getMessage(), e);
        }
    }
}
