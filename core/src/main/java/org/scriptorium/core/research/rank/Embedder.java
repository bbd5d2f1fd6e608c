package org.scriptorium.core.research.rank;

import java.util.List;

/**
 * Turns texts into dense vectors whose cosine says how close their meanings are. Implementations live outside core
 * (the semantic module) and are found through {@link EmbedderProvider}; they must be safe to call from several threads.
 */
public interface Embedder {
    /** The model's name, as research reports it ("all-MiniLM-L6-v2 (quantized)"). */
    String name();

    /** One vector per text, in order, all of the same length. */
    List<float[]> embed(List<String> texts);
}
