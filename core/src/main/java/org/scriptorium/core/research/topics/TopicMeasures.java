package org.scriptorium.core.research.topics;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * How promising a topic looks. Score is 0–100 from freshness (0–1, newest document's age), independent
 * sources, engagement (points and comments) and growth since the last discovery (new documents / old).
 */
public record TopicMeasures(double score, double freshness, int sourceCount, int engagement, double growth,
                            int documentCount, Instant latestDocumentAt, Instant discoveredAt) {
    public static final TopicMeasures NONE = new TopicMeasures(0, 0, 0, 0, 0, 0, null, null);

    /** One part of the score, in points, and what earned it ("newest 3 hours old"). */
    public record Part(String what, double points) {
    }

    /** The four parts of a score, each at most its weight: freshness 35, sources 30, engagement 20, growth 15. */
    static List<Part> parts(double freshness, int sources, int engagement, double growth, Duration newestAge) {
        return List.of(
                new Part("newest " + age(newestAge) + " old", 100 * 0.35 * freshness),
                new Part(sources + (sources == 1 ? " source" : " independent sources"), 100 * 0.30 * Math.min(1, Math.log1p(sources) / Math.log1p(5))),
                new Part("engagement " + engagement, 100 * 0.20 * Math.min(1, Math.log10(1 + engagement) / 3)),
                new Part(growth <= 0 ? "no new documents since the last discovery"
                        : "grew " + Math.round(Math.min(growth, 9.99) * 100) + "% since the last discovery", 100 * 0.15 * Math.max(0, Math.min(1, growth))));
    }

    /**
     * Why the score is what it is, part by part, strongest first: a score that rose or fell says which part moved
     * (a newer document, another source, more engagement, growth) in the words of the parts.
     */
    public List<Part> why() {
        if (latestDocumentAt == null || discoveredAt == null) {
            return List.of();
        }
        return parts(freshness, sourceCount, engagement, growth, Duration.between(latestDocumentAt, discoveredAt)).stream()
                .sorted(java.util.Comparator.comparingDouble(Part::points).reversed()).toList();
    }

    private static String age(Duration age) {
        long hours = Math.max(0, age.toHours());
        if (hours < 1) {
            return "under an hour";
        }
        if (hours < 48) {
            return hours + (hours == 1 ? " hour" : " hours");
        }
        return age.toDays() + " days";
    }
}
