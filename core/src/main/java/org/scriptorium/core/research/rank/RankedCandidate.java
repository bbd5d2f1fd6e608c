package org.scriptorium.core.research.rank;

/**
 * A candidate in its final place with the score each stage gave it; a stage that did not run (or did not look at this
 * candidate) leaves its score null.
 *
 * @param bm25      the raw BM25 score
 * @param dense     the cosine of query and candidate embeddings
 * @param relevance what the order before diversity rests on: BM25 scaled to 0..1, blended with the cosine when dense ran
 * @param mmr       the marginal relevance the candidate had when MMR chose it
 * @param judgement the text model's grade, 0..2
 */
public record RankedCandidate(Candidate candidate, double bm25, Double dense, double relevance, Double mmr, Integer judgement) {
}
