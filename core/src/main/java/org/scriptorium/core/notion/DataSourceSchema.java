package org.scriptorium.core.notion;

import java.util.List;
import java.util.Map;

/** A data source's columns, by name as the user sees them in Notion. */
public record DataSourceSchema(String id, String name, Map<String, Property> properties) {
    public DataSourceSchema {
        properties = Map.copyOf(properties);
    }

    /** One column: Notion's id for it, its type ({@code title}, {@code select}, {@code status}, …) and, for choices, the options. */
    public record Property(String id, String type, List<String> options) {
        public Property {
            options = List.copyOf(options);
        }
    }

    /** The column's type, or null when the data source has no column of that name. */
    public String typeOf(String propertyName) {
        Property property = properties.get(propertyName);
        return property == null ? null : property.type();
    }
}
