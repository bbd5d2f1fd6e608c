package org.scriptorium.core.research.sources;

import org.scriptorium.core.Progress;
import org.scriptorium.core.research.documents.AddedDocument;
import org.scriptorium.core.research.documents.DocumentStore;
import org.scriptorium.core.research.documents.IncomingDocument;
import org.scriptorium.core.research.feeds.FeedEntry;
import org.scriptorium.core.research.feeds.ReadOutcome;
import org.scriptorium.core.research.feeds.SourceReader;
import org.scriptorium.core.research.fetch.FailureKind;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Polls sources concurrently, one virtual thread each, never more than a few at once against one host,
 * and stores what they bring. A failing source only ever affects its own result and health.
 */
public final class SourcePoller {
    private static final Logger LOG = LoggerFactory.getLogger(SourcePoller.class);
    public static final int DEFAULT_PER_HOST_LIMIT = 2;

    private final SourceService sources;
    private final DocumentStore documents;
    private final SourceReader reader;
    private final Clock clock;
    private final int perHostLimit;

    public SourcePoller(SourceService sources, DocumentStore documents, SourceReader reader, Clock clock, int perHostLimit) {
        this.sources = sources;
        this.documents = documents;
        this.reader = reader;
        this.clock = clock;
        this.perHostLimit = perHostLimit;
    }

    /** Polls the given sources now (every enabled one when none is given), whatever their interval. */
    public List<PollResult> poll(Collection<UUID> ids, Progress progress) {
        List<SourceSummary> chosen = ids.isEmpty()
                ? sources.list().stream().filter(SourceSummary::enabled).toList()
                : ids.stream().map(sources::get).toList();
        return pollAll(chosen, progress);
    }

    /** Polls the sources whose interval has passed: what the schedule runs. */
    public List<PollResult> pollDue(Progress progress) {
        return pollAll(sources.due(), progress);
    }

    private List<PollResult> pollAll(List<SourceSummary> chosen, Progress progress) {
        Map<String, Semaphore> hosts = new ConcurrentHashMap<>();
        AtomicInteger done = new AtomicInteger();
        progress.update(chosen.isEmpty() ? 1 : 0, "Polling " + chosen.size() + " sources");
        try (ExecutorService threads = Executors.newVirtualThreadPerTaskExecutor()) {
            List<Future<PollResult>> running = new ArrayList<>();
            for (SourceSummary source : chosen) {
                running.add(threads.submit(() -> {
                    Semaphore host = hosts.computeIfAbsent(hostOf(source.pollUrl()), h -> new Semaphore(perHostLimit));
                    host.acquire();
                    try {
                        return pollOne(source, progress);
                    } finally {
                        host.release();
                        int finished = done.incrementAndGet();
                        progress.update((double) finished / chosen.size(), "Polled " + finished + " of " + chosen.size() + " sources");
                    }
                }));
            }
            List<PollResult> results = new ArrayList<>();
            for (Future<PollResult> result : running) {
                results.add(result.get());
            }
            return results;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new Progress.Cancelled();
        } catch (ExecutionException e) {
            throw new IllegalStateException("A poll failed unexpectedly", e.getCause());
        }
    }

    private PollResult pollOne(SourceSummary source, Progress progress) {
        if (progress.isCancelled()) {
            return result(source, PollResult.Status.SKIPPED, 0, 0, 0, "Cancelled before it was polled.");
        }
        Instant retryAfter = source.health().retryAfter();
        if (!source.enabled()) {
            return result(source, PollResult.Status.SKIPPED, 0, 0, 0, "Turned off: " + source.disabledReason());
        }
        if (retryAfter != null && clock.instant().isBefore(retryAfter)) {
            return result(source, PollResult.Status.SKIPPED, 0, 0, 0, "The server asked to wait until " + retryAfter + ".");
        }
        try {
            String[] conditional = sources.conditionalHeaders(source.id());
            ReadOutcome outcome = reader.read(source.kind(), URI.create(source.pollUrl()), conditional[0], conditional[1]);
            return switch (outcome) {
                case ReadOutcome.Entries entries -> store(source, entries);
                case ReadOutcome.NotModified notModified -> {
                    sources.recordNotModified(source.id());
                    yield result(source, PollResult.Status.NOT_MODIFIED, 0, 0, 0, null);
                }
                case ReadOutcome.Failed failed -> {
                    boolean gone = failed.kind() == FailureKind.GONE;
                    sources.recordFailure(source.id(), failed.message(), failed.retryAfter(), gone);
                    yield result(source, gone ? PollResult.Status.DISABLED : PollResult.Status.FAILED, 0, 0, 0, failed.message());
                }
            };
        } catch (RuntimeException e) {
            LOG.warn("Polling {} failed", source.pollUrl(), e);
            String message = "Could not poll " + source.title() + ": " + e.getMessage();
            sources.recordFailure(source.id(), message, null, false);
            return result(source, PollResult.Status.FAILED, 0, 0, 0, message);
        }
    }

    private PollResult store(SourceSummary source, ReadOutcome.Entries entries) {
        List<IncomingDocument> incoming = entries.feed().entries().stream()
                .filter(e -> e.link() != null)
                .map(e -> toIncoming(e, source.label().language())).toList();
        int added = 0;
        int duplicates = 0;
        int near = 0;
        for (AddedDocument document : documents.addAll(source.id(), incoming)) {
            switch (document.outcome()) {
                case NEW -> added++;
                case DUPLICATE -> duplicates++;
                case NEAR_DUPLICATE -> near++;
            }
        }
        String feedUrl = entries.feedUrl() == null ? null : entries.feedUrl().toString();
        sources.recordSuccess(source.id(), entries.feed().title(), feedUrl, entries.etag(), entries.lastModified());
        return result(source, PollResult.Status.OK, added, duplicates, near, null);
    }

    static IncomingDocument toIncoming(FeedEntry entry, String language) {
        String title = entry.title() == null || entry.title().isBlank() ? "(untitled)" : truncate(entry.title(), 1000);
        return new IncomingDocument(entry.guid() == null ? null : truncate(entry.guid(), 2048), entry.link().toString(), title,
                entry.author() == null ? null : truncate(entry.author(), 500), entry.published(), entry.summary(), null, language,
                entry.points(), entry.comments());
    }

    private static PollResult result(SourceSummary s, PollResult.Status status, int added, int duplicates, int near, String error) {
        return new PollResult(s.id(), s.title(), status, added, duplicates, near, error);
    }

    private static String hostOf(String url) {
        try {
            String host = URI.create(url).getHost();
            return host == null ? url : host.toLowerCase(Locale.ROOT);
        } catch (IllegalArgumentException e) {
            return url;
        }
    }

    private static String truncate(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max - 1) + "…";
    }
}
