package org.scriptorium.app.cli;

import org.scriptorium.core.InvalidInput;
import org.scriptorium.core.research.topics.SearchIntent;
import org.scriptorium.core.research.topics.TopicFilter;

import java.util.Locale;

/** The board's orders and intents as typed. */
final class TopicOrders {
    private TopicOrders() {
    }

    static TopicFilter.TopicOrder parse(String typed) {
        return switch (typed.strip().toLowerCase(Locale.ROOT)) {
            case "score" -> TopicFilter.TopicOrder.SCORE;
            case "fresh", "freshness" -> TopicFilter.TopicOrder.FRESHNESS;
            case "results" -> TopicFilter.TopicOrder.RESULTS;
            case "priority" -> TopicFilter.TopicOrder.PRIORITY;
            case "trending", "trend" -> TopicFilter.TopicOrder.TRENDING;
            case "demand" -> TopicFilter.TopicOrder.DEMAND;
            default -> throw new InvalidInput("Sort by score, fresh, results, priority, trending or demand; got \"" + typed + "\".");
        };
    }

    static SearchIntent intent(String typed) {
        try {
            return SearchIntent.valueOf(typed.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InvalidInput("An intent is informational, commercial, transactional or navigational; got \"" + typed + "\".");
        }
    }
}
