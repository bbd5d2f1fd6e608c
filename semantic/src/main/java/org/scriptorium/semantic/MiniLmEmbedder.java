package org.scriptorium.semantic;

import dev.langchain4j.data.embedding.Embedding;
import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.model.embedding.onnx.allminilml6v2q.AllMiniLmL6V2QuantizedEmbeddingModel;
import org.scriptorium.core.research.rank.Embedder;

import java.util.List;

/**
 * Sentence embeddings from all-MiniLM-L6-v2, quantized to 8 bits, run in-process on ONNX Runtime: 384 numbers per
 * text, no network and no key. The model reads the first 256 word pieces of a text, which is why research gives it a
 * source's title and opening. Thread-safe.
 */
public final class MiniLmEmbedder implements Embedder {
    private final EmbeddingModel model;

    public MiniLmEmbedder() {
        this(new AllMiniLmL6V2QuantizedEmbeddingModel());
    }

    MiniLmEmbedder(EmbeddingModel model) {
        this.model = model;
    }

    @Override
    public String name() {
        return "all-MiniLM-L6-v2 (quantized)";
    }

    @Override
    public List<float[]> embed(List<String> texts) {
        if (texts.isEmpty()) {
            return List.of();
        }
        // The model rejects an empty segment; a blank text means nothing, and a single space embeds as such.
        List<TextSegment> segments = texts.stream().map(t -> TextSegment.from(t == null || t.isBlank() ? " " : t)).toList();
        return model.embedAll(segments).content().stream().map(Embedding::vector).toList();
    }
}
