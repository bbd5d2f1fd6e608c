package org.scriptorium.core.writing.ai;

import java.util.List;

/** What is asked of a text model; a null model means the provider's configured one. */
public record ChatRequest(String model, List<ChatMessage> messages, double temperature, int maxTokens) {
    public ChatRequest {
        messages = List.copyOf(messages);
    }
}
