package org.scriptorium.core.notion;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/**
 * A {@link NotionTopic} as a Notion page's properties and back, by column name, writing each field the way the data
 * source's column takes it (a select, a status, text, a number, a URL). A column the data source lacks is not written;
 * a page missing a property, or with it empty, reads as an empty field.
 */
public final class NotionTopicProperties {
    /** Notion refuses commas in a select option and names longer than 100 characters. */
    private static final int MAX_OPTION = 100;
    private static final int MAX_URL = 2000;
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    /** The column names used for each field. */
    public record Names(String title, String status, String priority, String domain, String market, String language, String score,
                        String report, String draft) {
        public static final Names DEFAULT = new Names("Name", "Status", "Priority", "Domain", "Market", "Language", "Score", "Report", "Draft");

        String of(NotionTopic.Field field) {
            return switch (field) {
                case TITLE -> title;
                case STATUS -> status;
                case PRIORITY -> priority;
                case DOMAIN -> domain;
                case MARKET -> market;
                case LANGUAGE -> language;
                case SCORE -> score;
                case REPORT_URL -> report;
                case DRAFT_URL -> draft;
            };
        }
    }

    private final DataSourceSchema schema;
    private final Names names;

    public NotionTopicProperties(DataSourceSchema schema) {
        this(schema, Names.DEFAULT);
    }

    public NotionTopicProperties(DataSourceSchema schema, Names names) {
        this.schema = schema;
        this.names = names;
    }

    /** Every field of the topic as properties to create a page with. */
    public ObjectNode properties(NotionTopic topic) {
        return properties(topic, EnumSet.allOf(NotionTopic.Field.class));
    }

    /** Only these fields, to update a page without touching the rest. */
    public ObjectNode properties(NotionTopic topic, Set<NotionTopic.Field> fields) {
        ObjectNode properties = NODES.objectNode();
        for (NotionTopic.Field field : fields) {
            String column = column(field);
            String type = column == null ? null : schema.typeOf(column);
            ObjectNode value = type == null ? null : value(type, field.of(topic));
            if (value != null) {
                properties.set(column, value);
            }
        }
        return properties;
    }

    /** The topic as Notion will hold it once written: what the data source cannot take is empty, options without commas. */
    public NotionTopic asWritten(NotionTopic topic) {
        ObjectNode properties = properties(topic);
        properties.properties().forEach(entry -> ((ObjectNode) entry.getValue()).put("type", schema.typeOf(entry.getKey())));
        return read(properties);
    }

    /** A page's topic (a page as Notion answers it, or its {@code properties}). */
    public NotionTopic read(JsonNode page) {
        JsonNode properties = page.has("properties") ? page.path("properties") : page;
        Map<NotionTopic.Field, Object> values = new EnumMap<>(NotionTopic.Field.class);
        for (NotionTopic.Field field : NotionTopic.Field.values()) {
            JsonNode property = properties.path(names.of(field));
            if (field == NotionTopic.Field.TITLE && property.isMissingNode()) {
                property = titleProperty(properties);
            }
            Object value = valueOf(property);
            values.put(field, switch (field) {
                case PRIORITY -> value instanceof Double number && Double.isFinite(number) ? (Object) (int) Math.round(number) : null;
                case SCORE -> value instanceof Double number && Double.isFinite(number) ? number : null;
                default -> value instanceof String ? value : null; // a number where text was expected says nothing of the topic
            });
        }
        return NotionTopic.of(values);
    }

    /** The column a field goes to; the title goes to the data source's title column whatever it is called. */
    private String column(NotionTopic.Field field) {
        String name = names.of(field);
        if (field == NotionTopic.Field.TITLE && !"title".equals(schema.typeOf(name))) {
            return schema.properties().entrySet().stream().filter(e -> e.getValue().type().equals("title")).map(Map.Entry::getKey)
                    .findFirst().orElse(null);
        }
        return name;
    }

    private static JsonNode titleProperty(JsonNode properties) {
        for (JsonNode property : properties) {
            if (property.path("type").asText().equals("title")) {
                return property;
            }
        }
        return NODES.missingNode();
    }

    /** The property value for a column of {@code type}, or null when such a column cannot hold the value. */
    private static ObjectNode value(String type, Object value) {
        ObjectNode property = NODES.objectNode();
        switch (type) {
            case "title", "rich_text" -> property.putArray(type).addAll(RichText.plain(value == null ? "" : value.toString()).groups().getFirst());
            case "select" -> {
                if (value == null) {
                    property.putNull("select");
                } else {
                    property.putObject("select").put("name", option(value.toString()));
                }
            }
            case "multi_select" -> {
                var options = property.putArray("multi_select");
                if (value != null) {
                    options.addObject().put("name", option(value.toString()));
                }
            }
            case "status" -> {
                if (value == null) {
                    return null; // a status is always one of the column's options; empty is not one
                }
                property.putObject("status").put("name", option(value.toString()));
            }
            case "number" -> {
                if (value instanceof Integer number) {
                    property.put("number", number);
                } else if (value instanceof Double number && Double.isFinite(number)) {
                    property.put("number", number);
                } else if (value == null) {
                    property.putNull("number");
                } else {
                    return null;
                }
            }
            case "url" -> {
                if (value == null) {
                    property.putNull("url");
                } else if (value.toString().length() <= MAX_URL) {
                    property.put("url", value.toString());
                } else {
                    return null;
                }
            }
            default -> {
                return null;
            }
        }
        return property;
    }

    private static String option(String name) {
        String clean = name.replace(',', ';').strip();
        return clean.length() <= MAX_OPTION ? clean : clean.substring(0, MAX_OPTION).strip();
    }

    /** A property's value as Notion answers it: text, a number, or null. */
    private static Object valueOf(JsonNode property) {
        String type = property.path("type").asText("");
        JsonNode value = property.path(type);
        return switch (type) {
            case "title", "rich_text" -> {
                StringBuilder text = new StringBuilder();
                value.forEach(item -> text.append(item.path("plain_text").asText(item.path("text").path("content").asText(""))));
                yield text.isEmpty() ? null : text.toString();
            }
            case "select", "status" -> value.path("name").isTextual() ? value.path("name").asText() : null;
            case "multi_select" -> {
                StringBuilder names = new StringBuilder();
                value.forEach(option -> names.append(names.isEmpty() ? "" : ", ").append(option.path("name").asText("")));
                yield names.isEmpty() ? null : names.toString();
            }
            case "number" -> value.isNumber() ? value.asDouble() : null;
            case "url" -> value.isTextual() ? value.asText() : null;
            default -> null;
        };
    }
}
