package org.scriptorium.core.writing.ai;

import org.scriptorium.core.Progress;

/**
 * A text model to chat with. {@link #chat} streams the answer into the sink as it arrives and returns the
 * whole of it; it blocks, so it runs on a virtual thread. When {@code progress} reports cancellation the HTTP
 * request is cancelled and {@link Progress.Cancelled} is thrown. Failures are {@link ProviderException}s
 * whose message is one sentence a user understands.
 */
public interface TextProvider {
    ProviderConfig config();

    ChatResult chat(ChatRequest request, TokenSink sink, Progress progress);
}
