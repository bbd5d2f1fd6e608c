package org.scriptorium.core.research.rank;

import org.scriptorium.core.Progress;

import java.util.List;

/** Grades candidates for a query, the last and dearest stage of reranking: a text model reading each one. */
public interface RelevanceJudge {
    /** Who judges, as research reports it ("Ollama · llama3.2"). */
    String name();

    /**
     * One grade per candidate, in order: 2 answers the query, 1 touches on it, 0 is off topic; null where the judge
     * gave no usable grade. Throws the provider's exception when the model cannot be reached.
     */
    List<Integer> grade(String query, List<Candidate> candidates, Progress progress);
}
