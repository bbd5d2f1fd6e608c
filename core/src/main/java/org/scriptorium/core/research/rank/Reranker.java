package org.scriptorium.core.research.rank;

import org.scriptorium.core.Progress;
import org.scriptorium.core.ScriptoriumException;
import org.scriptorium.core.research.text.Bm25;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.IntStream;

/**
 * Multi-stage reranking of research candidates for a query: BM25 scores every candidate and keeps the best
 * {@link RerankOptions#depth()} for the later stages; dense similarity blends in the cosine of embeddings; MMR pushes
 * near-copies down; a text model may grade the top few. A stage that is asked for but cannot run (no embedder
 * installed, a judge that fails) is skipped with a note, and the ranking says which stages ran. Thread-safe.
 */
public final class Reranker {
    private final Supplier<Optional<Embedder>> embedder;
    private final Supplier<Optional<RelevanceJudge>> judge;
    private final RerankOptions options;

    public Reranker(Supplier<Optional<Embedder>> embedder, Supplier<Optional<RelevanceJudge>> judge, RerankOptions options) {
        this.embedder = embedder;
        this.judge = judge;
        this.options = options;
    }

    /** Per candidate, what the stages so far found; the head is what the later stages reorder. */
    private static final class Scored {
        final Candidate candidate;
        final double bm25;
        double relevance;
        Double dense;
        Double mmr;
        Integer judgement;
        float[] vector;

        Scored(Candidate candidate, double bm25) {
            this.candidate = candidate;
            this.bm25 = bm25;
        }

        RankedCandidate ranked() {
            return new RankedCandidate(candidate, bm25, dense, relevance, mmr, judgement);
        }
    }

    public Ranking rank(String query, List<Candidate> candidates, Progress progress) {
        Set<Stage> ran = EnumSet.noneOf(Stage.class);
        List<String> notes = new ArrayList<>();
        List<Scored> all = wordsFirst(query, candidates, ran);
        List<Scored> head = new ArrayList<>(all.subList(0, Math.min(options.depth(), all.size())));
        List<Scored> tail = all.subList(head.size(), all.size());
        scaleBm25(head);
        progress.checkCancelled();
        if (options.wants(Stage.DENSE) && !head.isEmpty()) {
            dense(query, head, ran, notes);
            progress.checkCancelled();
        }
        if (options.wants(Stage.MMR) && head.size() > 1) {
            head = diversify(head);
            ran.add(Stage.MMR);
        }
        if (options.wants(Stage.JUDGE) && !head.isEmpty()) {
            head = judged(query, head, ran, notes, progress);
        }
        List<RankedCandidate> items = new ArrayList<>(all.size());
        head.forEach(s -> items.add(s.ranked()));
        tail.forEach(s -> items.add(s.ranked()));
        return new Ranking(items, ran, notes);
    }

    /** BM25 over every candidate, best first (equal scores keep the given order); the given order when BM25 is off. */
    private List<Scored> wordsFirst(String query, List<Candidate> candidates, Set<Stage> ran) {
        if (!options.wants(Stage.BM25)) {
            return new ArrayList<>(candidates.stream().map(c -> new Scored(c, 0)).toList());
        }
        ran.add(Stage.BM25);
        Bm25 bm25 = new Bm25(candidates.stream().map(Candidate::titleAndText).toList());
        double[] scores = new double[candidates.size()];
        bm25.rank(query, candidates.size()).forEach(r -> scores[r.index()] = r.score());
        return new ArrayList<>(IntStream.range(0, candidates.size()).boxed()
                .sorted(Comparator.comparingDouble((Integer i) -> -scores[i]).thenComparingInt(i -> i))
                .map(i -> new Scored(candidates.get(i), scores[i])).toList());
    }

