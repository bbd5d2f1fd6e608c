package org.scriptorium.core.research.deep;

import org.scriptorium.core.Progress;
import org.scriptorium.core.ScriptoriumException;
import org.scriptorium.core.research.documents.AddedDocument;
import org.scriptorium.core.research.documents.DocumentStore;
import org.scriptorium.core.research.documents.DocumentSummary;
import org.scriptorium.core.research.documents.DocumentText;
import org.scriptorium.core.research.documents.IncomingDocument;
import org.scriptorium.core.research.feeds.ArticleOutcome;
import org.scriptorium.core.research.feeds.ArticleReader;
import org.scriptorium.core.research.rank.Candidate;
import org.scriptorium.core.research.rank.Ranking;
import org.scriptorium.core.research.rank.RerankOptions;
import org.scriptorium.core.research.rank.Reranker;
import org.scriptorium.core.research.rank.Stage;
import org.scriptorium.core.research.reports.ReportStore;
import org.scriptorium.core.research.reports.StoredReport;
import org.scriptorium.core.research.topics.TopicService;
import org.scriptorium.core.research.topics.TopicStatus;
import org.scriptorium.core.research.topics.TopicSummary;

import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

/**
 * Deep research on a topic: gathers candidate sources (the topic's documents, matching local documents and,
 * when configured, web search results), fetches and extracts their pages, ranks them for the topic and has a
 * synthesizer write a report from the best, whose every citation maps to a stored source. Each run is kept as a
 * new version of the report.
 */
public final class DeepResearch {
    private static final int LOCAL_CANDIDATES = 20;
    private static final int WEB_CANDIDATES = 8;
    private static final int PARALLEL_FETCHES = 4;
    /** The best-ranked sources the synthesizer reads; the rest were found but rank below them. */
    static final int SOURCES_KEPT = 15;

    /**
     * The stages that paid on the labelled research set: the embedder's cosine (nDCG@10 0.39 to 0.80) over every
     * candidate, and the judge when one is given. MMR is left out: it bought no novelty there (see docs/decisions).
     */
    public static final RerankOptions RANKING = RerankOptions.only(Stage.DENSE, Stage.JUDGE)
            .withDepth(LOCAL_CANDIDATES * 3 + WEB_CANDIDATES);

    private final TopicService topics;
    private final DocumentStore documents;
    private final ReportStore reports;
    private final ArticleReader articles;
    private final Supplier<Optional<WebSearch>> webSearch;
    private final ReportSynthesizer synthesizer;
    private final Reranker reranker;

    public DeepResearch(TopicService topics, DocumentStore documents, ReportStore reports, ArticleReader articles,
                        Supplier<Optional<WebSearch>> webSearch, ReportSynthesizer synthesizer, Reranker reranker) {
        this.topics = topics;
        this.documents = documents;
        this.reports = reports;
        this.articles = articles;
        this.webSearch = webSearch;
        this.synthesizer = synthesizer;
        this.reranker = reranker;
    }

    /**
     * The stored report; what did not work on the way (a page that would not load, a search that failed, a ranking
     * stage that is not installed); and the ranking stages the sources went through.
     */
    public record Outcome(StoredReport report, List<String> warnings, Set<Stage> rankedBy) {
        public Outcome {
            warnings = List.copyOf(warnings);
            rankedBy = Set.copyOf(rankedBy);
        }
    }

    public Outcome run(UUID topicId, Progress progress) {
        TopicSummary topic = topics.get(topicId);
        String query = queryFor(topic);
        // Page fetches run in parallel and each may add a warning.
        List<String> warnings = java.util.Collections.synchronizedList(new ArrayList<>());
        progress.update(0.02, "Looking for sources on " + topic.title());
        Set<UUID> local = new LinkedHashSet<>(topic.documentIds());
        documents.search(query).stream().limit(LOCAL_CANDIDATES).forEach(d -> local.add(d.id()));
        List<DocumentSummary> localDocs = documents.summaries(local).stream().limit(LOCAL_CANDIDATES + topic.documentIds().size()).toList();
        progress.checkCancelled();

        fetchMissingArticles(localDocs, progress, warnings);
        List<UUID> candidates = new ArrayList<>(localDocs.stream().map(DocumentSummary::id).toList());
        candidates.addAll(searchTheWeb(query, progress, warnings));
        progress.checkCancelled();

        Map<UUID, DocumentText> texts = new LinkedHashMap<>();
        documents.texts(candidates).forEach(t -> texts.put(t.id(), t));
        Map<UUID, DocumentSummary> meta = new LinkedHashMap<>();
        documents.summaries(candidates).forEach(d -> meta.put(d.id(), d));
        List<SourceText> sources = new ArrayList<>();
        for (UUID id : candidates) {
            DocumentText text = texts.get(id);
            DocumentSummary summary = meta.get(id);
            if (text != null && summary != null && !text.text().isBlank() && sources.stream().noneMatch(s -> s.documentId().equals(id))) {
                sources.add(new SourceText(id, summary.url(), summary.title(), text.text(), summary.fetchedAt()));
            }
        }
        if (sources.isEmpty()) {
            throw new ScriptoriumException("There is nothing to research on \"" + topic.title() + "\" yet: poll sources that write "
                    + "about it, or set a web search (SearXNG) address.");
        }
        progress.update(0.8, "Ranking " + sources.size() + " sources");
        Ranking ranking = reranker.rank(query, sources.stream().map(DeepResearch::candidate).toList(), progress);
        warnings.addAll(ranking.notes());
        sources = best(sources, ranking);
        progress.update(0.85, "Writing the report from " + sources.size() + " sources");
        var report = synthesizer.synthesize(topic.title(), query, sources);
        progress.checkCancelled();
        StoredReport stored = reports.save(topicId, query, synthesizer.name(), report);
        topics.advance(topicId, TopicStatus.RESEARCHED);
        progress.update(1, "Report ready: " + stored.report().sources().size() + " sources cited");
        return new Outcome(stored, warnings, ranking.stages());
    }

