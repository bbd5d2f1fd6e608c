package org.scriptorium.core.research.rank;

/**
 * The service an optional module registers (META-INF/services) to offer an {@link Embedder}. Opening may load a model
 * of tens of megabytes, so it happens once, on first use, never at start-up.
 */
public interface EmbedderProvider {
    Embedder open();
}
