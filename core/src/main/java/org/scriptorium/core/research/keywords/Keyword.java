package org.scriptorium.core.research.keywords;

import org.scriptorium.core.research.topics.SearchIntent;

/**
 * One keyword of a topic's research.
 *
 * @param cluster    the name of its cluster (its highest-demand member)
 * @param kind       question, comparison, audience or other (how autocomplete grouped it)
 * @param demand     0–100: how widely and how near the top it was suggested
 * @param trend      the page-view change of the seed's Wikipedia article, percent (null: unknown)
 * @param difficulty 0–100: how many competitor pages cover it and how strongly (null: no competitor articles read)
 * @param covering   how many competitor pages cover it
 */
public record Keyword(String phrase, String cluster, String kind, SearchIntent intent, int demand, Integer trend, Integer difficulty,
                      int covering, String seed) {
}