    /** BM25 scores are unbounded; scaled to 0..1 over the head they can be blended with a cosine. */
    private static void scaleBm25(List<Scored> head) {
        double max = head.stream().mapToDouble(s -> s.bm25).max().orElse(0);
        double min = head.stream().mapToDouble(s -> s.bm25).min().orElse(0);
        for (Scored s : head) {
            s.relevance = max > min ? (s.bm25 - min) / (max - min) : max > 0 ? 1 : 0;
        }
    }

    private void dense(String query, List<Scored> head, Set<Stage> ran, List<String> notes) {
        Optional<Embedder> model = embedder.get();
        if (model.isEmpty()) {
            notes.add(InstalledEmbedder.NOT_INSTALLED);
            return;
        }
        List<String> texts = new ArrayList<>(head.size() + 1);
        texts.add(query);
        head.forEach(s -> texts.add(s.candidate.titleAndText()));
        List<float[]> vectors;
        try {
            vectors = model.get().embed(texts);
        } catch (RuntimeException e) {
            // A broken model must not cost the user the research: words alone still rank.
            notes.add("Semantic reranking failed (" + e.getMessage() + "); sources were ranked by their words alone.");
            return;
        }
        float[] q = vectors.getFirst();
        for (int i = 0; i < head.size(); i++) {
            Scored s = head.get(i);
            s.vector = vectors.get(i + 1);
            s.dense = cosine(q, s.vector);
            s.relevance = options.denseWeight() * s.dense + (1 - options.denseWeight()) * s.relevance;
        }
        head.sort(Comparator.comparingDouble((Scored s) -> -s.relevance));
        ran.add(Stage.DENSE);
    }

    private List<Scored> diversify(List<Scored> head) {
        double[] relevance = head.stream().mapToDouble(s -> s.relevance).toArray();
        MaximalMarginalRelevance.Similarity similarity;
        if (head.getFirst().vector != null) {
            similarity = (a, b) -> cosine(head.get(a).vector, head.get(b).vector);
        } else {
            TermVectors terms = new TermVectors(head.stream().map(s -> s.candidate.titleAndText()).toList());
            similarity = terms::cosine;
        }
        List<Scored> ordered = new ArrayList<>(head.size());
        for (MaximalMarginalRelevance.Pick pick : MaximalMarginalRelevance.order(relevance, similarity, options.mmrLambda())) {
            Scored s = head.get(pick.index());
            s.mmr = pick.score();
            ordered.add(s);
        }
        return ordered;
    }

    /** The judge regrades the top few; within a grade they keep the order the earlier stages gave. */
    private List<Scored> judged(String query, List<Scored> head, Set<Stage> ran, List<String> notes, Progress progress) {
        Optional<RelevanceJudge> model = judge.get();
        if (model.isEmpty()) {
            return head;
        }
        int judgedCount = Math.min(options.judgeDepth(), head.size());
        List<Scored> top = new ArrayList<>(head.subList(0, judgedCount));
        List<Integer> grades;
        try {
            grades = model.get().grade(query, top.stream().map(s -> s.candidate).toList(), progress);
        } catch (Progress.Cancelled e) {
            throw e;
        } catch (ScriptoriumException e) {
            notes.add("The relevance judge (" + model.get().name() + ") could not grade the sources: " + e.getMessage());
            return head;
        }
        for (int i = 0; i < top.size() && i < grades.size(); i++) {
            top.get(i).judgement = grades.get(i);
        }
        // An ungraded candidate stays among those graded 1, neither promoted nor dropped.
        top.sort(Comparator.comparingInt((Scored s) -> -(s.judgement == null ? 1 : s.judgement)));
        List<Scored> result = new ArrayList<>(top);
        result.addAll(head.subList(judgedCount, head.size()));
        ran.add(Stage.JUDGE);
        return result;
    }

    static double cosine(float[] a, float[] b) {
        double dot = 0;
        double na = 0;
        double nb = 0;
        for (int i = 0; i < a.length; i++) {
            dot += a[i] * b[i];
            na += a[i] * a[i];
            nb += b[i] * b[i];
        }
        return na == 0 || nb == 0 ? 0 : dot / Math.sqrt(na * nb);
    }
}
