package org.scriptorium.semantic;

import org.scriptorium.core.research.rank.Embedder;
import org.scriptorium.core.research.rank.EmbedderProvider;

/** Offers the MiniLM embedder to core's research through the service loader; the model loads when first opened. */
public final class MiniLmEmbedderProvider implements EmbedderProvider {
    @Override
    public Embedder open() {
        return new MiniLmEmbedder();
    }
}
