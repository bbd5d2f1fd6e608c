package org.scriptorium.core.research.rank;

import java.util.Optional;
import java.util.ServiceLoader;
import java.util.function.Supplier;

/**
 * The embedder of the semantic module when its jar is on the class path, opened once on first use; empty when the
 * module is not installed (research then ranks by words alone and says so).
 */
public final class InstalledEmbedder implements Supplier<Optional<Embedder>> {
    /** What research says when dense reranking was wanted but no embedder is installed. */
    public static final String NOT_INSTALLED = "Semantic reranking is not installed; sources were ranked by their words (BM25) alone.";

    private final ClassLoader loader;
    private volatile Optional<Embedder> embedder;

    public InstalledEmbedder() {
        this(InstalledEmbedder.class.getClassLoader());
    }

    public InstalledEmbedder(ClassLoader loader) {
        this.loader = loader;
    }

    @Override
    public Optional<Embedder> get() {
        Optional<Embedder> found = embedder;
        if (found == null) {
            synchronized (this) {
                found = embedder;
                if (found == null) {
                    found = ServiceLoader.load(EmbedderProvider.class, loader).findFirst().map(EmbedderProvider::open);
                    embedder = found;
                }
            }
        }
        return found;
    }
}
