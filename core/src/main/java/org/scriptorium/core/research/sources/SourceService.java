package org.scriptorium.core.research.sources;

import org.hibernate.Session;
import org.hibernate.SessionFactory;
import org.scriptorium.core.InvalidInput;
import org.scriptorium.core.research.feeds.SourceKind;
import org.scriptorium.core.store.IdPrefix;
import org.scriptorium.core.store.Ids;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.locks.ReentrantLock;

/** Adds, edits, enables, disables and removes sources, and keeps their polling health. Any thread. */
public final class SourceService {
    private final SessionFactory sessions;
    private final Clock clock;
    private final UUID deviceId;
    private final ReentrantLock writes = new ReentrantLock();

    public SourceService(SessionFactory sessions, Clock clock, UUID deviceId) {
        this.sessions = sessions;
        this.clock = clock;
        this.deviceId = deviceId;
    }

    public SourceSummary add(NewSource request) {
        String url = validUrl(request.url());
        SourceKind kind = request.kind() != null ? request.kind() : SourceKind.guess(URI.create(url));
        String title = request.title() == null || request.title().isBlank() ? defaultTitle(kind, url) : request.title().strip();
        return write(session -> {
            boolean known = session.createSelectionQuery("select count(s) from Source s where s.url = :url and s.deletedAt is null", Long.class)
                    .setParameter("url", url).getSingleResult() > 0;
            if (known) {
                throw new InvalidInput("There is already a source for " + url + ".");
            }
            Source source = new Source(Ids.newId(), kind, url, truncate(title, 500), request.label() == null ? SourceLabel.NONE : request.label(),
                    request.pollIntervalMinutes() > 0 ? request.pollIntervalMinutes() : PollInterval.DEFAULT_MINUTES, clock.instant(), deviceId);
            session.persist(source);
            return SourceSummary.of(source, 0);
        });
    }

    public List<SourceSummary> list() {
        return sessions.fromTransaction(session -> {
            Map<UUID, Long> counts = documentCounts(session);
            return session.createSelectionQuery("from Source s where s.deletedAt is null order by lower(s.title), s.id", Source.class)
                    .getResultList().stream().map(s -> SourceSummary.of(s, counts.getOrDefault(s.getId(), 0L))).toList();
        });
    }

    public SourceSummary get(UUID id) {
        return sessions.fromTransaction(session -> SourceSummary.of(live(session, id), documentCounts(session).getOrDefault(id, 0L)));
    }

    public UUID resolveId(String text) {
        return IdPrefix.resolve(text, "sources", () -> sessions.fromTransaction(session ->
                session.createSelectionQuery("select s.id from Source s where s.deletedAt is null", UUID.class).getResultList()), SourceNotFound::new);
    }

    public SourceSummary update(UUID id, SourceChanges changes) {
        String url = changes.url() == null ? null : validUrl(changes.url());
        return write(session -> {
            Source source = live(session, id);
            if (url != null && !url.equals(source.getUrl())) {
                source.setUrl(url);
            }
            if (changes.kind() != null) {
                source.setKind(changes.kind());
            }
            if (changes.title() != null && !changes.title().isBlank()) {
                source.setTitle(truncate(changes.title().strip(), 500));
            }
            if (changes.label() != null) {
                source.setLabel(changes.label());
            }
            if (changes.pollIntervalMinutes() != null) {
                source.setPollIntervalMinutes(changes.pollIntervalMinutes());
            }
            source.touch(clock.instant(), deviceId);
            return SourceSummary.of(source, 0);
        });
    }

    public SourceSummary setEnabled(UUID id, boolean enabled) {
        return write(session -> {
            Source source = live(session, id);
            if (enabled) {
                source.enable();
            } else {
                source.disable("Turned off by you.");
            }
            source.touch(clock.instant(), deviceId);
            return SourceSummary.of(source, 0);
        });
    }

    /** Removes the source; documents it brought stay, so reports citing them keep their sources. */
    public void remove(UUID id) {
        write(session -> {
            Source source = live(session, id);
            source.remove(clock.instant());
            source.touch(clock.instant(), deviceId);
            return null;
        });
    }

    /** Sources whose interval has passed, that are enabled and not asked to wait (429). */
    public List<SourceSummary> due() {
        Instant now = clock.instant();
        return list().stream().filter(s -> s.dueAt(now)).toList();
    }

