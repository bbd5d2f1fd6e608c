package org.scriptorium.core.images;

import org.scriptorium.core.Progress;

/**
 * Makes an image from a prompt. Blocks (run it on a virtual thread); cancellation through {@code progress}
 * cancels the HTTP request. Failures are {@link org.scriptorium.core.writing.ai.ProviderException}s.
 */
public interface ImageProvider {
    String name();

    GeneratedImage generate(ImageRequest request, Progress progress);
}
