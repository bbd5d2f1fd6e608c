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
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.Semaphore;

/**
 * Polls sources concurrently, one virtual thread each and never more than a few at once against one host,
 * and stores what they bring. Reading runs in parallel; storing runs on the calling thread in batches, one
 * transaction for whatever has arrived, because each commit is a write to the database file. A failing
 * source only ever affects its own result and health.
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

    /** What reading one source gave: a result already decided, or entries still to be stored. */
    private record Read(SourceSummary source, PollResult decided, ReadOutcome outcome) {
    }

    private List<PollResult> pollAll(List<SourceSummary> chosen, Progress progress) {
        progress.update(chosen.isEmpty() ? 1 : 0, "Polling " + chosen.size() + " sources");
        Map<String, Semaphore> hosts = new ConcurrentHashMap<>();
        BlockingQueue<Read> arrived = new LinkedBlockingQueue<>();
        Map<UUID, PollResult> results = new LinkedHashMap<>();
        chosen.forEach(s -> results.put(s.id(), null));
        try (ExecutorService threads = Executors.newVirtualThreadPerTaskExecutor()) {
            for (SourceSummary source : chosen) {
                threads.execute(() -> arrived.add(read(source, hosts, progress)));
            }
            int stored = 0;
            while (stored < chosen.size()) {
                List<Read> batch = new ArrayList<>();
                batch.add(arrived.take());
                arrived.drainTo(batch);
                store(batch).forEach(r -> results.put(r.sourceId(), r));
                stored += batch.size();
                progress.update((double) stored / chosen.size(), "Polled " + stored + " of " + chosen.size() + " sources");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new Progress.Cancelled();
        }
        return List.copyOf(results.values());
    }

    private Read read(SourceSummary source, Map<String, Semaphore> hosts, Progress progress) {
        if (progress.isCancelled()) {
            return decided(source, PollResult.Status.SKIPPED, "Cancelled before it was polled.");
        }
        if (!source.enabled()) {
            return decided(source, PollResult.Status.SKIPPED, "Turned off: " + source.disabledReason());
        }
        Instant retryAfter = source.health().retryAfter();
        if (retryAfter != null && clock.instant().isBefore(retryAfter)) {
            return decided(source, PollResult.Status.SKIPPED, "The server asked to wait until " + retryAfter + ".");
        }
        Semaphore host = hosts.computeIfAbsent(hostOf(source.pollUrl()), h -> new Semaphore(perHostLimit));
        host.acquireUninterruptibly();
        try {
            String[] conditional = sources.conditionalHeaders(source.id());
            return new Read(source, null, reader.read(source.kind(), URI.create(source.pollUrl()), conditional[0], conditional[1]));
        } catch (RuntimeException e) {
            LOG.warn("Reading {} failed", source.pollUrl(), e);
            return new Read(source, null, new ReadOutcome.Failed(FailureKind.NETWORK,
                    "Could not poll " + source.title() + ": " + e.getMessage(), null));
        } finally {
            host.release();
        }
    }

    private List<PollResult> store(List<Read> batch) {
        Map<UUID, List<IncomingDocument>> incoming = new HashMap<>();
        for (Read read : batch) {
            if (read.outcome() instanceof ReadOutcome.Entries entries) {
                incoming.put(read.source().id(), entries.feed().entries().stream()
                        .filter(e -> e.link() != null)
                        .map(e -> toIncoming(e, read.source().label().language())).toList());
            }
        }
        Map<UUID, List<AddedDocument>> added;
        try {
            added = incoming.isEmpty() ? Map.of() : documents.addAll(incoming);
        } catch (RuntimeException e) {
            // Nothing of this batch was stored (one transaction); each source says so rather than the poll failing.
            LOG.warn("Storing polled documents failed", e);
            return batch.stream().map(r -> r.decided() != null ? r.decided()
                    : result(r.source(), PollResult.Status.FAILED, 0, 0, 0, "Could not store what it brought: " + e.getMessage())).toList();
        }
        List<SourceService.HealthUpdate> health = new ArrayList<>();
        List<PollResult> results = new ArrayList<>();
        for (Read read : batch) {
            SourceSummary source = read.source();
            if (read.decided() != null) {
                results.add(read.decided());
                continue;
            }
            switch (read.outcome()) {
                case ReadOutcome.Entries entries -> {
                    int fresh = 0;
                    int duplicates = 0;
                    int near = 0;
                    for (AddedDocument document : added.getOrDefault(source.id(), List.of())) {
                        switch (document.outcome()) {
                            case NEW -> fresh++;
                            case DUPLICATE -> duplicates++;
                            case NEAR_DUPLICATE -> near++;
                        }
                    }
                    String feedUrl = entries.feedUrl() == null ? null : entries.feedUrl().toString();
                    health.add(new SourceService.HealthUpdate.Success(source.id(), entries.feed().title(), feedUrl,
                            entries.etag(), entries.lastModified()));
                    results.add(result(source, PollResult.Status.OK, fresh, duplicates, near, null));
                }
                case ReadOutcome.NotModified notModified -> {
                    health.add(new SourceService.HealthUpdate.NotModified(source.id()));
                    results.add(result(source, PollResult.Status.NOT_MODIFIED, 0, 0, 0, null));
                }
                case ReadOutcome.Failed failed -> {
                    boolean gone = failed.kind() == FailureKind.GONE;
                    health.add(new SourceService.HealthUpdate.Failure(source.id(), failed.message(), failed.retryAfter(), gone));
                    results.add(result(source, gone ? PollResult.Status.DISABLED : PollResult.Status.FAILED, 0, 0, 0, failed.message()));
                }
            }
        }
        sources.record(health);
        return results;
    }

    static IncomingDocument toIncoming(FeedEntry entry, String language) {
        String title = entry.title() == null || entry.title().isBlank() ? "(untitled)" : truncate(entry.title(), 1000);
        return new IncomingDocument(entry.guid() == null ? null : truncate(entry.guid(), 2048), entry.link().toString(), title,
                entry.author() == null ? null : truncate(entry.author(), 500), entry.published(), entry.summary(), null, language,
                entry.points(), entry.comments());
    }

    private static Read decided(SourceSummary source, PollResult.Status status, String why) {
        return new Read(source, result(source, status, 0, 0, 0, why), null);
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