    /** The ETag and Last-Modified of the last successful poll, for a conditional GET. */
    String[] conditionalHeaders(UUID id) {
        return sessions.fromTransaction(session -> {
            Source source = live(session, id);
            return new String[] {source.getEtag(), source.getLastModified()};
        });
    }

    /** What one poll of one source did to its health; a poll records many of these in one transaction. */
    sealed interface HealthUpdate {
        UUID sourceId();

        record Success(UUID sourceId, String feedTitle, String feedUrl, String etag, String lastModified) implements HealthUpdate {
        }

        record NotModified(UUID sourceId) implements HealthUpdate {
        }

        /** A failed poll; a source that is gone for good (410) is turned off and says why. */
        record Failure(UUID sourceId, String message, Instant retryAfter, boolean gone) implements HealthUpdate {
        }
    }

    void record(List<HealthUpdate> updates) {
        if (updates.isEmpty()) {
            return;
        }
        write(session -> {
            Instant now = clock.instant();
            for (HealthUpdate update : updates) {
                Source source = session.find(Source.class, update.sourceId());
                if (source == null || source.getDeletedAt() != null) {
                    continue; // removed while it was being polled
                }
                switch (update) {
                    case HealthUpdate.Success ok -> {
                        source.recordSuccess(now, ok.feedUrl(), ok.etag(), ok.lastModified());
                        if (ok.feedTitle() != null && !ok.feedTitle().isBlank()
                                && source.getTitle().equals(defaultTitle(source.getKind(), source.getUrl()))) {
                            source.setTitle(truncate(ok.feedTitle().strip(), 500));
                        }
                    }
                    case HealthUpdate.NotModified same -> source.recordNotModified(now);
                    case HealthUpdate.Failure failed -> {
                        source.recordFailure(now, truncate(failed.message(), 1000), failed.retryAfter());
                        if (failed.gone()) {
                            source.disable(truncate(failed.message(), 1000));
                        }
                    }
                }
                source.touch(now, deviceId);
            }
            return null;
        });
    }

    private Map<UUID, Long> documentCounts(Session session) {
        Map<UUID, Long> counts = new HashMap<>();
        for (Object[] row : session.createSelectionQuery(
                "select d.sourceId, count(d) from ResearchDocument d where d.deletedAt is null and d.sourceId is not null group by d.sourceId", Object[].class).getResultList()) {
            counts.put((UUID) row[0], (Long) row[1]);
        }
        return counts;
    }

    private Source live(Session session, UUID id) {
        Source source = session.find(Source.class, id);
        if (source == null || source.getDeletedAt() != null) {
            throw new SourceNotFound(id.toString());
        }
        return source;
    }

    private <T> T write(java.util.function.Function<Session, T> work) {
        writes.lock();
        try {
            return sessions.fromTransaction(work);
        } finally {
            writes.unlock();
        }
    }

    static String validUrl(String text) {
        String url = text == null ? "" : text.strip();
        if (url.isEmpty()) {
            throw new InvalidInput("A source needs a URL.");
        }
        if (url.toLowerCase(Locale.ROOT).startsWith("hn:")) {
            if (url.substring(3).isBlank()) {
                throw new InvalidInput("Write a Hacker News search as hn:KEYWORD, e.g. hn:rust.");
            }
            return url;
        }
        if (url.length() > 2048) {
            throw new InvalidInput("A source URL can be at most 2048 characters long.");
        }
        try {
            URI uri = new URI(url);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if (!scheme.equals("http") && !scheme.equals("https") || uri.getHost() == null) {
                throw new InvalidInput("A source URL must start with http:// or https:// and name a host; got " + url + ".");
            }
            return uri.toString();
        } catch (URISyntaxException e) {
            throw new InvalidInput("That is not a valid URL: " + url + ".");
        }
    }

    static String defaultTitle(SourceKind kind, String url) {
        if (url.toLowerCase(Locale.ROOT).startsWith("hn:")) {
            return "Hacker News: " + url.substring(3).strip();
        }
        URI uri = URI.create(url);
        String path = uri.getPath() == null ? "" : uri.getPath();
        return switch (kind) {
            case HACKER_NEWS -> "Hacker News";
            case REDDIT -> path.replaceAll("/+$", "").replaceFirst("^/", "").replaceAll("/(hot|new|top)$", "");
            default -> uri.getHost() + (path.length() > 1 ? path.replaceAll("/+$", "") : "");
        };
    }

    private static String truncate(String text, int max) {
        return text == null || text.length() <= max ? text : text.substring(0, max - 1) + "…";
    }
}
