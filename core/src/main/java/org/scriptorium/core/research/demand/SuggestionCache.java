package org.scriptorium.core.research.demand;

import org.hibernate.SessionFactory;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * What each service suggested for each query and market, with when it was asked: asked again only after
 * {@link #FRESH_FOR}, so running demand research twice does not hammer anyone. Kept on this device only (it is
 * derived from the network, like a web cache).
 */
public final class SuggestionCache {
    static final Duration FRESH_FOR = Duration.ofDays(7);

    private final SessionFactory sessions;
    private final Clock clock;

    public SuggestionCache(SessionFactory sessions, Clock clock) {
        this.sessions = sessions;
        this.clock = clock;
    }

    /** The suggestions stored for this question when they are still fresh. */
    public Optional<List<String>> fresh(String service, String market, String query) {
        Instant after = clock.instant().minus(FRESH_FOR);
        return sessions.fromTransaction(session -> session.createSelectionQuery(
                        "from CachedSuggestions c where c.service = :service and c.market = :market and c.query = :query and c.fetchedAt > :after",
                        CachedSuggestions.class)
                .setParameter("service", service).setParameter("market", market).setParameter("query", query).setParameter("after", after)
                .getResultList().stream().findFirst().map(CachedSuggestions::suggestions));
    }

    public void store(String service, String market, String query, List<String> suggestions) {
        sessions.inTransaction(session -> {
            session.createMutationQuery("delete from CachedSuggestions c where c.service = :service and c.market = :market and c.query = :query")
                    .setParameter("service", service).setParameter("market", market).setParameter("query", query).executeUpdate();
            session.persist(new CachedSuggestions(service, market, query, suggestions, clock.instant()));
        });
    }
}
