package org.scriptorium.core.research.rank;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A stand-in for a sentence-embedding model: each dimension is one concept, and a text's vector counts the words it
 * uses for each concept, so paraphrases ("feline", "cats") meet where their words do not.
 */
final class ConceptEmbedder implements Embedder {
    private final Map<String, Integer> concepts;
    private final int dimensions;
    final AtomicInteger calls = new AtomicInteger();

    ConceptEmbedder(Map<String, Integer> concepts) {
        this.concepts = concepts;
        this.dimensions = concepts.values().stream().mapToInt(Integer::intValue).max().orElse(0) + 2;
    }

    @Override
    public String name() {
        return "concepts";
    }

    @Override
    public List<float[]> embed(List<String> texts) {
        calls.incrementAndGet();
        return texts.stream().map(this::vector).toList();
    }

    private float[] vector(String text) {
        float[] v = new float[dimensions];
        v[dimensions - 1] = 0.05f; // no text is orthogonal to everything
        for (String word : text.toLowerCase(Locale.ROOT).split("[^a-z]+")) {
            Integer dim = concepts.get(word);
            if (dim != null) {
                v[dim]++;
            }
        }
        return v;
    }
}
