package org.scriptorium.core.research.rank;

/** The stages of reranking, in the order they run. */
public enum Stage {
    /** Words: Okapi BM25 over the candidates, which also picks the ones the later stages look at. */
    BM25,
    /** Meaning: cosine of the query's and each candidate's embedding, blended with the BM25 score. */
    DENSE,
    /** Diversity: maximal marginal relevance, so a near-copy of a chosen candidate falls down the list. */
    MMR,
    /** A text model grades the top candidates 0 (off topic) to 2 (answers the query). */
    JUDGE
}
