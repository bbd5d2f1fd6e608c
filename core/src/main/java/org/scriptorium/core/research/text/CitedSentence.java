package org.scriptorium.core.research.text;

import java.util.Collections;
import java.util.SortedSet;
import java.util.TreeSet;

/** A sentence taken verbatim from the sources, with the number of every source it was found in. */
public record CitedSentence(String text, SortedSet<Integer> sources) {
    public CitedSentence {
        sources = Collections.unmodifiableSortedSet(new TreeSet<>(sources));
    }
}
