package org.scriptorium.core.research.rank;

import java.util.List;
import java.util.Set;

/**
 * Candidates best first, with the stages that ran and what a user should know about the ones that did not
 * ("semantic reranking is not installed", "the judge failed: …").
 */
public record Ranking(List<RankedCandidate> items, Set<Stage> stages, List<String> notes) {
    public Ranking {
        items = List.copyOf(items);
        stages = Set.copyOf(stages);
        notes = List.copyOf(notes);
    }

    public List<Candidate> candidates() {
        return items.stream().map(RankedCandidate::candidate).toList();
    }

    public List<String> ids() {
        return items.stream().map(i -> i.candidate().id()).toList();
    }
}
