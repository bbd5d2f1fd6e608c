package org.scriptorium.core.research.text;

import java.util.List;

/** Documents about one story, in input order, with a short name, its keywords and the names it mentions. */
public record TopicCluster<K>(List<K> members, String name, List<String> keywords, List<String> entities) {
    public TopicCluster {
        members = List.copyOf(members);
        keywords = List.copyOf(keywords);
        entities = List.copyOf(entities);
    }
}