    private static Candidate candidate(SourceText source) {
        return new Candidate(source.documentId().toString(), source.title(), source.text());
    }

    /** The sources in ranked order, the best {@link #SOURCES_KEPT} of them. */
    private static List<SourceText> best(List<SourceText> sources, Ranking ranking) {
        Map<String, SourceText> byId = new LinkedHashMap<>();
        sources.forEach(s -> byId.put(s.documentId().toString(), s));
        return ranking.ids().stream().limit(SOURCES_KEPT).map(byId::get).toList();
    }

    static String queryFor(TopicSummary topic) {
        StringBuilder query = new StringBuilder(topic.title());
        topic.keywords().stream().limit(5).filter(k -> !topic.title().toLowerCase(java.util.Locale.ROOT).contains(k.toLowerCase(java.util.Locale.ROOT)))
                .forEach(k -> query.append(' ').append(k));
        return query.toString();
    }

    private void fetchMissingArticles(List<DocumentSummary> docs, Progress progress, List<String> warnings) {
        List<DocumentSummary> missing = docs.stream().filter(d -> !d.hasArticle() && d.url().startsWith("http")).toList();
        if (missing.isEmpty()) {
            return;
        }
        AtomicInteger done = new AtomicInteger();
        Semaphore slots = new Semaphore(PARALLEL_FETCHES);
        try (ExecutorService threads = Executors.newVirtualThreadPerTaskExecutor()) {
            List<Future<?>> running = new ArrayList<>();
            for (DocumentSummary doc : missing) {
                running.add(threads.submit(() -> {
                    slots.acquireUninterruptibly();
                    try {
                        if (progress.isCancelled()) {
                            return;
                        }
                        switch (articles.read(URI.create(doc.url()))) {
                            case ArticleOutcome.Article article when !article.article().text().isBlank() ->
                                    documents.attachArticle(doc.id(), article.article().text(), article.article().language());
                            case ArticleOutcome.Article empty -> warnings.add("No article text found at " + doc.url() + "; its summary is used.");
                            case ArticleOutcome.Failed failed -> warnings.add("Could not read " + doc.url() + ": " + failed.message()
                                    + " Its summary is used.");
                        }
                    } finally {
                        slots.release();
                        progress.update(0.05 + 0.45 * done.incrementAndGet() / missing.size(), "Fetched " + done.get() + " of " + missing.size() + " pages");
                    }
                }));
            }
            for (Future<?> f : running) {
                f.get();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new Progress.Cancelled();
        } catch (java.util.concurrent.ExecutionException e) {
            throw new ScriptoriumException("Fetching pages failed: " + e.getCause().getMessage(), e.getCause());
        }
        progress.checkCancelled();
    }

    private List<UUID> searchTheWeb(String query, Progress progress, List<String> warnings) {
        Optional<WebSearch> search = webSearch.get();
        if (search.isEmpty()) {
            return List.of();
        }
        progress.update(0.5, "Searching the web");
        List<WebSearch.WebResult> results;
        try {
            results = search.get().search(query, WEB_CANDIDATES);
        } catch (WebSearch.WebSearchFailed e) {
            warnings.add(e.getMessage());
            return List.of();
        }
        List<UUID> kept = new ArrayList<>();
        int i = 0;
        for (WebSearch.WebResult result : results) {
            progress.checkCancelled();
            progress.update(0.5 + 0.3 * i++ / results.size(), "Reading " + result.url());
            switch (articles.read(URI.create(result.url()))) {
                case ArticleOutcome.Article article when !article.article().text().isBlank() -> {
                    var a = article.article();
                    AddedDocument added = documents.add(null, new IncomingDocument(null, result.url(),
                            a.title() != null && !a.title().isBlank() ? a.title() : result.title(), a.byline(), a.published(),
                            result.snippet(), a.text(), a.language(), null, null));
                    kept.add(added.id());
                }
                case ArticleOutcome.Article empty -> warnings.add("No article text found at " + result.url() + ".");
                case ArticleOutcome.Failed failed -> warnings.add("Could not read " + result.url() + ": " + failed.message());
            }
        }
        return kept;
    }
}
