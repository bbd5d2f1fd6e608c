package org.scriptorium.core.notion;

import java.util.EnumMap;
import java.util.Map;
import java.util.function.Function;

/** A research topic as it is kept in a Notion database; any field may be empty (null). */
public record NotionTopic(String title, String status, Integer priority, String domain, String market, String language, Double score,
                          String reportUrl, String draftUrl) {

    /** The topic's fields, one by one, for what treats them alike (merging, mapping to properties). */
    public enum Field {
        TITLE("title", NotionTopic::title),
        STATUS("status", NotionTopic::status),
        PRIORITY("priority", NotionTopic::priority),
        DOMAIN("domain", NotionTopic::domain),
        MARKET("market", NotionTopic::market),
        LANGUAGE("language", NotionTopic::language),
        SCORE("score", NotionTopic::score),
        REPORT_URL("report URL", NotionTopic::reportUrl),
        DRAFT_URL("draft URL", NotionTopic::draftUrl);

        private final String label;
        private final Function<NotionTopic, Object> value;

        Field(String label, Function<NotionTopic, Object> value) {
            this.label = label;
            this.value = value;
        }

        /** The field's name as a user reads it. */
        public String label() {
            return label;
        }

        /** The field's value in {@code topic}, a blank text counting as empty (null). */
        public Object of(NotionTopic topic) {
            Object v = value.apply(topic);
            return v instanceof String text && text.isBlank() ? null : v;
        }
    }

    /** A topic from values by field; a missing field is empty. */
    public static NotionTopic of(Map<Field, ?> values) {
        Map<Field, Object> v = new EnumMap<>(Field.class);
        values.forEach((field, value) -> {
            if (value != null) {
                v.put(field, value);
            }
        });
        return new NotionTopic((String) v.get(Field.TITLE), (String) v.get(Field.STATUS), (Integer) v.get(Field.PRIORITY),
                (String) v.get(Field.DOMAIN), (String) v.get(Field.MARKET), (String) v.get(Field.LANGUAGE), (Double) v.get(Field.SCORE),
                (String) v.get(Field.REPORT_URL), (String) v.get(Field.DRAFT_URL));
    }

    /** The topic's values by field. */
    public Map<Field, Object> values() {
        Map<Field, Object> values = new EnumMap<>(Field.class);
        for (Field field : Field.values()) {
            values.put(field, field.of(this));
        }
        return values;
    }
}
