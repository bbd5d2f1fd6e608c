package org.scriptorium.core.research.competitors;

import org.hibernate.Session;
import org.hibernate.SessionFactory;
import org.scriptorium.core.InvalidInput;
import org.scriptorium.core.ScriptoriumException;
import org.scriptorium.core.store.IdPrefix;
import org.scriptorium.core.store.Ids;

import java.net.URI;
import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** The competitor sites the user follows and what was read of them. Any thread. */
public final class CompetitorService {
    private final SessionFactory sessions;
    private final Clock clock;
    private final UUID deviceId;

    public CompetitorService(SessionFactory sessions, Clock clock, UUID deviceId) {
        this.sessions = sessions;
        this.clock = clock;
        this.deviceId = deviceId;
    }

    /** Lists a site by a home page, feed or sitemap address; offline too (what to follow is found at its first check). */
    public CompetitorSummary add(String address, String name) {
        URI url = validUrl(address);
        String label = name == null || name.isBlank() ? url.getHost().replaceFirst("^www\\.", "") : name.strip();
        return sessions.fromTransaction(session -> {
            boolean known = session.createSelectionQuery("select count(c) from Competitor c where c.url = :url and c.deletedAt is null", Long.class)
                    .setParameter("url", url.toString()).getSingleResult() > 0;
            if (known) {
                throw new InvalidInput(url + " is already a competitor.");
            }
            Competitor competitor = new Competitor(Ids.newId(), label.length() > 200 ? label.substring(0, 200) : label, url.toString(),
                    clock.instant(), deviceId);
            session.persist(competitor);
            return summary(competitor, null, 0);
        });
    }

    public List<CompetitorSummary> list() {
        return sessions.fromTransaction(session -> {
            Map<UUID, Long> counts = new HashMap<>();
            session.createSelectionQuery("select a.competitorId, count(a) from CompetitorArticle a group by a.competitorId", Object[].class)
                    .getResultList().forEach(row -> counts.put((UUID) row[0], (Long) row[1]));
            return live(session).stream().map(c -> summary(c, session.find(CompetitorCheck.class, c.getId()),
                    counts.getOrDefault(c.getId(), 0L).intValue())).toList();
        });
    }

    /** Stops following a competitor; what was read of it goes too. */
    public void remove(UUID id) {
        sessions.inTransaction(session -> {
            Competitor competitor = session.find(Competitor.class, id);
            if (competitor == null || competitor.getDeletedAt() != null) {
                throw new ScriptoriumException("There is no competitor " + id + ".");
            }
            competitor.remove(clock.instant(), deviceId);
            forget(session, id);
        });
    }

    public UUID resolveId(String text) {
        return IdPrefix.resolve(text, "competitors", () -> sessions.fromTransaction(session -> live(session).stream().map(Competitor::getId).toList()),
                prefix -> new ScriptoriumException("No competitor matches \"" + prefix + "\"; competitor list shows them."));
    }

    /** Every article read of every competitor still followed, with the competitor's name. */
    public List<CompetitorArticles> articles() {
        return sessions.fromTransaction(session -> {
            Map<UUID, String> names = new HashMap<>();
            live(session).forEach(c -> names.put(c.getId(), c.name()));
            return session.createSelectionQuery("from CompetitorArticle a order by a.publishedAt desc nulls last, a.url", CompetitorArticle.class)
                    .getResultList().stream().filter(a -> names.containsKey(a.competitorId()))
                    .map(a -> new CompetitorArticles(a.competitorId(), names.get(a.competitorId()), a.outline())).toList();
        });
    }

    /** An article of a competitor, with whose it is. */
    public record CompetitorArticles(UUID competitorId, String competitor, ArticleOutline article) {
    }

    // What the watcher reads and writes.

    record Followed(UUID id, String name, URI url, Follow follow, String etag, String lastModified) {
    }

    List<Followed> followed() {
        return sessions.fromTransaction(session -> live(session).stream().map(c -> {
            CompetitorCheck check = session.find(CompetitorCheck.class, c.getId());
            return new Followed(c.getId(), c.name(), URI.create(c.url()), check == null ? null : check.follow(),
                    check == null ? null : check.etag(), check == null ? null : check.lastModified());
        }).toList());
    }

    java.util.Set<String> readUrls(UUID competitorId) {
        return sessions.fromTransaction(session -> new java.util.HashSet<>(session.createSelectionQuery(
                "select a.url from CompetitorArticle a where a.competitorId = :c", String.class).setParameter("c", competitorId).getResultList()));
    }

    void recordFollow(UUID competitorId, Follow follow) {
        sessions.inTransaction(session -> check(session, competitorId).follow(follow));
    }

    /** Stores what one check read, in one transaction: the articles, and the follow address's validators and problem. */
    void recordCheck(UUID competitorId, List<ArticleOutline> read, String etag, String lastModified, String problem) {
        sessions.inTransaction(session -> {
            if (Optional.ofNullable(session.find(Competitor.class, competitorId)).filter(c -> c.getDeletedAt() == null).isEmpty()) {
                return; // removed while it was being read
            }
            for (ArticleOutline outline : read) {
                List<CompetitorArticle> same = session.createSelectionQuery("from CompetitorArticle a where a.competitorId = :c and a.url = :u",
                        CompetitorArticle.class).setParameter("c", competitorId).setParameter("u", outline.url()).getResultList();
                if (same.isEmpty()) {
                    session.persist(new CompetitorArticle(competitorId, outline, clock.instant()));
                } else {
                    same.getFirst().replace(outline, clock.instant());
                }
            }
            check(session, competitorId).checked(clock.instant(), etag, lastModified, problem);
        });
    }

    private static CompetitorCheck check(Session session, UUID competitorId) {
        CompetitorCheck check = session.find(CompetitorCheck.class, competitorId);
        if (check == null) {
            check = new CompetitorCheck(competitorId);
            session.persist(check);
        }
        return check;
    }

    private static void forget(Session session, UUID competitorId) {
        session.createMutationQuery("delete from CompetitorArticle a where a.competitorId = :c").setParameter("c", competitorId).executeUpdate();
        session.createMutationQuery("delete from CompetitorCheck c where c.competitorId = :c").setParameter("c", competitorId).executeUpdate();
    }

    private static List<Competitor> live(Session session) {
        return session.createSelectionQuery("from Competitor c where c.deletedAt is null order by lower(c.name), c.id", Competitor.class).getResultList();
    }

    private static CompetitorSummary summary(Competitor c, CompetitorCheck check, int articles) {
        return new CompetitorSummary(c.getId(), c.name(), c.url(), check == null ? null : check.follow(), articles,
                check == null ? null : check.checkedAt(), check == null ? null : check.problem());
    }

    private static URI validUrl(String address) {
        String text = address == null ? "" : address.strip();
        if (!text.contains("://")) {
            text = "https://" + text;
        }
        try {
            URI url = URI.create(text);
            String scheme = String.valueOf(url.getScheme()).toLowerCase(Locale.ROOT);
            if ((scheme.equals("http") || scheme.equals("https")) && url.getHost() != null && url.getHost().contains(".")
                    || url.getHost() != null && url.getHost().equals("localhost") || url.getHost() != null && url.getHost().matches("[0-9.]+")) {
                return url;
            }
        } catch (IllegalArgumentException e) {
            // reported below
        }
        throw new InvalidInput("A competitor is a web address (its home page, feed or sitemap), e.g. https://example.com; got \""
                + address + "\".");
    }
}
