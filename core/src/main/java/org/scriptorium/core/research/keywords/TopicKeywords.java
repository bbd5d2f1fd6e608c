package org.scriptorium.core.research.keywords;

import org.scriptorium.core.research.topics.SearchIntent;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * A topic's keywords as last researched: best first (demand, then the easier), with the seeds asked and what went
 * wrong on the way.
 */
public record TopicKeywords(UUID topicId, String market, Instant researchedAt, List<String> seeds, List<Keyword> keywords,
                            List<String> problems) {
    /** Clusters in the order of their best keyword, each with its keywords. */
    public Map<String, List<Keyword>> clusters() {
        Map<String, List<Keyword>> clusters = new LinkedHashMap<>();
        keywords.forEach(k -> clusters.computeIfAbsent(k.cluster(), c -> new java.util.ArrayList<>()).add(k));
        return clusters;
    }

    /** The questions people ask, most asked first. */
    public List<Keyword> questions() {
        return keywords.stream().filter(k -> k.kind().equals("question")).toList();
    }

    /** The most common intent among the keywords, weighted by demand; informational when there are none. */
    public SearchIntent mainIntent() {
        Map<SearchIntent, Integer> weight = new LinkedHashMap<>();
        keywords.forEach(k -> weight.merge(k.intent(), Math.max(1, k.demand()), Integer::sum));
        return weight.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse(SearchIntent.INFORMATIONAL);
    }
}
