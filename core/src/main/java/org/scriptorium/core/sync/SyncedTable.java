package org.scriptorium.core.sync;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * A table whose rows sync column by column (decision 18): read and written here in plain JDBC as JSON values, on H2
 * (desktops) and PostgreSQL (the worker) alike. Columns are merged in groups that only make sense together (a post's
 * text and its media; its status, time and result): each group carries one hybrid-clock stamp, like a draft's fields.
 * The bookkeeping columns ({@code id, updated_at, revision, device_id}) are this device's own and never travel.
 *
 * @param textGroup   the group whose edits on two devices are kept side by side until the user chooses (null: none)
 * @param finalColumn a column whose {@code finalValue} makes its group win any merge (null: none)
 * @param children    rows of other tables that belong to this one (a topic's documents, a report's sources): they
 *                    travel inside its record as arrays, and are replaced whole when it is written
 * @param secretPrefix a row's secret in the keychain is this prefix and its id (an AI provider's API key): it travels
 *                     sealed with the sync key, and is compared by a digest under that key (null: none)
 * @param naturalKey   a column that names one live row whatever its id (a price's model prefix): two devices that each
 *                     made one keep the one with the smaller id (null: none)
 */
record SyncedTable(String entity, String table, Map<String, String> groupOf, String textGroup, String finalColumn, String finalValue,
                   List<Child> children, String secretPrefix, String naturalKey) {
    static final String DELETED = "deleted_at";
    private static final List<String> OWN = List.of("id", "updated_at", "revision", "device_id");

    /**
     * A social post: its text (with the job key a new text gets), its plan, its publishing state and its deletion each
     * merge as one. Published is final: a state that says so wins over any later one (the claims already refuse to
     * send it again; this keeps every device showing it).
     */
    static final SyncedTable POSTS = new SyncedTable("social_post", "social_posts", groups(Map.of(
            "text", List.of("body", "media", "first_comment", "idempotency_key", "job_created_at"),
            "plan", List.of("scheduled_at", "planned_zone", "account_id", "draft_id", "created_at"),
            "deleted", List.of(DELETED))), "text", "status", "PUBLISHED", List.of(), null, null);
    /** A publish log entry: written by the one device that held the post's claim, so the whole row is one group. */
    static final SyncedTable ATTEMPTS = new SyncedTable("publish_attempt", "publish_attempts", Map.of(), null, null, null, List.of(), null, null);
    /** A research source: what the user set up merges apart from what polling it found out. */
    static final SyncedTable SOURCES = new SyncedTable("research_source", "research_sources", groups(Map.of(
            "setup", List.of("kind", "url", "feed_url", "title", "label_domain", "label_market", "label_language", "poll_interval_minutes",
                    "enabled", "disabled_reason"),
            "deleted", List.of(DELETED))), null, null, null, List.of(), null, null);
    /** A research document: written once by whichever device fetched it (the same address makes the same id). */
    static final SyncedTable DOCUMENTS = new SyncedTable(SyncService.DOCUMENTS, "research_documents", groups(Map.of(
            "deleted", List.of(DELETED))), null, null, null, List.of(), null, null);
    /** A topic: its place on the board apart from what discovery scored, with its documents. */
    static final SyncedTable TOPICS = new SyncedTable("research_topic", "research_topics", groups(Map.of(
            "board", List.of("title", "status", "origin", "label_domain", "label_market", "label_language", "intent", "priority"),
            "deleted", List.of(DELETED))), null, null, null,
            List.of(new Child("documents", "research_topic_documents", "topic_id", List.of("document_id"), "research_documents", "state")), null, null);
    /** A research report with its numbered sources: written once. */
    static final SyncedTable REPORTS = new SyncedTable("research_report", "research_reports", groups(Map.of(
            "deleted", List.of(DELETED))), null, null, null,
            List.of(new Child("sources", "research_report_sources", "report_id",
                    List.of("number", "document_id", "url", "title", "excerpt", "fetched_at"), null, "state")), null, null);

    /** An AI provider, its API key sealed. */
    static final SyncedTable PROVIDERS = new SyncedTable("ai_provider", "ai_providers", groups(Map.of(
            "deleted", List.of(DELETED))), null, null, null, List.of(), "provider:", null);

    /** An AI call with its cost: every device's calls count against the one monthly budget. */
    static final SyncedTable USAGE = new SyncedTable("ai_usage", "ai_usage", groups(Map.of(
            "deleted", List.of(DELETED))), null, null, null, List.of(), null, null);

    /** A published post's numbers at one moment: written once by the device that took its turn to read them. */
    static final SyncedTable METRICS = new SyncedTable(SyncService.METRICS, "post_metrics", groups(Map.of(
            "deleted", List.of(DELETED))), null, null, null, List.of(), null, null);

    /** The topic a draft was started from: one live row per draft. */
    static final SyncedTable DRAFT_TOPICS = new SyncedTable("draft_topic", "draft_topics", groups(Map.of(
            "deleted", List.of(DELETED))), null, null, null, List.of(), null, "draft_id");

    /** A competitor site the user follows; what each device reads of it stays on that device. */
    static final SyncedTable COMPETITORS = new SyncedTable("competitor", "competitors", groups(Map.of(
            "setup", List.of("name", "url"),
            "deleted", List.of(DELETED))), null, null, null, List.of(), null, null);

    /** A topic's keyword research: one live row per topic, replaced whole by a new run. */
    static final SyncedTable TOPIC_KEYWORDS = new SyncedTable("topic_keywords", "topic_keywords", groups(Map.of(
            "deleted", List.of(DELETED))), null, null, null, List.of(), null, "topic_id");

    /** A topic's Notion page and the fields last synced with it: one live row per topic, so no device makes a second page. */
    static final SyncedTable NOTION_TOPIC_PAGES = new SyncedTable("notion_topic_page", "notion_topic_pages", groups(Map.of(
            "deleted", List.of(DELETED))), null, null, null, List.of(), null, "topic_id");

    /** A draft's search metadata (title ideas, description, slug, keywords): one live row per draft. */
    static final SyncedTable SEO = new SyncedTable("draft_seo", "draft_seo", groups(Map.of(
            "deleted", List.of(DELETED))), null, null, null, List.of(), null, "draft_id");

    /** A price of the AI cost table: one per model prefix, whichever device wrote it. */
    static final SyncedTable PRICES = new SyncedTable("ai_price", "ai_prices", groups(Map.of(
            "deleted", List.of(DELETED))), null, null, null, List.of(), null, "model_prefix");

    /** A draft's image: its bytes travel apart, once, by their hash (see {@link Blobs}). */
    static final SyncedTable IMAGES = new SyncedTable("draft_image", "draft_images", groups(Map.of(
            "deleted", List.of(DELETED))), null, null, null, List.of(), null, null);

    /**
     * Rows of {@code table} whose {@code parentColumn} names a row of this table, kept as the array {@code name} in
     * the group {@code group}. {@code firstColumnIn}: a table the first column must name an existing row of (a child
     * naming a row this device does not have is left out), or null.
     */
    record Child(String name, String table, String parentColumn, List<String> columns, String firstColumnIn, String group) {
    }

    /** The group a column (or a child array) merges in: named ones, else "state" for every other column. */
    String group(String column) {
        for (Child child : children) {
            if (child.name().equals(column)) {
                return child.group();
            }
        }
        return groupOf.getOrDefault(column, "state");
    }

    private static Map<String, String> groups(Map<String, List<String>> groups) {
        Map<String, String> groupOf = new LinkedHashMap<>();
        groups.forEach((group, columns) -> columns.forEach(column -> groupOf.put(column, group)));
        return Map.copyOf(groupOf);
    }

    /** Whether {@code values} hold this table's final value (a published post). */
    boolean isFinal(com.fasterxml.jackson.databind.node.ObjectNode values) {
        return finalColumn != null && finalValue.equals(values.path(finalColumn).asText(null));
    }

    /** A row as this device has it: its synced values, its local revision and when it was last written here. */
    record LocalRow(ObjectNode values, long revision, Instant updatedAt) {
        boolean deleted() {
            return values.hasNonNull(DELETED);
        }
    }

    Optional<LocalRow> find(Connection connection, UUID id) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement("SELECT * FROM " + table + " WHERE id = ?")) {
            query.setObject(1, id);
            try (ResultSet row = query.executeQuery()) {
                if (!row.next()) {
                    return Optional.empty();
                }
                ResultSetMetaData meta = row.getMetaData();
                ObjectNode values = JsonNodeFactory.instance.objectNode();
                long revision = 0;
                Instant updatedAt = null;
                for (int i = 1; i <= meta.getColumnCount(); i++) {
                    String column = meta.getColumnLabel(i).toLowerCase(Locale.ROOT);
                    switch (column) {
                        case "revision" -> revision = row.getLong(i);
                        case "updated_at" -> updatedAt = row.getObject(i, OffsetDateTime.class).toInstant();
                        case "id", "device_id" -> { }
                        default -> values.set(column, read(row, i, Kind.of(meta.getColumnTypeName(i))));
                    }
                }
                for (Child child : children) {
                    values.set(child.name(), readChildren(connection, child, id));
                }
                return Optional.of(new LocalRow(values, revision, updatedAt));
            }
        }
    }

    /**
     * Writes a row's synced values (inserting it when new) as a change made here now; returns its new local revision.
     * Columns this version does not have (from a newer one) are left out.
     */
    long write(Connection connection, UUID id, ObjectNode values, Instant now, UUID device) throws SQLException {
        Map<String, Column> columns = columns(connection);
        List<String> names = new ArrayList<>();
        values.fieldNames().forEachRemaining(name -> {
            if (columns.containsKey(name) && !OWN.contains(name)) {
                names.add(name);
            }
        });
        Optional<LocalRow> existing = find(connection, id);
        long revision = existing.map(LocalRow::revision).orElse(0L);
        boolean insert = existing.isEmpty();
        String sql;
        if (insert) {
            sql = "INSERT INTO " + table + " (" + String.join(", ", names) + ", id, updated_at, revision, device_id) VALUES ("
                    + "?, ".repeat(names.size()) + "?, ?, ?, ?)";
        } else {
            sql = "UPDATE " + table + " SET " + String.join(", ", names.stream().map(name -> name + " = ?").toList())
                    + (names.isEmpty() ? "" : ", ") + "updated_at = ?, revision = ?, device_id = ? WHERE id = ?";
        }
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            int index = 1;
            for (String name : names) {
                bind(statement, index++, columns.get(name), values.get(name));
            }
            if (insert) {
                statement.setObject(index++, id);
            }
            statement.setObject(index++, OffsetDateTime.ofInstant(now, ZoneOffset.UTC));
            statement.setLong(index++, revision + 1);
            statement.setObject(index++, device);
            if (!insert) {
                statement.setObject(index, id);
            }
            statement.executeUpdate();
        }
        for (Child child : children) {
            if (values.has(child.name())) {
                writeChildren(connection, child, id, values.get(child.name()));
            }
        }
        return revision + 1;
    }

    private static com.fasterxml.jackson.databind.node.ArrayNode readChildren(Connection connection, Child child, UUID parent) throws SQLException {
        com.fasterxml.jackson.databind.node.ArrayNode rows = JsonNodeFactory.instance.arrayNode();
        try (PreparedStatement query = connection.prepareStatement("SELECT " + String.join(", ", child.columns()) + " FROM " + child.table()
                + " WHERE " + child.parentColumn() + " = ? ORDER BY " + String.join(", ", child.columns()))) {
            query.setObject(1, parent);
            try (ResultSet row = query.executeQuery()) {
                ResultSetMetaData meta = row.getMetaData();
                while (row.next()) {
                    ObjectNode values = rows.addObject();
                    for (int i = 1; i <= meta.getColumnCount(); i++) {
                        values.set(meta.getColumnLabel(i).toLowerCase(Locale.ROOT), read(row, i, Kind.of(meta.getColumnTypeName(i))));
                    }
                }
            }
        }
        return rows;
    }

    private static void writeChildren(Connection connection, Child child, UUID parent, JsonNode rows) throws SQLException {
        try (PreparedStatement delete = connection.prepareStatement("DELETE FROM " + child.table() + " WHERE " + child.parentColumn() + " = ?")) {
            delete.setObject(1, parent);
            delete.executeUpdate();
        }
        Map<String, Column> columns = new LinkedHashMap<>();
        try (PreparedStatement query = connection.prepareStatement("SELECT " + String.join(", ", child.columns()) + " FROM " + child.table() + " WHERE 1 = 0");
             ResultSet empty = query.executeQuery()) {
            ResultSetMetaData meta = empty.getMetaData();
            for (int i = 1; i <= meta.getColumnCount(); i++) {
                String name = meta.getColumnLabel(i).toLowerCase(Locale.ROOT);
                columns.put(name, new Column(name, Kind.of(meta.getColumnTypeName(i)), meta.getColumnType(i)));
            }
        }
        String insert = "INSERT INTO " + child.table() + " (" + child.parentColumn() + ", " + String.join(", ", child.columns()) + ") VALUES (?"
                + ", ?".repeat(child.columns().size()) + ")";
        for (JsonNode row : rows) {
            if (child.firstColumnIn() != null && !exists(connection, child.firstColumnIn(), row.path(child.columns().getFirst()).asText(null))) {
                continue;
            }
            try (PreparedStatement statement = connection.prepareStatement(insert)) {
                statement.setObject(1, parent);
                int index = 2;
                for (String column : child.columns()) {
                    bind(statement, index++, columns.get(column), row.get(column));
                }
                statement.executeUpdate();
            }
        }
    }

    private static boolean exists(Connection connection, String table, String id) throws SQLException {
        if (id == null) {
            return false;
        }
        try (PreparedStatement query = connection.prepareStatement("SELECT 1 FROM " + table + " WHERE id = ?")) {
            query.setObject(1, UUID.fromString(id));
            try (ResultSet row = query.executeQuery()) {
                return row.next();
            }
        }
    }

    private record Column(String name, Kind kind, int sqlType) {
    }

    private Map<String, Column> columns(Connection connection) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement("SELECT * FROM " + table + " WHERE 1 = 0");
             ResultSet empty = query.executeQuery()) {
            ResultSetMetaData meta = empty.getMetaData();
            Map<String, Column> columns = new LinkedHashMap<>();
            for (int i = 1; i <= meta.getColumnCount(); i++) {
                String name = meta.getColumnLabel(i).toLowerCase(Locale.ROOT);
                columns.put(name, new Column(name, Kind.of(meta.getColumnTypeName(i)), meta.getColumnType(i)));
            }
            return columns;
        }
    }

    /** How a column's values are read and written: by its SQL type's name, as H2 and PostgreSQL spell them. */
    private enum Kind {
        UUID, INSTANT, DATE, BOOLEAN, LONG, DOUBLE, BYTES, TEXT;

        static Kind of(String typeName) {
            String type = typeName.toLowerCase(Locale.ROOT);
            if (type.equals("uuid")) {
                return UUID;
            } else if (type.startsWith("timestamp")) {
                return INSTANT;
            } else if (type.equals("date")) {
                return DATE;
            } else if (type.startsWith("bool")) {
                return BOOLEAN;
            } else if (List.of("bigint", "int8", "integer", "int4", "int", "smallint", "int2", "tinyint").contains(type)) {
                return LONG;
            } else if (List.of("double precision", "double", "float8", "real", "float4", "float", "numeric", "decimal").contains(type)) {
                return DOUBLE;
            } else if (List.of("bytea", "binary varying", "varbinary", "blob", "binary large object", "binary").contains(type)) {
                return BYTES;
            }
            return TEXT;
        }
    }

    private static JsonNode read(ResultSet row, int index, Kind kind) throws SQLException {
        JsonNodeFactory json = JsonNodeFactory.instance;
        Object value = switch (kind) {
            case UUID -> row.getObject(index, java.util.UUID.class);
            case INSTANT -> Optional.ofNullable(row.getObject(index, OffsetDateTime.class)).map(OffsetDateTime::toInstant).orElse(null);
            case DATE -> row.getObject(index, LocalDate.class);
            case BOOLEAN -> row.getBoolean(index);
            case LONG -> row.getLong(index);
            case DOUBLE -> row.getDouble(index);
            case BYTES -> row.getBytes(index);
            case TEXT -> row.getString(index);
        };
        if (value == null || row.wasNull()) {
            return json.nullNode();
        }
        return switch (value) {
            case Boolean b -> json.booleanNode(b);
            case Long l -> json.numberNode(l);
            case Double d -> json.numberNode(d);
            case byte[] bytes -> json.textNode(Base64.getEncoder().encodeToString(bytes));
            default -> json.textNode(value.toString());
        };
    }

    private static void bind(PreparedStatement statement, int index, Column column, JsonNode value) throws SQLException {
        if (value == null || value.isNull()) {
            statement.setNull(index, column.sqlType());
            return;
        }
        switch (column.kind()) {
            case UUID -> statement.setObject(index, java.util.UUID.fromString(value.asText()));
            case INSTANT -> statement.setObject(index, OffsetDateTime.ofInstant(Instant.parse(value.asText()), ZoneOffset.UTC));
            case DATE -> statement.setObject(index, LocalDate.parse(value.asText()));
            case BOOLEAN -> statement.setBoolean(index, value.asBoolean());
            case LONG -> statement.setLong(index, value.asLong());
            case DOUBLE -> statement.setDouble(index, value.asDouble());
            case BYTES -> statement.setBytes(index, Base64.getDecoder().decode(value.asText()));
            case TEXT -> statement.setString(index, value.asText());
        }
    }
}
