package org.scriptorium.core.sync;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.UUID;

/**
 * A row of a {@link SyncedTable} as the hub stores it: its synced column values, and for each of its table's column
 * groups the hybrid-clock stamp of the group's last change; for a row with a secret, the secret sealed.
 */
record RowRecord(UUID id, ObjectNode values, Map<String, String> clocks, String sealed) {
    private static final ObjectMapper JSON = new ObjectMapper();

    RowRecord {
        clocks = new TreeMap<>(clocks);
    }

    RowRecord(UUID id, ObjectNode values, Map<String, String> clocks) {
        this(id, values, clocks, null);
    }

    /** The same record carrying a secret sealed with the sync key (compared by its digest among the values, never itself). */
    RowRecord withSealed(String sealedSecret) {
        return new RowRecord(id, values, clocks, sealedSecret);
    }

    String clock(String group) {
        return clocks.getOrDefault(group, "");
    }

    /** The values of one group's columns, as compared between versions. */
    ObjectNode group(SyncedTable table, String group) {
        ObjectNode part = JSON.createObjectNode();
        values.properties().forEach(entry -> {
            if (table.group(entry.getKey()).equals(group)) {
                part.set(entry.getKey(), entry.getValue());
            }
        });
        return part;
    }

    /** Every group either version has a column in. */
    static TreeSet<String> groups(SyncedTable table, RowRecord... records) {
        TreeSet<String> groups = new TreeSet<>();
        for (RowRecord record : records) {
            if (record != null) {
                record.values.fieldNames().forEachRemaining(column -> groups.add(table.group(column)));
            }
        }
        return groups;
    }

    /** This device's record: groups unchanged since {@code base} keep its stamps, changed ones get this device's. */
    static RowRecord local(SyncedTable table, UUID id, ObjectNode values, Instant changedAt, RowRecord base, UUID device) {
        RowRecord probe = new RowRecord(id, values, Map.of());
        Map<String, String> clocks = new TreeMap<>();
        for (String group : groups(table, probe, base)) {
            String baseStamp = base == null ? null : base.clocks.get(group);
            boolean changed = base == null || !Objects.equals(probe.group(table, group), base.group(table, group));
            clocks.put(group, changed || baseStamp == null ? DraftMerge.localStamp(baseStamp, changedAt, device) : baseStamp);
        }
        return new RowRecord(id, values, clocks);
    }

    String json() {
        ObjectNode node = JSON.createObjectNode();
        node.put("id", id.toString());
        node.set("values", values);
        ObjectNode stamps = node.putObject("clocks");
        clocks.forEach(stamps::put);
        if (sealed != null) {
            node.put("sealed", sealed);
        }
        return node.toString();
    }

    static RowRecord parse(String json) {
        try {
            JsonNode node = JSON.readTree(json);
            Map<String, String> clocks = new TreeMap<>();
            node.path("clocks").properties().forEach(entry -> clocks.put(entry.getKey(), entry.getValue().asText()));
            return new RowRecord(UUID.fromString(node.get("id").asText()), (ObjectNode) node.get("values"), clocks,
                    node.hasNonNull("sealed") ? node.get("sealed").asText() : null);
        } catch (java.io.IOException | RuntimeException e) {
            throw new SyncFailure(SyncFailure.Kind.HUB_ERROR, "A record on the sync server could not be read: " + e.getMessage(), e);
        }
    }
}
