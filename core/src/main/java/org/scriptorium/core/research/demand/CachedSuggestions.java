package org.scriptorium.core.research.demand;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.scriptorium.core.store.Ids;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

/** One cached answer: a service's suggestions for a query in a market, one per line, and when they were fetched. */
@Entity
@Table(name = "search_suggestions")
public class CachedSuggestions {
    @Id
    @Column(name = "id", nullable = false)
    private UUID id;
    @Column(name = "service", nullable = false, length = 40)
    private String service;
    @Column(name = "market", nullable = false, length = 20)
    private String market;
    @Column(name = "query", nullable = false, length = 300)
    private String query;
    @Column(name = "suggestions", nullable = false, length = 20000)
    private String suggestions;
    @Column(name = "fetched_at", nullable = false)
    private Instant fetchedAt;

    protected CachedSuggestions() {
    }

    CachedSuggestions(String service, String market, String query, List<String> suggestions, Instant fetchedAt) {
        this.id = Ids.newId();
        this.service = service;
        this.market = market;
        this.query = query;
        this.suggestions = String.join("\n", suggestions); // a suggestion is one normalised line
        this.fetchedAt = fetchedAt;
    }

    List<String> suggestions() {
        return suggestions.isEmpty() ? List.of() : Arrays.asList(suggestions.split("\n"));
    }
}
